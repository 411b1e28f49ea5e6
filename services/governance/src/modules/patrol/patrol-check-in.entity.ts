import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';
import { PatrolPoint } from './patrol-point.entity.js';
import { CheckInMethod } from './patrol.enums.js';

/** 巡查签到: a cadre was at a point (by its QR code or the phone's position), with a note and photos. */
@ObjectType('PatrolCheckIn', { description: '巡查签到 / Patrol check-in' })
@Entity({ tableName: 'patrol_check_in' })
@Index({ properties: ['point', 'at'] })
@Index({ properties: ['villageCode', 'at'] })
export class PatrolCheckIn extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => PatrolPoint)
  point!: PatrolPoint;

  @ManyToOne(() => Cadre)
  cadre!: Cadre;

  /** The plan's village and grid, kept on the row so scoping and the monthly figures need no join. */
  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Property({ type: 'uuid', nullable: true })
  gridId: string | null = null;

  @Field(() => Date, { description: '签到时间（服务器时间）' })
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => CheckInMethod, { description: '签到方式' })
  @Enum({ items: () => CheckInMethod, type: 'string' })
  method!: CheckInMethod;

  @Field(() => Float, { nullable: true, description: '签到纬度' })
  @Property({ type: 'double', nullable: true })
  lat: number | null = null;

  @Field(() => Float, { nullable: true, description: '签到经度' })
  @Property({ type: 'double', nullable: true })
  lng: number | null = null;

  @Field(() => String, { nullable: true, description: '巡查情况' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  @Field(() => Boolean, { description: '是否发现问题' })
  @Property({ type: 'boolean' })
  finding!: boolean;

  /** True when made after the point's window (within its grace or later): what the event reports. */
  @Field(() => Boolean, { description: '是否迟到（不在当日巡查时段内）' })
  @Property({ type: 'boolean' })
  late!: boolean;

  /** The case the finding became (民情台账), linked both ways: the case's sourceId is this check-in. */
  @Field(() => ID, { nullable: true, description: '问题转成的民情事项编号' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => String, { description: '签到人用户名' })
  @Property({ type: 'string', length: 64 })
  createdBy!: string;
}
