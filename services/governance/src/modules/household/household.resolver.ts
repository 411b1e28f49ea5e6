import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, Arg, ID } from 'type-graphql';
import { connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Household } from './household.entity.js';
import { Resident } from './resident.entity.js';
import { HouseholdService } from './household.service.js';
import { HouseholdsArgs } from './dto/households.args.js';
import { Region } from '../region/region.entity.js';
import { Grid } from '../grid/grid.entity.js';
import { Cadre } from '../cadre/cadre.entity.js';
import type { GovernanceContext } from '../../context.js';

export const HouseholdConnection = connectionType(Household, 'Household', '农户');

export const householdService = (ctx: GovernanceContext): HouseholdService => new HouseholdService(ctx.em, requirePrincipal(ctx));

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => HouseholdConnection, { description: '农户列表（限本人管辖范围）/ Households in the caller\'s jurisdiction' })
  households(@Args(() => HouseholdsArgs) args: HouseholdsArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Household>> {
    return householdService(ctx).list(args);
  }

  @Authorized()
  @Query(() => Household, { nullable: true, description: '按编号查农户；不在管辖范围内时为空' })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    return householdService(ctx).get(id);
  }

  @FieldResolver(() => Region, { nullable: true, description: '所属村' })
  village(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    return ctx.em.getReference(Region, h.villageCode, { wrapped: true }).load({ dataloader: true }).then((r) => r ?? null);
  }

  @FieldResolver(() => Grid, { nullable: true, description: '所属网格' })
  grid(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    if (!h.grid) return Promise.resolve(null);
    return ctx.em.getReference(Grid, h.grid.id, { wrapped: true }).load({ dataloader: true }).then((g) => g ?? null);
  }

  @FieldResolver(() => [Resident], { description: '家庭成员' })
  async residents(@Root() h: Household): Promise<Resident[]> {
    const items = await h.residents.load({ dataloader: true });
    return [...items];
  }

  @FieldResolver(() => [Cadre], { description: '联户党员干部（当前有效的结对）' })
  pairedCadres(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Cadre[]> {
    return requestLoader(ctx, 'household.pairedCadres', (ids) => householdService(ctx).pairedCadres(ids), [] as Cadre[]).load(h.id);
  }
}
