import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { DeliberationStep, ThresholdComparison, VoteBase } from './deliberation.enums.js';

/**
 * A jurisdiction's own rule for one step (the defaults of the law live in code, deliberation.rules.ts):
 * a county, township or village row; the most specific one applies. Voting steps fill the thresholds,
 * the two notices the minimum posting days.
 */
@Entity({ tableName: 'deliberation_rule' })
@Unique({ properties: ['divisionCode', 'step'] })
export class DeliberationRuleRow extends BaseEntity {
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Enum({ items: () => DeliberationStep, type: 'string' })
  step!: DeliberationStep;

  @Property({ type: 'integer', nullable: true })
  attendanceNumerator: number | null = null;

  @Property({ type: 'integer', nullable: true })
  attendanceDenominator: number | null = null;

  @Enum({ items: () => ThresholdComparison, type: 'string', nullable: true })
  attendanceComparison: ThresholdComparison | null = null;

  @Property({ type: 'integer', nullable: true })
  passNumerator: number | null = null;

  @Property({ type: 'integer', nullable: true })
  passDenominator: number | null = null;

  @Enum({ items: () => ThresholdComparison, type: 'string', nullable: true })
  passComparison: ThresholdComparison | null = null;

  @Enum({ items: () => VoteBase, type: 'string', nullable: true })
  passBase: VoteBase | null = null;

  @Property({ type: 'integer', nullable: true })
  minPostingDays: number | null = null;

  @Property({ type: 'string', length: 64 })
  updatedBy!: string;
}

@ObjectType('DeliberationThreshold', { description: '比例（如 超过 1/2、不少于 2/3）' })
export class ThresholdView {
  @Field(() => Int, { description: '分子' })
  numerator!: number;

  @Field(() => Int, { description: '分母' })
  denominator!: number;

  @Field(() => ThresholdComparison, { description: '超过，或不少于' })
  comparison!: ThresholdComparison;
}

/** The rule that applies to one step in a division, and where it comes from. */
@ObjectType('DeliberationStepRule', { description: '“四议两公开”环节规则（到会、通过比例或最短公示天数）' })
export class DeliberationStepRule {
  @Field(() => DeliberationStep, { description: '环节' })
  step!: DeliberationStep;

  @Field(() => String, {
    nullable: true,
    description: '规则所属区划（县、乡镇或村）；为空时是法定默认值',
  })
  divisionCode!: string | null;

  @Field(() => ThresholdView, { nullable: true, description: '到会人数须达到应到人数的比例（表决环节）' })
  attendance!: ThresholdView | null;

  @Field(() => ThresholdView, { nullable: true, description: '赞成票须达到的比例（表决环节）' })
  pass!: ThresholdView | null;

  @Field(() => VoteBase, { nullable: true, description: '赞成票比例的基数：应到或实到人数（表决环节）' })
  passBase!: VoteBase | null;

  @Field(() => Int, { nullable: true, description: '最短公示天数（公开环节）' })
  minPostingDays!: number | null;

  @Field(() => String, { description: '规则说明' })
  description!: string;
}
