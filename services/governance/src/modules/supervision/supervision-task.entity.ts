import { Entity, Enum, Formula, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Cadre } from '../cadre/index.js';

/** ISSUED → REPORTED → ACCEPTED, or → RETURNED → REPORTED again. */
export enum SupervisionStatus {
  ISSUED = 'ISSUED',
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}
registerEnumType(SupervisionStatus, {
  name: 'SupervisionStatus',
  description: '督办状态 / Supervision task status',
  valuesConfig: {
    ISSUED: { description: '已下发，待反馈' },
    REPORTED: { description: '已反馈，待验收' },
    ACCEPTED: { description: '已验收' },
    RETURNED: { description: '已退回，待重新反馈' },
  },
});

/** Statuses that still wait on the cadre: past the due date, they are overdue. */
export const AWAITING_CADRE = [SupervisionStatus.ISSUED, SupervisionStatus.RETURNED] as const;

/** Overdue, computed by the database for every row read: past due (Beijing date) and not reported or accepted. */
export const overdueSql = (alias: string): string =>
  `(${alias}.status in ('${AWAITING_CADRE.join("', '")}') and ${alias}.due_on < (now() at time zone 'Asia/Shanghai')::date)`;

/** 工作督办卡 (seed 002): a task the township office gives a cadre, with a due date, and the cadre's report back. */
@ObjectType('SupervisionTask', { description: '工作督办卡 / Supervision task' })
@Entity({ tableName: 'supervision_task' })
@Index({ properties: ['divisionCode', 'dueOn'] })
export class SupervisionTask extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '督办事项' })
  @Property({ type: 'string', length: 60 })
  title!: string;

  @Field(() => String, { description: '工作要求' })
  @Property({ type: 'string', length: 1000 })
  content!: string;

  @Field(() => String, { description: '完成时限（YYYY-MM-DD）' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => SupervisionStatus, { description: '状态' })
  @Enum({ items: () => SupervisionStatus, type: 'string' })
  status: Opt<SupervisionStatus> = SupervisionStatus.ISSUED;

  @Index()
  @ManyToOne(() => Cadre)
  cadre!: Cadre;

  /** The cadre's division: who reads the task and the event's division. */
  @Field(() => String, { description: '承办人所属区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  /** The issuing office's division: who accepts or returns the report. */
  @Field(() => String, { description: '下发单位区划代码' })
  @Property({ type: 'string', length: 12 })
  issuerDivisionCode!: string;

  @Field(() => String, { description: '下发人用户名' })
  @Property({ type: 'string', length: 64 })
  issuedBy!: string;

  @Field(() => Date, { description: '下发时间' })
  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Field(() => String, { nullable: true, description: '反馈情况' })
  @Property({ type: 'string', length: 1000, nullable: true })
  report: string | null = null;

  @Field(() => Date, { nullable: true, description: '最近一次反馈时间' })
  @Property({ type: 'datetime', nullable: true })
  reportedAt: Date | null = null;

  @Field(() => Int, { description: '反馈次数' })
  @Property({ type: 'smallint', default: 0 })
  reportCount: Opt<number> = 0;

  @Field(() => String, { nullable: true, description: '退回理由' })
  @Property({ type: 'string', length: 500, nullable: true })
  returnReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '验收或退回时间' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '验收或退回人用户名' })
  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy: string | null = null;

  /** The case the report became (民情台账), linked both ways: the case's sourceId is this task. */
  @Field(() => ID, { nullable: true, description: '反馈问题转成的民情事项编号' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => Boolean, { description: '是否超期（已过时限且未反馈或验收）' })
  @Formula((t) => overdueSql(t.alias), { type: 'boolean' })
  overdue?: Opt<boolean>;

  @Field(() => Int, { description: '版本号（乐观锁：操作时须带上）' })
  declare version: number;
}
