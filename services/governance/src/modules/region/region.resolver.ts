import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requestLoader, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { inLine } from '@xiangzhi/auth';
import { Region } from './region.entity.js';
import { RegionService } from './region.service.js';
import type { GovernanceContext } from '../../context.js';

const regionService = (ctx: GovernanceContext): RegionService => new RegionService(ctx.em, requirePrincipal(ctx));

@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => Region, { nullable: true, description: '按区划代码查区划；不在管辖范围内时为空' })
  region(@Arg('code', () => String) code: string, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    return regionService(ctx).get(code);
  }

  @Authorized()
  @Query(() => [Region], { description: '下级区划；不给 parentCode 时为本人所在区划' })
  regions(
    @Arg('parentCode', () => String, { nullable: true }) parentCode: string | null,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Region[]> {
    return regionService(ctx).list(parentCode);
  }

  @FieldResolver(() => Region, { nullable: true, description: '上级区划' })
  parent(@Root() r: Region, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    if (!r.parentCode) return Promise.resolve(null);
    return ctx.em
      .getReference(Region, r.parentCode, { wrapped: true })
      .load({ dataloader: true })
      .then((p) => p ?? null);
  }

  @FieldResolver(() => [Region], { description: '下级区划（限管辖范围）' })
  children(@Root() r: Region, @Ctx() ctx: GovernanceContext): Promise<Region[]> {
    return requestLoader(ctx, 'region.children', (codes) => regionService(ctx).childrenOf(codes), [] as Region[]).load(
      r.code,
    );
  }
}

/** `_entities` lookups of regions: only those in the caller's line. */
export const regionReference = {
  Region: {
    async __resolveReference(ref: { code: string }, ctx: GovernanceContext): Promise<Region | null> {
      if (!ctx.principal || !inLine(ctx.principal, ref.code)) return null;
      return (await ctx.em.getReference(Region, ref.code, { wrapped: true }).load({ dataloader: true })) ?? null;
    },
  },
};
