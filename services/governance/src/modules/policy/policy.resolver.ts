import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { connectionType, requestLoader, requirePrincipal, type Connection } from '@xiangzhi/subgraph-kit';
import { Policy } from './policy.entity.js';
import { PolicyBenefit, PolicyBenefitStatus } from './policy-benefit.entity.js';
import { PolicyService } from './policy.service.js';
import { PolicyBenefitService } from './policy-benefit.service.js';
import {
  PoliciesArgs,
  PolicyBenefitsArgs,
  PolicyInput,
  RulePreviewArgs,
  UpdatePolicyInput,
} from './dto/policy.input.js';
import type { GovernanceContext } from '../../context.js';

export const PolicyConnection = connectionType(Policy, 'Policy', '政策');
export const PolicyBenefitConnection = connectionType(PolicyBenefit, 'PolicyBenefit', '政策落实记录');

@ObjectType('PolicyRulePreview', { description: '享受条件预览：管辖范围内符合条件的户数' })
export class PolicyRulePreview {
  @Field(() => Int, { description: '符合条件的户数' }) matching!: number;
  @Field(() => Int, { description: '范围内总户数' }) inScope!: number;
}

@ObjectType('PolicyRecomputeResult', { description: '重新测算的结果（本人辖区）' })
export class PolicyRecomputeResult {
  @Field(() => Int, { description: '当前符合条件的户数' }) matching!: number;
  @Field(() => Int, { description: '新增（或重新）符合条件的户数' }) added!: number;
  @Field(() => Int, { description: '不再符合条件的户数（未享受完的记录转为不再符合）' }) lapsed!: number;
}

@ObjectType('PolicyBenefitCount', { description: '某一状态的户数' })
export class PolicyBenefitCount {
  @Field(() => PolicyBenefitStatus, { description: '状态' }) status!: PolicyBenefitStatus;
  @Field(() => Int, { description: '户数' }) count!: number;
}

const policies = (ctx: GovernanceContext): PolicyService => new PolicyService(ctx.em, requirePrincipal(ctx));
const benefits = (ctx: GovernanceContext): PolicyBenefitService =>
  new PolicyBenefitService(ctx.em, requirePrincipal(ctx));

@Resolver(() => Policy)
export class PolicyResolver {
  @Authorized()
  @Query(() => PolicyConnection, { description: '政策目录：上级发布和本辖区的政策 / The policy catalog' })
  policies(@Args(() => PoliciesArgs) args: PoliciesArgs, @Ctx() ctx: GovernanceContext): Promise<Connection<Policy>> {
    return policies(ctx).list(args);
  }

  @Authorized()
  @Query(() => Policy, { nullable: true, description: '按编号查政策；看不到时为空' })
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: GovernanceContext): Promise<Policy | null> {
    return policies(ctx).get(id);
  }

  @Authorized()
  @Query(() => PolicyRulePreview, { description: '保存前预览：管辖范围内有多少户符合该享受条件' })
  policyRulePreview(
    @Args(() => RulePreviewArgs) args: RulePreviewArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PolicyRulePreview> {
    return policies(ctx).preview(args.rule, args.regionCode);
  }

  @Authorized()
  @Mutation(() => Policy, { description: '新增政策，并按享受条件测算本人辖区的农户' })
  createPolicy(@Arg('input', () => PolicyInput) input: PolicyInput, @Ctx() ctx: GovernanceContext): Promise<Policy> {
    return policies(ctx).create(input);
  }

  @Authorized()
  @Mutation(() => Policy, { description: '修改政策（带版本号），并按新的享受条件重新测算本人辖区的农户' })
  updatePolicy(
    @Arg('input', () => UpdatePolicyInput) input: UpdatePolicyInput,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Policy> {
    return policies(ctx).update(input);
  }

  @Authorized()
  @Mutation(() => PolicyRecomputeResult, {
    description: '按享受条件重新测算本人辖区的农户：新符合的记为符合条件，不再符合的未享受记录转为不再符合',
  })
  recomputePolicyBenefits(
    @Arg('policyId', () => ID) policyId: string,
    @Ctx() ctx: GovernanceContext,
  ): Promise<PolicyRecomputeResult> {
    return policies(ctx).recompute(policyId);
  }

  @FieldResolver(() => [PolicyBenefitCount], { description: '本人范围内各状态的户数' })
  benefitCounts(@Root() p: Policy, @Ctx() ctx: GovernanceContext): Promise<PolicyBenefitCount[]> {
    return requestLoader(
      ctx,
      'policy.benefitCounts',
      (ids) => benefits(ctx).countsOf(ids),
      [] as PolicyBenefitCount[],
    ).load(p.id);
  }

  @FieldResolver(() => PolicyBenefitConnection, {
    description:
      '本人范围内的农户及其落实状态（缺省不含不再符合的）；涉及敏感信息的政策仅对可查看个人信息的角色列出农户',
  })
  benefits(
    @Root() p: Policy,
    @Args(() => PolicyBenefitsArgs) args: PolicyBenefitsArgs,
    @Ctx() ctx: GovernanceContext,
  ): Promise<Connection<PolicyBenefit>> {
    return benefits(ctx).list(p.id, args);
  }
}
