import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, connectionType } from '@xiangzhi/subgraph-kit';
import {
  DeliberationFailureAction,
  DeliberationOutcome,
  DeliberationStatus,
  DeliberationStep,
} from './deliberation.enums.js';

/** A major public matter (公共重大事项) decided by 四议两公开 in one village. */
@ObjectType('Deliberation', { description: '“四议两公开”事项 / A major public matter decided in six steps' })
@Entity({ tableName: 'deliberation' })
// the tracker lists a region's matters, newest first
@Index({ properties: ['villageCode', 'createdAt'] })
// one matter under way per forum item; an ended one may be opened anew
@Index({
  name: 'deliberation_agenda_item_id_open_unique',
  expression:
    'create unique index "deliberation_agenda_item_id_open_unique" on "deliberation" ("agenda_item_id") ' +
    `where "status" <> 'ENDED'`,
})
export class Deliberation extends BaseEntity {
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  @Field(() => String, { description: '所在村的区划代码（12 位）' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => String, { description: '事项名称' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  /** The forum item (track MAJOR_PUBLIC) it was opened for; one open deliberation per item. */
  @Field(() => ID, { nullable: true, description: '来源的说事会事项编号（公共重大事项）；单独发起时为空' })
  @Property({ type: 'uuid', nullable: true })
  agendaItemId: string | null = null;

  @Field(() => DeliberationStatus, { description: '办理状态' })
  @Enum({ items: () => DeliberationStatus, type: 'string' })
  status: Opt<DeliberationStatus> = DeliberationStatus.IN_PROGRESS;

  @Field(() => DeliberationStep, { nullable: true, description: '当前（下一个待办）环节；已终止或已完成时为空' })
  @Enum({ items: () => DeliberationStep, type: 'string', nullable: true })
  currentStep: Opt<DeliberationStep> | null = DeliberationStep.PARTY_PROPOSAL;

  @Field(() => String, { description: '发起人（账号名）' })
  @Property({ type: 'string', length: 64 })
  openedBy!: string;

  @Field(() => Date, { description: '发起时间' })
  declare createdAt: Date;

  @Field(() => Int, { description: '版本号：修改时原样带回，防止覆盖他人的修改' })
  declare version: number;
}

export const DeliberationConnection = connectionType(Deliberation, 'Deliberation', '“四议两公开”事项');

/** One entry of a deliberation's history: a step taken (a vote or a notice), and what followed a failure. */
@ObjectType('DeliberationRecord', { description: '“四议两公开”办理记录（一个环节的表决或公开）' })
@Entity({ tableName: 'deliberation_record' })
@Index({ properties: ['deliberation'] })
export class DeliberationRecord extends BaseEntity {
  @Field(() => ID, { description: '编号' })
  declare id: string;

  @ManyToOne(() => Deliberation, { ref: true, deleteRule: 'cascade' })
  deliberation!: Ref<Deliberation>;

  @Field(() => DeliberationStep, { description: '环节' })
  @Enum({ items: () => DeliberationStep, type: 'string' })
  step!: DeliberationStep;

  @Field(() => DeliberationOutcome, { description: '结果' })
  @Enum({ items: () => DeliberationOutcome, type: 'string' })
  outcome!: DeliberationOutcome;

  /** When the step happened: the meeting's time, or the first day a notice was posted (Beijing midnight). */
  @Field(() => Date, { description: '日期：会议时间，或公示开始日' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: '表决所在的会议编号（公开环节为空）' })
  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;

  @Field(() => Int, { nullable: true, description: '应到人数' })
  @Property({ type: 'integer', nullable: true })
  expectedCount: number | null = null;

  @Field(() => Int, { nullable: true, description: '实到人数' })
  @Property({ type: 'integer', nullable: true })
  presentCount: number | null = null;

  @Field(() => Int, { nullable: true, description: '赞成票' })
  @Property({ type: 'integer', nullable: true })
  votesFor: number | null = null;

  @Field(() => Int, { nullable: true, description: '反对票' })
  @Property({ type: 'integer', nullable: true })
  votesAgainst: number | null = null;

  @Field(() => Int, { nullable: true, description: '弃权票' })
  @Property({ type: 'integer', nullable: true })
  votesAbstain: number | null = null;

  /** The rule in force when the step was recorded: a later change of the settings does not rewrite history. */
  @Field(() => String, { description: '记录时适用的规则（到会和通过比例，或最短公示天数）' })
  @Property({ type: 'string', length: 200 })
  rule!: string;

  @Field(() => String, { nullable: true, description: '公示内容' })
  @Property({ type: 'text', nullable: true })
  noticeText: string | null = null;

  @Field(() => String, { nullable: true, description: '公示开始日（YYYY-MM-DD）' })
  @Property({ type: 'date', nullable: true })
  postedFrom: string | null = null;

  @Field(() => String, { nullable: true, description: '公示截止日（YYYY-MM-DD）' })
  @Property({ type: 'date', nullable: true })
  postedTo: string | null = null;

  @Field(() => DeliberationFailureAction, { nullable: true, description: '未通过后的处理：终止或退回' })
  @Enum({ items: () => DeliberationFailureAction, type: 'string', nullable: true })
  failureAction: DeliberationFailureAction | null = null;

  @Field(() => DeliberationStep, { nullable: true, description: '退回到的环节' })
  @Enum({ items: () => DeliberationStep, type: 'string', nullable: true })
  returnedTo: DeliberationStep | null = null;

  @Field(() => String, { nullable: true, description: '终止或退回的理由' })
  @Property({ type: 'string', length: 500, nullable: true })
  failureReason: string | null = null;

  @Field(() => String, { nullable: true, description: '决定终止或退回的人（账号名）' })
  @Property({ type: 'string', length: 64, nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '决定终止或退回的时间' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** A later return re-opened this step: the record stays in the history but no longer counts. */
  @Field(() => Boolean, { description: '是否已被退回重办（仍保留在记录中，但不再有效）' })
  @Property({ type: 'boolean' })
  superseded: Opt<boolean> = false;

  @Field(() => String, { description: '记录人（账号名）' })
  @Property({ type: 'string', length: 64 })
  recordedBy!: string;

  @Field(() => Date, { description: '记录时间' })
  declare createdAt: Date;
}
