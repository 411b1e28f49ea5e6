import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root, Arg, ID } from 'type-graphql';
import { connectionType, requestLoader, type Connection } from '@xiangzhi/subgraph-kit';
import { Household } from './household.entity.js';
import { Resident } from './resident.entity.js';
import { HouseholdTag } from './household-tag.entity.js';
import { householdService } from './household.service.js';
import { HouseholdsArgs } from './dto/households.args.js';
import { Region } from '../region/index.js';
import { Grid } from '../grid/index.js';
import { VillagerGroup } from '../territory/index.js';
import type { GovernanceContext } from '../../context.js';

export const HouseholdConnection = connectionType(Household, 'Household', '农户');

@Resolver(() => Household)
export class HouseholdResolver {
  @Authorized()
  @Query(() => HouseholdConnection, {
    description:
      "农户列表（限本人管辖范围）：按姓名、拼音首字母、住址搜索，按身份证号、电话精确查找，按网格、标签、是否结对筛选 / Households in the caller's jurisdiction",
  })
  households(
    @Args(() => HouseholdsArgs) args: HouseholdsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<Household>> {
    return householdService(ctx).list(args);
  }

  @Authorized()
  @Query(() => Household, { nullable: true, description: '按编号查农户；不在管辖范围内时为空' })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    return householdService(ctx).get(id);
  }

  @FieldResolver(() => Region, { nullable: true, description: '所属村' })
  village(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Region | null> {
    return ctx.em
      .getReference(Region, h.villageCode, { wrapped: true })
      .load({ dataloader: true })
      .then((r) => r ?? null);
  }

  @FieldResolver(() => Grid, { nullable: true, description: '所属网格' })
  grid(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Grid | null> {
    if (!h.grid) return Promise.resolve(null);
    return ctx.em
      .getReference(Grid, h.grid.id, { wrapped: true })
      .load({ dataloader: true })
      .then((g) => g ?? null);
  }

  @FieldResolver(() => VillagerGroup, { nullable: true, description: '所属村民小组' })
  group(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<VillagerGroup | null> {
    if (!h.group) return Promise.resolve(null);
    return ctx.em
      .getReference(VillagerGroup, h.group.id, { wrapped: true })
      .load({ dataloader: true })
      .then((g) => g ?? null);
  }

  @FieldResolver(() => [Resident], { description: '家庭成员：户主在前，其余按登记顺序（身份证号、电话均为脱敏形式）' })
  residents(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<Resident[]> {
    return requestLoader(
      ctx,
      'household.residents',
      (ids) => householdService(ctx).residentsOf(ids),
      [] as Resident[],
    ).load(h.id);
  }

  @FieldResolver(() => [HouseholdTag], {
    description: '特殊群体标签（现行）；低保、五保、重病重残、脱贫、监测等敏感标签仅对可查看个人信息的角色显示',
  })
  tags(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<HouseholdTag[]> {
    return requestLoader(
      ctx,
      'household.tags',
      (ids) => householdService(ctx).activeTags(ids),
      [] as HouseholdTag[],
    ).load(h.id);
  }
}
