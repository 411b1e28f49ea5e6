import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal, type SubgraphContext } from '@xiangzhi/subgraph-kit';
import { PointRule } from './point-rule.entity.js';
import { PointRuleService } from './point-rule.service.js';
import { PointRuleAdminService } from './rule-admin.service.js';
import { PointRuleChange } from './rule-change.entity.js';
import { PointRuleInForce } from './rule-in-force.js';
import { OverridePointRuleInput } from './dto/override-point-rule.input.js';

const REGION = {
  nullable: true,
  description: '区划代码（6、9 或 12 位），须在本人管辖范围内；缺省为本人辖区',
} as const;
const admin = (ctx: SubgraphContext) => new PointRuleAdminService(ctx.em, requirePrincipal(ctx));

@Resolver(() => PointRule)
export class PointRuleResolver {
  @Authorized()
  @Query(() => [PointRule], {
    nullable: true,
    description:
      '某区划现行的积分规则（走访、结对等事件各一条：本级设置的，没有则用上级的，再没有则用系统默认）；默认为本人辖区；积分服务不可用时为空',
  })
  pointRules(
    @Arg('regionCode', () => String, { nullable: true, description: '区划代码（6、9 或 12 位），须在本人管辖范围内' })
    regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointRule[]> {
    return new PointRuleService(ctx.em, requirePrincipal(ctx)).inForce(regionCode);
  }

  @Authorized()
  @Query(() => [PointRuleInForce], {
    nullable: true,
    description: '积分规则管理：某区划每类事件现行的规则、来自哪一级、恢复后将使用的上级规则；积分服务不可用时为空',
  })
  pointRuleBook(
    @Arg('regionCode', () => String, REGION) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointRuleInForce[]> {
    return admin(ctx).book(regionCode);
  }

  @Authorized()
  @Query(() => [PointRuleChange], {
    nullable: true,
    description: '积分规则变更记录（本级、上级和下级的修改，谁、何时、改前改后），最新的在前；积分服务不可用时为空',
  })
  pointRuleHistory(
    @Arg('regionCode', () => String, REGION) regionCode: string | null,
    @Arg('eventType', () => String, { nullable: true, description: '只看这类事件的规则' }) eventType: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '最多多少条（1–100）' }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointRuleChange[]> {
    return admin(ctx).history(regionCode, eventType, first);
  }

  @Authorized()
  @Mutation(() => PointRuleInForce, {
    description: '为本辖区（或辖区内的下级区划）单独设置一条积分规则（县、乡镇管理员）；变更记入规则变更记录',
  })
  async overridePointRule(
    @Arg('input', () => OverridePointRuleInput, { description: '规则内容' }) input: OverridePointRuleInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointRuleInForce> {
    const rule = await admin(ctx).override(input);
    ctx.log.info(
      { eventType: rule.eventType, divisionCode: rule.regionCode, by: requirePrincipal(ctx).accountId },
      'point rule overridden',
    );
    return rule;
  }

  @Authorized()
  @Mutation(() => PointRuleInForce, {
    nullable: true,
    description: '撤销本级单独设置的规则，恢复使用上级（或系统默认）规则；没有上级规则时返回空',
  })
  async resetPointRule(
    @Arg('regionCode', () => String, REGION) regionCode: string | null,
    @Arg('eventType', () => String, { description: '事件类型（规则键）' }) eventType: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PointRuleInForce | null> {
    const rule = await admin(ctx).reset(regionCode, eventType);
    ctx.log.info(
      {
        eventType,
        divisionCode: regionCode || requirePrincipal(ctx).divisionCode,
        by: requirePrincipal(ctx).accountId,
      },
      'point rule reset',
    );
    return rule;
  }
}
