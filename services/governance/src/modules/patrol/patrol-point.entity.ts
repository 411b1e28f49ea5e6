import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { PatrolPlan } from './patrol-plan.entity.js';

/**
 * A place on a plan's route, with its QR code (an unguessable token printed on a plate at the place) and its time
 * window in Beijing time: every day, or on one weekday for a weekly plan; a visit after the window but within the
 * grace is late, none by then is missed.
 */
@ObjectType('PatrolPoint', { description: '巡查点位 / Patrol point' })
@Entity({ tableName: 'patrol_point' })
@Index({ properties: ['plan', 'seq'] })
export class PatrolPoint extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => PatrolPlan)
  plan!: PatrolPlan;

  @Field(() => String, { description: '点位名称' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => Int, { description: '路线顺序（从 1 起）' })
  @Property({ type: 'smallint' })
  seq!: number;

  @Field(() => Float, { nullable: true, description: '纬度' })
  @Property({ type: 'double', nullable: true })
  lat: number | null = null;

  @Field(() => Float, { nullable: true, description: '经度' })
  @Property({ type: 'double', nullable: true })
  lng: number | null = null;

  @Field(() => Int, { description: '定位签到半径（米）' })
  @Property({ type: 'integer', default: 100 })
  radiusM: Opt<number> = 100;

  /** Printed on the point's QR plate; a check-in by scan must carry it. Shown only to who manages the plan. */
  @Property({ type: 'string', length: 64, unique: true })
  qrToken!: string;

  /** Minutes after midnight, Beijing time. */
  @Property({ type: 'smallint' })
  windowStartMin!: number;

  @Property({ type: 'smallint' })
  windowEndMin!: number;

  /** ISO weekday (1 Monday … 7 Sunday) of a weekly plan's window; null for a daily plan. */
  @Field(() => Int, { nullable: true, description: '每周巡查的星期几（1 周一 … 7 周日），每日计划为空' })
  @Property({ type: 'smallint', nullable: true })
  weekday: number | null = null;

  @Field(() => Int, { description: '迟到宽限（分钟）' })
  @Property({ type: 'smallint', default: 60 })
  graceMinutes: Opt<number> = 60;

  /** Windows count from this day on (Beijing date), so a new point is not missed before it existed. */
  @Field(() => String, { description: '开始巡查日期' })
  @Property({ type: 'date' })
  sinceOn!: string;

  @Field(() => Int, { description: '版本号（乐观锁：修改时须带上）' })
  declare version: number;
}
