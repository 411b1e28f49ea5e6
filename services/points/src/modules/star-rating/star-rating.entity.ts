import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { AssessmentScore } from '../assessment/index.js';

@ObjectType('StarCriterion', { description: '星级评定标准的一项 / A criterion of the star rating' })
export class StarCriterion {
  @Field(() => String, { description: '代码' })
  code!: string;

  @Field(() => String, { description: '项目' })
  name!: string;

  @Field(() => String, { description: '内容' })
  description!: string;

  @Field(() => Int, { description: '满分' })
  maxPoints!: number;
}

/** A village party branch's stars for a quarter (党支部星级). */
@ObjectType('BranchStarRating', { description: '党支部星级评定 / Star rating of a village party branch' })
@Entity({ tableName: 'branch_star_rating' })
@Unique({ properties: ['villageCode', 'period'] })
@Index({ properties: ['period'] })
export class BranchStarRating extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '村区划代码（12 位）' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => String, { description: '评定季度（YYYY-Qn）' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => [AssessmentScore], { description: '各项得分' })
  @Property({ type: 'json' })
  scores!: AssessmentScore[];

  @Field(() => Int, { description: '总分' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Int, { description: '按总分应得星级' })
  @Property({ type: 'integer' })
  scoreStars!: number;

  @Field(() => Int, { description: '评定星级（1–5；较上季度最多升一星，一票否决为一星）' })
  @Property({ type: 'integer' })
  stars!: number;

  @Field(() => Int, { nullable: true, description: '上季度星级' })
  @Property({ type: 'integer', nullable: true })
  previousStars: number | null = null;

  @Field(() => String, { nullable: true, description: '一票否决事由' })
  @Property({ type: 'string', length: 200, nullable: true })
  vetoReason: string | null = null;

  @Field(() => String, { nullable: true, description: '评定意见' })
  @Property({ type: 'string', length: 200, nullable: true })
  comment: string | null = null;

  @Property({ type: 'uuid' })
  ratedBy!: string;

  @Field(() => Int, { description: '版本号' })
  declare version: number;
}
