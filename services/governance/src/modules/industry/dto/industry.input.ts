import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '@xiangzhi/subgraph-kit';
import { IndustryNeedKind, IndustryNeedStatus, IndustryResourceKind } from '../industry.entity.js';

@InputType('RecordIndustryNeedInput', { description: '登记农户的产业需求 / Record a need' })
export class RecordIndustryNeedInput {
  @Field(() => ID, { description: '农户' }) householdId!: string;
  @Field(() => IndustryNeedKind, { description: '类别：思路、劳力、项目、技术、资金、销路' }) kind!: IndustryNeedKind;
  @Field(() => String, { description: '需求描述（1–500 字）' }) description!: string;
}

@InputType('IndustryResourceInput', { description: '产业资源 / A resource' })
export class IndustryResourceInput {
  @Field(() => IndustryResourceKind, { description: '类别' }) kind!: IndustryResourceKind;
  @Field(() => String, { description: '名称（1–60 字）' }) name!: string;
  @Field(() => [IndustryNeedKind], { description: '能提供的帮助类别（至少一项）' }) offers!: IndustryNeedKind[];
  @Field(() => String, { description: '能提供什么（1–500 字）' }) offerText!: string;
  @Field(() => String, { description: '所在区划代码（县、乡镇或村，须在本人管辖范围内）' }) divisionCode!: string;
  @Field(() => String, { nullable: true, description: '联系人（不超过 50 字）' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话' }) phone?: string | null;
  @Field(() => Boolean, { nullable: true, description: '是否可用，缺省为可用' }) active?: boolean | null;
}

@InputType('UpdateIndustryResourceInput', { description: '修改产业资源（带版本号）' })
export class UpdateIndustryResourceInput extends IndustryResourceInput {
  @Field(() => ID, { description: '资源编号' }) id!: string;
  @Field(() => Int, { description: '读取时的版本号' }) version!: number;
}

@InputType('MatchIndustryNeedInput', { description: '把需求对接给一个资源 / Match a need' })
export class MatchIndustryNeedInput {
  @Field(() => ID, { description: '需求' }) needId!: string;
  @Field(() => ID, { description: '资源' }) resourceId!: string;
  @Field(() => String, { nullable: true, description: '对接说明（不超过 200 字）' }) note?: string | null;
}

@InputType('FollowUpIndustryMatchInput', { description: '记录一次跟踪 / Follow a match up' })
export class FollowUpIndustryMatchInput {
  @Field(() => ID, { description: '对接记录' }) matchId!: string;
  @Field(() => String, { nullable: true, description: '跟踪日期 YYYY-MM-DD，缺省为今天' }) followedOn?: string | null;
  @Field(() => String, { description: '跟踪情况（1–500 字）' }) note!: string;
  @Field(() => IndustryNeedStatus, { nullable: true, description: '结果：已解决或未解决（关闭）；不填则继续跟踪' })
  outcome?: IndustryNeedStatus | null;
}

@InputType('CloseIndustryNeedInput', { description: '结束一项需求 / Close a need' })
export class CloseIndustryNeedInput {
  @Field(() => ID, { description: '需求' }) needId!: string;
  @Field(() => IndustryNeedStatus, { description: '已解决（须已对接）或未解决' }) status!: IndustryNeedStatus;
  @Field(() => String, { description: '结果说明（1–200 字）' }) outcome!: string;
}

@ArgsType()
export class IndustryNeedsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: '区划代码；缺省为本人管辖范围' }) regionCode?: string | null;
  @Field(() => IndustryNeedStatus, { nullable: true, description: '只看某一状态' }) status?: IndustryNeedStatus | null;
  @Field(() => IndustryNeedKind, { nullable: true, description: '只看某一类别' }) kind?: IndustryNeedKind | null;
  @Field(() => ID, { nullable: true, description: '只看某户' }) householdId?: string | null;
}

@ArgsType()
export class IndustryResourcesArgs extends PageArgs {
  @Field(() => IndustryResourceKind, { nullable: true, description: '只看某类资源' })
  kind?: IndustryResourceKind | null;
  @Field(() => IndustryNeedKind, { nullable: true, description: '只看能提供某类帮助的' })
  offers?: IndustryNeedKind | null;
  @Field(() => Boolean, { nullable: true, description: '只看可用的' }) activeOnly?: boolean | null;
}
