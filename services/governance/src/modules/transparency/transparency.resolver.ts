import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ArgMaxLength, requirePrincipal } from '@xiangzhi/subgraph-kit';
import { PublicVillageMonth, PublicVillagePage } from './transparency.types.js';
import { TransparencyService } from './transparency.service.js';
import type { GovernanceContext } from '../../context.js';

@Resolver()
export class TransparencyResolver {
  @Authorized()
  @ArgMaxLength({ villageCode: 12, month: 7 })
  @Mutation(() => PublicVillageMonth, {
    description: '公开某村某月的民情办理和点单服务情况（村务公开，需公开权限）；再次公开以当时数字替换',
  })
  publishVillageMonth(
    @Arg('villageCode', () => String) villageCode: string,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PublicVillageMonth> {
    return new TransparencyService(ctx.em).publish(requirePrincipal(ctx), villageCode, month);
  }

  // open to everyone (the gateway lets it through without a token): published counts only, nothing personal
  @ArgMaxLength({ villageCode: 12 })
  @Query(() => PublicVillagePage, { nullable: true, description: '村务公开页（无需登录）：已公开的月份' })
  publicVillagePage(
    @Arg('villageCode', () => String) villageCode: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PublicVillagePage | null> {
    return new TransparencyService(ctx.em).publicPage(villageCode);
  }
}
