import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { FileDownload, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Household, householdService } from '../household/index.js';
import { Policy } from './policy.entity.js';
import { PolicyBenefit, PolicyBenefitChange } from './policy-benefit.entity.js';
import { PolicyBriefing } from './policy-briefing.entity.js';
import { PolicyService } from './policy.service.js';
import { PolicyBenefitService } from './policy-benefit.service.js';
import { PolicyBriefingService } from './policy-briefing.service.js';
import { PolicyGapRow, PolicyGapService } from './policy-gap.service.js';
import { PolicyBenefitConnection } from './policy.resolver.js';
import {
  BriefHouseholdInput,
  PolicyGapArgs,
  PolicyGapHouseholdsArgs,
  RecordPolicyBenefitInput,
} from './dto/policy.input.js';
import type { GovernanceContext } from '../../context.js';

const benefits = (ctx: GovernanceContext): PolicyBenefitService =>
  new PolicyBenefitService(ctx.em, requirePrincipal(ctx));
const briefings = (ctx: GovernanceContext): PolicyBriefingService =>
  new PolicyBriefingService(ctx.em, requirePrincipal(ctx));
const gaps = (ctx: GovernanceContext): PolicyGapService => new PolicyGapService(ctx.em, requirePrincipal(ctx));

@Resolver(() => PolicyBenefit)
export class PolicyBenefitResolver {
  @Authorized()
  @Mutation(() => PolicyBenefit, {
    description: '变更一户的政策落实状态：符合条件→已宣讲→已申请→已享受或未享受（带版本号，记入历史）',
  })
  recordPolicyBenefit(
    @Arg('input', () => RecordPolicyBenefitInput) input: RecordPolicyBenefitInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PolicyBenefit> {
    return benefits(ctx).record(input);
  }

  @Authorized()
  @Mutation(() => PolicyBriefing, { description: '记录政策宣讲到户：所选政策中“符合条件”的转为“已宣讲”' })
  briefHousehold(
    @Arg('input', () => BriefHouseholdInput) input: BriefHouseholdInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PolicyBriefing> {
    return briefings(ctx).brief(input);
  }

  @Authorized()
  @Query(() => FileDownload, { nullable: true, description: '打印一户的政策明白卡（PDF）；不在本人范围内时为空' })
  policyCard(@Arg('householdId', () => ID) householdId: string, @Ctx() ctx: GovernanceContext) {
    return briefings(ctx).card(householdId);
  }

  @Authorized()
  @Query(() => [PolicyGapRow], { description: '应享未享：按村 × 政策统计停留超过 N 天仍未享受的户数' })
  policyGapReport(
    @Args(() => PolicyGapArgs) args: PolicyGapArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PolicyGapRow[]> {
    return gaps(ctx).report(args);
  }

  @Authorized()
  @Query(() => PolicyBenefitConnection, { description: '应享未享的农户（停留最久的在前）' })
  policyGapHouseholds(
    @Args(() => PolicyGapHouseholdsArgs) args: PolicyGapHouseholdsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<PolicyBenefit>> {
    return gaps(ctx).households(args);
  }

  @FieldResolver(() => Household, { nullable: true, description: '农户（按台账的显示规则）' })
  household(@Root() b: PolicyBenefit, @Ctx() ctx: GovernanceContext): Promise<Household | null> {
    return requestLoader(
      ctx,
      'policyBenefit.household',
      (ids) => householdService(ctx).getMany(ids),
      null as Household | null,
    ).load(b.household.id);
  }

  @FieldResolver(() => Policy, { nullable: true, description: '政策' })
  policy(@Root() b: PolicyBenefit, @Ctx() ctx: GovernanceContext): Promise<Policy | null> {
    return requestLoader(
      ctx,
      'policyBenefit.policy',
      (ids) => new PolicyService(ctx.em, requirePrincipal(ctx)).getMany(ids),
      null as Policy | null,
    ).load(b.policy.id);
  }

  @FieldResolver(() => [PolicyBenefitChange], { description: '状态变更历史（谁、何时、从何到何）' })
  changes(@Root() b: PolicyBenefit, @Ctx() ctx: GovernanceContext): Promise<PolicyBenefitChange[]> {
    return requestLoader(
      ctx,
      'policyBenefit.changes',
      (ids) => benefits(ctx).changesOf(ids),
      [] as PolicyBenefitChange[],
    ).load(b.id);
  }

  @FieldResolver(() => Int, { description: '在当前状态停留的天数' })
  waitingDays(@Root() b: PolicyBenefit): number {
    return Math.floor((Date.now() - b.statusSince.getTime()) / 86_400_000);
  }
}

@Resolver(() => Household)
export class HouseholdPolicyResolver {
  @FieldResolver(() => [PolicyBenefit], { description: '该户符合条件或正在享受的政策（不含不再符合的）' })
  policyBenefits(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<PolicyBenefit[]> {
    return requestLoader(
      ctx,
      'household.policyBenefits',
      (ids) => benefits(ctx).ofHouseholds(ids),
      [] as PolicyBenefit[],
    ).load(h.id);
  }

  @FieldResolver(() => [PolicyBriefing], { description: '政策宣讲记录（新的在前）' })
  policyBriefings(@Root() h: Household, @Ctx() ctx: GovernanceContext): Promise<PolicyBriefing[]> {
    return requestLoader(
      ctx,
      'household.policyBriefings',
      (ids) => briefings(ctx).ofHouseholds(ids),
      [] as PolicyBriefing[],
    ).load(h.id);
  }
}
