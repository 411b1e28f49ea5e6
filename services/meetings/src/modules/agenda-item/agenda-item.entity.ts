import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Meeting } from '../meeting/index.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, connectionType } from '@xiangzhi/subgraph-kit';

/** The three lists of seed 003: who decides an item and how. */
export enum AgendaTrack {
  VILLAGE = 'VILLAGE',
  MAJOR_PUBLIC = 'MAJOR_PUBLIC',
  HIGHER_LEVEL = 'HIGHER_LEVEL',
}
registerEnumType(AgendaTrack, {
  name: 'AgendaTrack',
  description: '说事事项分类 / Track of a forum item',
  valuesConfig: {
    VILLAGE: { description: '村级自办事项（两委会议研究，限期办理）' },
    MAJOR_PUBLIC: { description: '村级公共重大事项（按“四议两公开”决策）' },
    HIGHER_LEVEL: { description: '上级单位协调办理事项（报镇党委研究）' },
  },
});

/** 说事、问事、办事、评事: derived from the item's record, never set by hand. */
export enum AgendaItemStatus {
  RAISED = 'RAISED',
  INQUIRED = 'INQUIRED',
  HANDLED = 'HANDLED',
  EVALUATED = 'EVALUATED',
}
registerEnumType(AgendaItemStatus, {
  name: 'AgendaItemStatus',
  description: '事项环节 / Stage of a forum item',
  valuesConfig: {
    RAISED: { description: '说事：已在说事会登记' },
    INQUIRED: { description: '问事：两委会议已研究并作出决定' },
    HANDLED: { description: '办事：对应的民情事项已办结（已办结、已评价或已销号）' },
    EVALUATED: { description: '评事：已在年度评议（双述双评）中测评' },
  },
});

/** Governance's case kinds (问题类、诉求类…), under a name of this subgraph. */
export enum AgendaMatterKind {
  PROBLEM = 'PROBLEM',
  DEMAND = 'DEMAND',
  PETITION = 'PETITION',
  SUGGESTION = 'SUGGESTION',
}
registerEnumType(AgendaMatterKind, {
  name: 'AgendaMatterKind',
  description: '事项类别 / Kind of matter',
  valuesConfig: {
    PROBLEM: { description: '问题类' },
    DEMAND: { description: '诉求类' },
    PETITION: { description: '信访类' },
    SUGGESTION: { description: '建议类' },
  },
});

export enum AgendaDomain {
  INDUSTRY = 'INDUSTRY',
  LIVELIHOOD = 'LIVELIHOOD',
  GOVERNANCE = 'GOVERNANCE',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  CADRE_CONDUCT = 'CADRE_CONDUCT',
}
registerEnumType(AgendaDomain, {
  name: 'AgendaDomain',
  description: '事项领域 / Domain of a matter',
  valuesConfig: {
    INDUSTRY: { description: '产业发展' },
    LIVELIHOOD: { description: '民生保障' },
    GOVERNANCE: { description: '基层治理' },
    INFRASTRUCTURE: { description: '基础设施' },
    CADRE_CONDUCT: { description: '干部作风' },
  },
});

/** The case's status as governance last reported it (CaseStatusChanged). */
export enum AgendaCaseStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  ESCALATED = 'ESCALATED',
  RETURNED = 'RETURNED',
  SUSPENDED = 'SUSPENDED',
  RESOLVED = 'RESOLVED',
  CONFIRMED = 'CONFIRMED',
  CLOSED = 'CLOSED',
}
registerEnumType(AgendaCaseStatus, {
  name: 'AgendaCaseStatus',
  description: '对应民情事项的办理状态（来自 governance 的事件）/ Status of the item’s case',
  valuesConfig: {
    REPORTED: { description: '已登记，待受理' },
    ACCEPTED: { description: '已受理，待交办' },
    ASSIGNED: { description: '已交办，待办理' },
    IN_PROGRESS: { description: '办理中' },
    ESCALATED: { description: '已上报上一级' },
    RETURNED: { description: '上级退回' },
    SUSPENDED: { description: '等待群众（计时暂停）' },
    RESOLVED: { description: '已办结，待群众反馈' },
    CONFIRMED: { description: '群众已评价，待销号' },
    CLOSED: { description: '已销号' },
  },
});

/** A satisfaction rating: the villager's at close-out, or an attendee's at the annual review. */
export enum AgendaRating {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}
registerEnumType(AgendaRating, {
  name: 'AgendaRating',
  description: '满意度 / Satisfaction rating',
  valuesConfig: {
    SATISFIED: { description: '满意' },
    BASICALLY_SATISFIED: { description: '基本满意' },
    DISSATISFIED: { description: '不满意' },
  },
});

/** Case statuses that count as handled (办结): resolved, rated, or closed out. */
export const HANDLED_CASE_STATUSES: readonly AgendaCaseStatus[] = [
  AgendaCaseStatus.RESOLVED,
  AgendaCaseStatus.CONFIRMED,
  AgendaCaseStatus.CLOSED,
];

