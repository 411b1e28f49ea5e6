import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
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

/** A meeting held in a village: forum, briefing, committee, assembly… */
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

  @Field(() => String, { description: '所在村的区划代码（12 位）' })
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  @Field(() => Date, { description: '会议时间' })
  @Property({ type: 'datetime' })
  date!: Date;

  @Field(() => String, { description: '会议名称' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  /** Governance's cadre id; exposed as `chair: Cadre`. */
  @Property({ type: 'uuid', nullable: true })
  chairCadreId: string | null = null;

  /** Exposed through MeetingResolver.minutes, which hides it from aggregate-only clients. */
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;
}

export const MeetingConnection = connectionType(Meeting, 'Meeting', '会议');
