import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { Cadre } from '../cadre/index.js';
import { ServiceOrderKind, ServiceOrderStatus } from './service-order.enums.js';

/** 群众点单: one service a household ordered from the QR page, until it is done and rated. */
@ObjectType('ServiceOrder', { description: '群众点单服务单（GLOSSARY ServiceRequest）/ Service order' })
@Entity({ tableName: 'service_order' })
@Index({ properties: ['villageCode', 'status'] })
@Index({ properties: ['gridId', 'status'] })
export class ServiceOrder extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Index()
  @ManyToOne(() => Household)
  household!: Household;

  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => ID, { nullable: true, description: '所属网格' })
  @Property({ type: 'uuid', nullable: true })
  gridId: string | null = null;

  @Field(() => ServiceOrderKind, { description: '服务类别' })
  @Enum({ items: () => ServiceOrderKind, type: 'string' })
  kind!: ServiceOrderKind;

  @Field(() => String, { description: '群众描述的需求' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => String, { nullable: true, description: '希望办理的时间（群众填写）' })
  @Property({ type: 'string', length: 50, nullable: true })
  preferredTime: string | null = null;

  @Field(() => ServiceOrderStatus, { description: '状态' })
  @Enum({ items: () => ServiceOrderStatus, type: 'string' })
  status: Opt<ServiceOrderStatus> = ServiceOrderStatus.ORDERED;

  @Field(() => Date, { description: '点单时间' })
  @Property({ type: 'datetime' })
  orderedAt: Opt<Date> = new Date();

  @Index()
  @ManyToOne(() => Cadre, { nullable: true })
  cadre: Cadre | null = null;

  @Field(() => String, { nullable: true, description: '派单或发布人' })
  @Property({ type: 'string', length: 64, nullable: true })
  dispatchedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '派单或发布时间' })
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '接单时间' })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间' })
  @Property({ type: 'datetime', nullable: true })
  doneAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '办理结果' })
  @Property({ type: 'string', length: 500, nullable: true })
  result: string | null = null;

  @Field(() => Int, { nullable: true, description: '群众评价（1–5 星）' })
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Field(() => String, { nullable: true, description: '群众评价意见' })
  @Property({ type: 'string', length: 200, nullable: true })
  ratingComment: string | null = null;

  @Field(() => Date, { nullable: true, description: '评价时间' })
  @Property({ type: 'datetime', nullable: true })
  ratedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '取消原因' })
  @Property({ type: 'string', length: 200, nullable: true })
  cancelReason: string | null = null;

  @Field(() => ID, { nullable: true, description: '转成的民情事项' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => Int, { description: '版本号（乐观锁：每次操作须带上）' })
  declare version: number;
}
