import { Field, Int, ObjectType } from 'type-graphql';
import { PointRuleTerms } from './rule-change.entity.js';

/** One line of the rules admin page: the rule in force for an event type in a region, and where it comes from. */
@ObjectType('PointRuleInForce', {
  description: '某区划某类事件现行的积分规则及其来源（本级设置或继承上级）/ The rule in force for one event type',
})
export class PointRuleInForce {
  @Field(() => String, { description: '事件类型（规则键），如 VisitRecorded、ForumAttended' })
  eventType!: string;

  @Field(() => String, { description: '所查看的区划代码' })
  regionCode!: string;

  @Field(() => Int, { description: '每次记分分值；0 表示不记分，负数为扣分' })
  points!: number;

  @Field(() => Int, { nullable: true, description: '每月上限（分）；为空表示不设上限' })
  monthlyCap!: number | null;

  @Field(() => String, { description: '记入积分台账的事由' })
  reason!: string;

  @Field(() => String, {
    description: '规则来自哪一级区划：与 regionCode 相同为本级设置；更短的代码为上级；空字符串为系统默认',
  })
  sourceDivisionCode!: string;

  @Field(() => Boolean, { description: '本级是否单独设置了这条规则（可恢复为上级规则）' })
  overridden!: boolean;

  @Field(() => PointRuleTerms, {
    nullable: true,
    description: '恢复为上级后将使用的规则（上级或系统默认）；没有上级规则时为空',
  })
  inherited!: PointRuleTerms | null;
}
