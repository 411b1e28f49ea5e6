import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { PolicyCategory } from '../policy.entity.js';
import { PolicyBenefitStatus } from '../policy-benefit.entity.js';

@InputType('PolicyInput', { description: '政策目录中的一项及其享受条件 / A policy of the catalog' })
export class PolicyInput {
  @Field(() => String, { description: '政策名称（1–60 字）' })
  name!: string;

  @Field(() => PolicyCategory, { description: '类别' })
  category!: PolicyCategory;

  @Field(() => String, { description: '政策要点（1–500 字）' })
  summary!: string;

  @Field(() => String, { description: '发文单位（1–60 字）' })
  issuingBody!: string;

  @Field(() => String, { nullable: true, description: '生效日期 YYYY-MM-DD' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: '截止日期 YYYY-MM-DD' })
  validTo?: string | null;

  @Field(() => String, { description: '适用区划代码（县、乡镇或村，须在本人管辖范围内）' })
  divisionCode!: string;

  @Field(() => Boolean, { nullable: true, description: '是否启用；缺省为启用' })
  active?: boolean | null;

  @Field(() => JSONResolver, {
    description:
      '享受条件（规则树）：{type: ALL|ANY, conditions: [...]}、{type: NOT, condition}、{type: HAS_TAG, tag}、' +
      '{type: MEMBER_AGE|HOUSEHOLD_SIZE, min, max}、{type: INCOME_BAND, bands}、{type: VILLAGE_IN, codes}',
  })
  rule!: unknown;
}

@InputType('UpdatePolicyInput', { description: '修改政策（带版本号）；保存后按新条件重新测算本人辖区农户' })
export class UpdatePolicyInput extends PolicyInput {
  @Field(() => ID, { description: '政策编号' })
  id!: string;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;
}

@ArgsType()
export class PoliciesArgs extends PageArgs {
  @Field(() => PolicyCategory, { nullable: true, description: '只看某类' })
  category?: PolicyCategory | null;

  @Field(() => Boolean, { nullable: true, description: '只看启用的' })
  activeOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: '按名称搜索（不超过 30 字）' })
  search?: string | null;
}

@ArgsType()
export class RulePreviewArgs {
  @Field(() => JSONResolver, { description: '待保存的享受条件（规则树）' })
  rule!: unknown;

  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;
}

@ArgsType()
export class PolicyBenefitsArgs extends PageArgs {
  @Field(() => PolicyBenefitStatus, { nullable: true, description: '只看某一状态' })
  status?: PolicyBenefitStatus | null;

  @Field(() => String, { nullable: true, description: '区划代码（乡镇或村）；缺省为本人管辖范围' })
  regionCode?: string | null;
}

@InputType('RecordPolicyBenefitInput', { description: '变更一户的政策落实状态 / Move a benefit along' })
export class RecordPolicyBenefitInput {
  @Field(() => ID, { description: '政策落实记录编号' })
  benefitId!: string;

  @Field(() => PolicyBenefitStatus, { description: '新状态：已宣讲、已申请、已享受或未享受' })
  status!: PolicyBenefitStatus;

  @Field(() => String, { nullable: true, description: '说明（不超过 200 字）' })
  note?: string | null;

  @Field(() => Int, { description: '读取时的版本号' })
  version!: number;
}

@InputType('BriefHouseholdInput', { description: '记录一次政策宣讲到户 / Record a briefing' })
export class BriefHouseholdInput {
  @Field(() => ID, { description: '农户' })
  householdId!: string;

  @Field(() => [ID], { description: '宣讲的政策（须是该户符合条件的政策）' })
  policyIds!: string[];

  @Field(() => String, { nullable: true, description: '宣讲日期 YYYY-MM-DD，缺省为今天' })
  briefedOn?: string | null;

  @Field(() => Boolean, { description: '农户是否确认知晓' })
  acknowledged!: boolean;

  @Field(() => String, { nullable: true, description: '确认人姓名（不超过 50 字）' })
  acknowledgedBy?: string | null;

  @Field(() => String, { nullable: true, description: '备注（不超过 500 字）' })
  note?: string | null;
}

@ArgsType()
export class PolicyGapArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => Int, {
    defaultValue: 30,
    description: '停留天数：符合条件、已宣讲或已申请超过这么多天仍未享受（0–365）',
  })
  overdueDays: number = 30;
}

@ArgsType()
export class PolicyGapHouseholdsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: '只看某项政策' })
  policyId?: string | null;

  @Field(() => Int, { defaultValue: 30, description: '停留天数（0–365）' })
  overdueDays: number = 30;
}
