import { Field, InputType, Int } from 'type-graphql';

@InputType('OverridePointRuleInput', { description: '为本辖区单独设置一条积分规则 / Override a points rule' })
export class OverridePointRuleInput {
  @Field(() => String, { nullable: true, description: '区划代码（6、9 或 12 位），须在本人管辖范围内；缺省为本人辖区' })
  regionCode?: string | null;

  @Field(() => String, { description: '事件类型（规则键），如 VisitRecorded、ForumAttended' })
  eventType!: string;

  @Field(() => Int, { description: '每次记分分值（-100 到 100；0 表示不记分）' })
  points!: number;

  @Field(() => Int, { nullable: true, description: '每月上限（1–1000 分，只用于加分规则）；为空表示不设上限' })
  monthlyCap?: number | null;

  @Field(() => String, { description: '记入积分台账的事由（1–200 字）' })
  reason!: string;
}
