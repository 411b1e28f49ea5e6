import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { Grid } from '../grid/index.js';
import { Cadre } from '../cadre/index.js';
import {
  CaseAlert,
  CaseCloseType,
  CaseDomain,
  CaseKind,
  CaseLevel,
  CaseSource,
  CaseStage,
  CaseStatus,
  SatisfactionRating,
} from './case.enums.js';

/** A pending 延期 request: the days asked for, why, by whom and when. */
@ObjectType('CaseExtension', { description: '待批准的延期申请 / Pending extension request' })
export class CaseExtension {
  @Field(() => Int, { description: '申请延期的工作日数' })
  days!: number;

  @Field(() => String, { description: '理由' })
  reason!: string;

  @Field(() => String, { description: '申请人' })
  requestedBy!: string;

  @Field(() => Date, { description: '申请时间' })
  requestedAt!: Date;
}

/** 民情台账: one villager's matter from the moment it is raised to its close-out (销号). */
@ObjectType('Case', { description: '民情台账事项 / Case in the ledger' })
@Entity({ tableName: 'case_record' })
@Index({ properties: ['divisionCode', 'status'] })
@Index({ properties: ['villageCode', 'raisedAt'] })
// the figures count closed cases by close date (Migration20261202045120); declared so the schema diff keeps it
@Index({
  name: 'case_record_village_code_closed_at_index',
  expression:
    'create index "case_record_village_code_closed_at_index" on "case_record" ("village_code", "closed_at") ' +
    'where "closed_at" is not null',
})
export class Case extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @Field(() => String, { description: '台账编号（如 MQ20261202-0007）' })
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String, { description: '事项标题' })
  @Property({ type: 'string', length: 60 })
  title!: string;

  @Field(() => String, { description: '事项描述' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => CaseSource, { description: '来源' })
  @Enum({ items: () => CaseSource, type: 'string' })
  source!: CaseSource;

  @Field(() => ID, { nullable: true, description: '来源记录编号（走访、巡查打卡、服务单、督办任务等）' })
  @Property({ type: 'uuid', nullable: true })
  sourceId: string | null = null;

  /** The forum item (meetings' AgendaItem) the case was raised from or first linked to: its status goes back there. */
  @Field(() => ID, { nullable: true, description: '来自党群说事会的议题编号（说事会提出或关联的事项）' })
  @Index()
  @Property({ type: 'uuid', nullable: true })
  agendaItemId: string | null = null;

  @Field(() => CaseKind, { description: '类别' })
  @Enum({ items: () => CaseKind, type: 'string' })
  kind!: CaseKind;

  @Field(() => CaseDomain, { description: '领域' })
  @Enum({ items: () => CaseDomain, type: 'string' })
  domain!: CaseDomain;

  @ManyToOne(() => Household, { nullable: true, index: true })
  household: Household | null = null;

  @Field(() => String, { nullable: true, description: '地点（无具体农户时）' })
  @Property({ type: 'string', length: 200, nullable: true })
  place: string | null = null;

  @Field(() => String, { description: '所属村区划代码' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @ManyToOne(() => Grid, { nullable: true, index: true })
  grid: Grid | null = null;

  @Field(() => CaseLevel, { description: '当前办理层级' })
  @Enum({ items: () => CaseLevel, type: 'string' })
  level!: CaseLevel;

  /** The level the case was raised at: a RETURN never sends it below. */
  @Field(() => CaseLevel, { description: '登记时的层级' })
  @Enum({ items: () => CaseLevel, type: 'string' })
  originLevel!: CaseLevel;

  @Field(() => String, { description: '当前办理层级的区划代码（网格、村 12 位，乡镇 9 位，县 6 位）' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => CaseStatus, { description: '办理状态' })
  @Enum({ items: () => CaseStatus, type: 'string' })
  status!: CaseStatus;

  @ManyToOne(() => Cadre, { nullable: true, index: true })
  responsible: Cadre | null = null;

  @Field(() => String, { description: '登记人' })
  @Property({ type: 'string', length: 64 })
  raisedBy!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  raisedByAccountId: string | null = null;

  @Field(() => Boolean, { description: '是否党员干部代群众登记（员代办）' })
  @Property({ type: 'boolean', default: false })
  onBehalf: Opt<boolean> = false;

  @Field(() => Date, { description: '登记时间' })
  @Property({ type: 'datetime' })
  raisedAt: Opt<Date> = new Date();

  @Field(() => Date, { description: '最近办理时间' })
  @Property({ type: 'datetime' })
  lastActivityAt: Opt<Date> = new Date();

  // The clock: written by case-clock.ts (applyClock) after every transition.
  @Field(() => CaseStage, { nullable: true, description: '当前时限环节（销号后为空）' })
  @Enum({ items: () => CaseStage, type: 'string', nullable: true })
  stage: CaseStage | null = null;

  @Field(() => Date, { nullable: true, description: '当前环节开始时间' })
  @Property({ type: 'datetime', nullable: true })
  stageStartedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '当前环节黄牌时限' })
  @Property({ type: 'datetime', nullable: true })
  yellowAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '当前环节红牌时限' })
  @Property({ type: 'datetime', nullable: true })
  redAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '办理期限（办理环节红牌时限）' })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => CaseAlert, { description: '预警' })
  @Enum({ items: () => CaseAlert, type: 'string', default: CaseAlert.NONE })
  alert: Opt<CaseAlert> = CaseAlert.NONE;

  @Field(() => Date, { nullable: true, description: '暂停计时开始时间（等待群众）' })
  @Property({ type: 'datetime', nullable: true })
  pausedAt: Date | null = null;

  @Field(() => Int, { description: '累计暂停的工作日数' })
  @Property({ type: 'integer', default: 0 })
  pausedWorkingDays: Opt<number> = 0;

  @Field(() => Int, { description: '已批准延期的工作日数' })
  @Property({ type: 'integer', default: 0 })
  extensionDays: Opt<number> = 0;

  // A pending 延期 request (Case.pendingExtension); cleared on approval or rejection.
  @Property({ type: 'integer', nullable: true })
  extensionRequestDays: number | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  extensionRequestReason: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  extensionRequestedBy: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  extensionRequestedAt: Date | null = null;

  // The outcome.
  @Field(() => CaseCloseType, { nullable: true, description: '办结类型' })
  @Enum({ items: () => CaseCloseType, type: 'string', nullable: true })
  closeType: CaseCloseType | null = null;

  @Field(() => String, { nullable: true, description: '办理结果' })
  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Field(() => SatisfactionRating, { nullable: true, description: '群众满意度' })
  @Enum({ items: () => SatisfactionRating, type: 'string', nullable: true })
  satisfaction: SatisfactionRating | null = null;

  @Field(() => String, { nullable: true, description: '群众反馈' })
  @Property({ type: 'string', length: 500, nullable: true })
  feedback: string | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间' })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '销号时间' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '群众可提出异议的截止时间' })
  @Property({ type: 'datetime', nullable: true })
  objectionUntil: Date | null = null;

  @Field(() => Int, { description: '上报次数' })
  @Property({ type: 'integer', default: 0 })
  escalationCount: Opt<number> = 0;

  @Field(() => Int, { description: '退回次数' })
  @Property({ type: 'integer', default: 0 })
  returnCount: Opt<number> = 0;

  @Field(() => Int, { description: '重新办理次数' })
  @Property({ type: 'integer', default: 0 })
  reopenCount: Opt<number> = 0;

  @Field(() => Int, { description: '版本号（乐观锁：每次办理操作须带上）' })
  declare version: number;
}
