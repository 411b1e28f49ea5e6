import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** What a rule says: the part a change replaces. */
@ObjectType('PointRuleTerms', { description: '规则内容：分值、每月上限、事由 / What a points rule says' })
export class PointRuleTerms {
  @Field(() => Int, { description: '每次记分分值；0 表示不记分，负数为扣分' })
  points!: number;

  @Field(() => Int, { nullable: true, description: '每月上限（分）；为空表示不设上限' })
  monthlyCap!: number | null;

  @Field(() => String, { description: '记入积分台账的事由' })
  reason!: string;
}

/**
 * One change of the rule book, written by a trigger on point_rule (never by hand): which rule, what it said
 * before and after (null: no rule at that level), who and when. The rule in force at an instant follows from it.
 */
@ObjectType('PointRuleChange', { description: '积分规则变更记录（谁、何时、改前改后）/ A change of a points rule' })
@Entity({ tableName: 'point_rule_change' })
@Index({ properties: ['divisionCode', 'eventType', 'changedAt'] })
export class PointRuleChange {
  @Field(() => ID, { description: '编号' })
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Field(() => String, { description: '规则所属区划代码；空字符串为系统默认' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => String, { description: '事件类型（规则键）' })
  @Property({ type: 'string', length: 100 })
  eventType!: string;

  @Field(() => PointRuleTerms, { nullable: true, description: '改前（为空：本级原来没有单独设置）' })
  @Property({ type: 'json', nullable: true })
  before: PointRuleTerms | null = null;

  @Field(() => PointRuleTerms, { nullable: true, description: '改后（为空：恢复为上级规则）' })
  @Property({ type: 'json', nullable: true })
  after: PointRuleTerms | null = null;

  /** The account that changed it; null for the system's defaults (migrations). */
  @Field(() => ID, { nullable: true, description: '修改人账号编号；系统默认规则为空' })
  @Property({ type: 'uuid', nullable: true })
  changedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '修改人用户名；系统默认规则为空' })
  @Property({ type: 'string', length: 50, nullable: true })
  changedByName: string | null = null;

  @Field(() => Date, { description: '修改时间（自此生效）' })
  @Property({ type: 'datetime', defaultRaw: 'clock_timestamp()' })
  changedAt!: Date & Opt;
}
