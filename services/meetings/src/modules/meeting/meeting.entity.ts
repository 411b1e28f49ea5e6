import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity, connectionType } from '@xiangzhi/subgraph-kit';

/** Meeting kinds of the glossary (seeds 000, 001, 003). */
export enum MeetingKind {
  VILLAGERS_FORUM = 'VILLAGERS_FORUM',
  WEEKLY_BRIEFING = 'WEEKLY_BRIEFING',
  TOWNSHIP_REVIEW = 'TOWNSHIP_REVIEW',
  COMMITTEE = 'COMMITTEE',
  PARTY_ASSEMBLY = 'PARTY_ASSEMBLY',
  REPRESENTATIVES_ASSEMBLY = 'REPRESENTATIVES_ASSEMBLY',
  ANNUAL_REVIEW = 'ANNUAL_REVIEW',
}
registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  description: '会议类型 / Meeting kind',
  valuesConfig: {
    VILLAGERS_FORUM: { description: '主题党日 + 党群说事会（每月固定日）' },
    WEEKLY_BRIEFING: { description: '民情碰头会（村，每周）' },
    TOWNSHIP_REVIEW: { description: '民情例会 / 民情分析会（乡镇）' },
    COMMITTEE: { description: '两委会议' },
    PARTY_ASSEMBLY: { description: '党员大会' },
    REPRESENTATIVES_ASSEMBLY: { description: '村民代表会议 / 村民会议' },
    ANNUAL_REVIEW: { description: '组织生活会 / 双述双评' },
  },
});

/** Where a meeting stands: planned, noticed (notice published), held, or called off. */
export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  NOTICED = 'NOTICED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: '会议状态 / Meeting status',
  valuesConfig: {
    SCHEDULED: { description: '已安排（通知未发布）' },
    NOTICED: { description: '已发布通知' },
    HELD: { description: '已召开' },
    CANCELLED: { description: '已取消' },
  },
});

/** A meeting held in a village (or, for a township review, at the township): forum, briefing, committee… */
@Directive('@key(fields: "id")')
@ObjectType('Meeting', { description: '会议（说事会、碰头会、两委会议、党员大会等）/ Meeting held in a village' })
@Entity({ tableName: 'meeting' })
// the list reads are "villages under a prefix, newest first"
@Index({ properties: ['villageCode', 'date'] })
export class Meeting extends BaseEntity {
  // `declare`: the id value comes from BaseEntity; this only adds the GraphQL field
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  @Field(() => MeetingKind, { description: '会议类型' })
  @Enum({ items: () => MeetingKind, type: 'string' })
  kind!: MeetingKind;

  /** 12 digits; 9 for a township review held at the township (the column keeps its first name). */
  @Field(() => String, { description: '召开地的区划代码：村 12 位；乡镇民情例会可为乡镇 9 位' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => Date, { description: '会议时间' })
  @Property({ type: 'datetime' })
  date!: Date;

  @Field(() => String, { description: '会议名称' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => MeetingStatus, { description: '会议状态' })
  @Enum({ items: () => MeetingStatus, type: 'string', default: MeetingStatus.SCHEDULED })
  status: Opt<MeetingStatus> = MeetingStatus.SCHEDULED;

  @Field(() => String, { nullable: true, description: '会议地点' })
  @Property({ type: 'string', length: 100, nullable: true })
  place: string | null = null;

  @Field(() => String, { nullable: true, description: '会议通知正文（未填写时按会议信息生成）' })
  @Property({ type: 'text', nullable: true })
  noticeText: string | null = null;

  @Field(() => Date, { nullable: true, description: '通知最近一次发布的时间' })
  @Property({ type: 'datetime', nullable: true })
  noticePublishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '标记为已召开的时间' })
  @Property({ type: 'datetime', nullable: true })
  heldAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '取消原因' })
  @Property({ type: 'string', length: 200, nullable: true })
  cancelReason: string | null = null;

  @Field(() => Int, { description: '版本号（修改会议时带上，防止覆盖他人的修改）' })
  declare version: number;

  /** Governance's cadre id; exposed as `chair: Cadre`. */
  @Property({ type: 'uuid', nullable: true })
  chairCadreId: string | null = null;

  /** Exposed through MeetingResolver.minutes, which hides it from aggregate-only clients. */
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;
}

export const MeetingConnection = connectionType(Meeting, 'Meeting', '会议');