/** 说事会事项: raised at a villagers' forum, decided by the committee, handled as a case, rated at year end. */
@ObjectType('AgendaItem', { description: '说事会事项 / Item raised at a villagers’ forum' })
@Entity({ tableName: 'agenda_item' })
@Index({ properties: ['meetingId'] })
@Index({ properties: ['villageCode', 'forumOn'] })
@Index({ properties: ['caseId'] })
export class AgendaItem extends BaseEntity {
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  @Field(() => Int, { description: '版本号（修改分类、记录决定时回传，防止覆盖他人的修改）' })
  declare version: number;

  @Field(() => ID, { description: '说事会（会议编号）' })
  @ManyToOne(() => Meeting, { mapToPk: true, fieldName: 'meeting_id', deleteRule: 'cascade' })
  meetingId!: string;

  @Field(() => String, { description: '所在村的区划代码（12 位）' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => String, { description: '说事日（说事会当天，北京时间 YYYY-MM-DD）' })
  @Property({ type: 'string', length: 10 })
  forumOn!: string;

  @Field(() => AgendaTrack, { description: '分类：村级自办、公共重大、上级协调' })
  @Enum({ items: () => AgendaTrack, type: 'string' })
  track!: AgendaTrack;

  @Field(() => String, { description: '事项（1–100 字）' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { description: '群众反映的内容（1–2000 字）' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => AgendaMatterKind, { description: '类别' })
  @Enum({ items: () => AgendaMatterKind, type: 'string' })
  kind!: AgendaMatterKind;

  @Field(() => AgendaDomain, { description: '领域' })
  @Enum({ items: () => AgendaDomain, type: 'string' })
  domain!: AgendaDomain;

  @Field(() => String, { nullable: true, description: '说事群众的姓名（至多 20 字）' })
  @Property({ type: 'string', length: 20, nullable: true })
  raisedByName: string | null = null;

  @Field(() => ID, { nullable: true, description: '说事群众所在农户' })
  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  /** Exposed as `raisedByCadre: Cadre`. */
  @Property({ type: 'uuid', nullable: true })
  raisedByCadreId: string | null = null;

  @Property({ type: 'uuid' })
  raisedByAccountId!: string;

  @Field(() => ID, { nullable: true, description: '登记时要求关联的已有民情事项' })
  @Property({ type: 'uuid', nullable: true })
  linkCaseId: string | null = null;

  @Field(() => String, { description: '两委会议决定的截止日（说事日后 3 日）' })
  @Property({ type: 'string', length: 10 })
  decisionDueOn!: string;

  @Field(() => String, { nullable: true, description: '两委会议决定的日期' })
  @Property({ type: 'string', length: 10, nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: '两委会议的决定（至多 500 字）' })
  @Property({ type: 'text', nullable: true })
  decision: string | null = null;

  @Field(() => String, { nullable: true, description: '限期办理的期限' })
  @Property({ type: 'string', length: 10, nullable: true })
  dueOn: string | null = null;

  @Field(() => String, { nullable: true, description: '责任人（至多 20 字）' })
  @Property({ type: 'string', length: 20, nullable: true })
  responsibleName: string | null = null;

  // the case's projection: written by governance's events only, never with a version bump
  @Field(() => ID, { nullable: true, description: '对应的民情事项（governance）；尚未建立时为空' })
  @Property({ type: 'uuid', nullable: true })
  caseId: string | null = null;

  @Field(() => AgendaCaseStatus, { nullable: true, description: '民情事项的当前状态（最近一次事件）' })
  @Enum({ items: () => AgendaCaseStatus, type: 'string', nullable: true })
  caseStatus: AgendaCaseStatus | null = null;

  @Field(() => AgendaRating, { nullable: true, description: '群众对民情事项的评价（销号时）' })
  @Enum({ items: () => AgendaRating, type: 'string', nullable: true })
  caseSatisfaction: AgendaRating | null = null;

  /** The case version the projection holds: an event with a lower or equal one changes nothing. */
  @Property({ type: 'integer', nullable: true })
  caseVersion: number | null = null;

  @Field(() => Date, { nullable: true, description: '民情事项状态最近一次变化的时间' })
  @Property({ type: 'datetime', nullable: true })
  caseChangedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'governance 未能建立或关联民情事项的原因' })
  @Property({ type: 'string', length: 200, nullable: true })
  caseRefusal: string | null = null;

  // the annual review's tally, recounted from agenda_item_rating on every rating
  @Property({ type: 'integer', default: 0 })
  ratedSatisfied: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  ratedBasically: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  ratedDissatisfied: Opt<number> = 0;
}

export const AgendaItemConnection = connectionType(AgendaItem, 'AgendaItem', '说事会事项');

/** One attendee's rating of one item at an annual review (双述双评); a second rating replaces the first. */
@Entity({ tableName: 'agenda_item_rating' })
@Unique({ name: 'agenda_item_rating_rater_unique', properties: ['agendaItemId', 'reviewMeetingId', 'raterAccountId'] })
export class AgendaItemRating extends BaseEntity {
  @ManyToOne(() => AgendaItem, { mapToPk: true, fieldName: 'agenda_item_id', deleteRule: 'cascade' })
  agendaItemId!: string;

  @ManyToOne(() => Meeting, { mapToPk: true, fieldName: 'review_meeting_id', deleteRule: 'cascade' })
  reviewMeetingId!: string;

  @Property({ type: 'uuid' })
  raterAccountId!: string;

  @Enum({ items: () => AgendaRating, type: 'string' })
  rating!: AgendaRating;
}
