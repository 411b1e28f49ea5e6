import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { AssessmentGrade } from './assessment.form.js';

registerEnumType(AssessmentGrade, {
  name: 'AssessmentGrade',
  description: '考核等次 / Grade',
  valuesConfig: {
    EXCELLENT: { description: '优秀（90 分及以上）' },
    GOOD: { description: '良好（75–89 分）' },
    PASS: { description: '合格（60–74 分）' },
    FAIL: { description: '不合格（60 分以下）' },
  },
});

@ObjectType('AssessmentItem', { description: '考核评议表的一项 / An item of the assessment form' })
export class AssessmentItem {
  @Field(() => String, { description: '代码' })
  code!: string;

  @Field(() => String, { description: '项目' })
  name!: string;

  @Field(() => String, { description: '评分标准' })
  description!: string;

  @Field(() => Int, { description: '满分（扣分项为最多扣分）' })
  maxPoints!: number;

  @Field(() => Boolean, { description: '是否扣分项（负面分）' })
  deduction!: boolean;
}

@ObjectType('AssessmentScore', { description: '一项得分 / Points of one item' })
@InputType('AssessmentScoreInput', { description: '一项得分（扣分项填扣除的分数）' })
export class AssessmentScore {
  @Field(() => String, { description: '项目代码' })
  code!: string;

  @Field(() => Int, { description: '分数（0 到该项满分）' })
  points!: number;
}

/** One grid member's monthly assessment (网格员月考评), shown on the public board once the month is published. */
@ObjectType('GridAssessment', { description: '网格员月度考核评议 / Monthly assessment of a grid member' })
@Entity({ tableName: 'grid_assessment' })
@Unique({ properties: ['cadreId', 'month'] })
@Index({ properties: ['month', 'divisionCode'] })
export class GridAssessment extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => ID, { description: '网格员（党员干部）编号' })
  @Property({ type: 'uuid' })
  cadreId!: string;

  @Field(() => String, { description: '姓名（评分时）' })
  @Property({ type: 'string', length: 50 })
  cadreName!: string;

  @Field(() => String, { description: '考核所在村（12 位）或乡镇（9 位）区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => String, { description: '月份（YYYY-MM）' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => [AssessmentScore], { description: '各项得分' })
  @Property({ type: 'json' })
  scores!: AssessmentScore[];

  @Field(() => Int, { description: '总分（奖励分减负面分）' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => AssessmentGrade, { description: '考核等次' })
  @Enum({ items: () => AssessmentGrade, type: 'string' })
  grade!: AssessmentGrade;

  @Field(() => String, { nullable: true, description: '评议意见' })
  @Property({ type: 'string', length: 200, nullable: true })
  comment: string | null = null;

  @Property({ type: 'uuid' })
  scoredBy!: string;

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
