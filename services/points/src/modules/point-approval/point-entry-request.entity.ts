import { Check, Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

export enum PointRequestKind {
  /** 嘉奖: points for outstanding work. */
  COMMENDATION = 'COMMENDATION',
  /** 问责: a deduction for a fault (discipline). */
  DEDUCTION = 'DEDUCTION',
  /** A correction of an earlier line (its opposite, or a part of it). */
  CORRECTION = 'CORRECTION',
}
registerEnumType(PointRequestKind, {
  name: 'PointRequestKind',
  description: '手工记分的种类',
  valuesConfig: {
    COMMENDATION: { description: '嘉奖（加分）' },
    DEDUCTION: { description: '问责、违纪扣分（减分）' },
    CORRECTION: { description: '更正一条已有的积分记录' },
  },
});

export enum PointRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}
registerEnumType(PointRequestStatus, {
  name: 'PointRequestStatus',
  description: '手工记分申请的审核状态',
  valuesConfig: {
    PENDING: { description: '待审核' },
    APPROVED: { description: '已批准（已记入台账）' },
    REFUSED: { description: '已驳回' },
  },
});

/**
 * A manual line asked for by one account (POINTS_AWARD) and decided by another (POINTS_APPROVE): only the
 * approval writes the ledger line. The database refuses a decision by the requester and a second decision.
 */
@ObjectType('PointEntryRequest', {
  description: '手工记分申请（嘉奖、问责扣分、更正），须另一人审核 / Manual points request',
})
@Entity({ tableName: 'point_entry_request' })
@Index({ properties: ['divisionCode', 'status'] })
// the second person: the database refuses a decision by the requester
@Check({
  name: 'point_entry_request_second_person',
  expression: '"decided_by" is null or "decided_by" <> "requested_by"',
})
export class PointEntryRequest extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => Date, { description: '申请时间' })
  declare createdAt: Date;

  @Field(() => PointRequestKind, { description: '种类' })
  @Enum({ items: () => PointRequestKind, type: 'text' })
  kind!: PointRequestKind;

  /** Governance's cadre id; exposed as `cadre`. */
  @Field(() => ID, { description: '党员干部编号' })
  @Property({ type: 'uuid' })
  cadreId!: string;

  @Field(() => String, { description: '记分区划（党员干部所在的村或乡镇）' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => Int, { description: '分值；扣分为负数' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => String, { description: '事由' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field(() => String, { description: '记入月份（YYYY-MM）；该月审核时已冻结则记入其后第一个未冻结的月份' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => ID, { nullable: true, description: '更正的原积分记录编号（更正申请）' })
  @Property({ type: 'uuid', nullable: true })
  correctsEntryId: string | null = null;

  @Field(() => PointRequestStatus, { description: '审核状态' })
  @Enum({ items: () => PointRequestStatus, type: 'text', default: PointRequestStatus.PENDING })
  status: PointRequestStatus & Opt = PointRequestStatus.PENDING;

  @Field(() => ID, { description: '申请人账号编号' })
  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Field(() => String, { description: '申请人用户名' })
  @Property({ type: 'string', length: 50 })
  requestedByName!: string;

  @Field(() => ID, { nullable: true, description: '审核人账号编号' })
  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: '审核人用户名' })
  @Property({ type: 'string', length: 50, nullable: true })
  decidedByName: string | null = null;

  @Field(() => Date, { nullable: true, description: '审核时间' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '驳回理由' })
  @Property({ type: 'string', length: 200, nullable: true })
  refusalReason: string | null = null;

  @Field(() => ID, { nullable: true, description: '批准后写入的积分记录编号' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  entryId: string | null = null;
}
