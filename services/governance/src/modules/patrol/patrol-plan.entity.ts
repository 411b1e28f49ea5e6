import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { PatrolCategory, PatrolFrequency } from './patrol.enums.js';

/** 定点巡查计划 of a grid or a whole village: the points to visit, in route order, and how often. */
@ObjectType('PatrolPlan', { description: '巡查计划 / Patrol plan of a grid or a village' })
@Entity({ tableName: 'patrol_plan' })
@Index({ properties: ['villageCode', 'gridId'] })
export class PatrolPlan extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '计划名称' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => PatrolCategory, { description: '巡查类别' })
  @Enum({ items: () => PatrolCategory, type: 'string' })
  category!: PatrolCategory;

  @Field(() => PatrolFrequency, { description: '巡查频次' })
  @Enum({ items: () => PatrolFrequency, type: 'string' })
  frequency!: PatrolFrequency;

  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  /** Null: a plan of the whole village, for every cadre of it. */
  @Field(() => ID, { nullable: true, description: '所属网格（空为全村计划）' })
  @Property({ type: 'uuid', nullable: true })
  gridId: string | null = null;

  @Field(() => Boolean, { description: '是否启用（停用的计划不再计算漏巡）' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => String, { description: '制定人用户名' })
  @Property({ type: 'string', length: 64 })
  createdBy!: string;

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
