import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { v7 } from 'uuid';
import { Case } from './case.entity.js';
import { CaseLevel, CaseSource, CaseStatus } from './case.enums.js';

/** One step in a case's life: who did what, when and why (append-only). */
@ObjectType('CaseTimelineEntry', { description: '办理记录 / Case timeline entry' })
@Entity({ tableName: 'case_timeline_entry' })
@Index({ properties: ['case', 'at'] })
export class CaseTimelineEntry {
  @Field(() => ID, { description: '编号' })
  @PrimaryKey({ type: 'uuid' })
  id: string = v7();

  @ManyToOne(() => Case)
  case!: Case;

  @Field(() => String, {
    description: '操作：CaseAction 之一，或 RAISED、ALERT_YELLOW、ALERT_RED、REMINDED、LINKED、OBJECTED',
  })
  @Property({ type: 'string', length: 24 })
  action!: string;

  @Field(() => CaseStatus, { nullable: true, description: '操作前状态' })
  @Enum({ items: () => CaseStatus, type: 'string', nullable: true })
  fromStatus: CaseStatus | null = null;

  @Field(() => CaseStatus, { nullable: true, description: '操作后状态' })
  @Enum({ items: () => CaseStatus, type: 'string', nullable: true })
  toStatus: CaseStatus | null = null;

  @Field(() => CaseLevel, { nullable: true, description: '操作前层级' })
  @Enum({ items: () => CaseLevel, type: 'string', nullable: true })
  fromLevel: CaseLevel | null = null;

  @Field(() => CaseLevel, { nullable: true, description: '操作后层级' })
  @Enum({ items: () => CaseLevel, type: 'string', nullable: true })
  toLevel: CaseLevel | null = null;

  @Field(() => String, { nullable: true, description: '操作人（系统操作为空）' })
  @Property({ type: 'string', length: 64, nullable: true })
  actorName: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId: string | null = null;

  @Field(() => Date, { description: '时间' })
  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  @Field(() => String, { nullable: true, description: '理由或说明' })
  @Property({ type: 'string', length: 2000, nullable: true })
  reason: string | null = null;
}

/** A record (visit, patrol check-in, service order, …) linked to a case: the case it raised or a duplicate's. */
@Entity({ tableName: 'case_link' })
@Index({ properties: ['source', 'sourceId'] })
export class CaseLink {
  @PrimaryKey({ type: 'uuid' })
  id: string = v7();

  @ManyToOne(() => Case, { index: true })
  case!: Case;

  @Enum({ items: () => CaseSource, type: 'string' })
  source!: CaseSource;

  @Property({ type: 'uuid' })
  sourceId!: string;

  @Property({ type: 'datetime' })
  linkedAt: Opt<Date> = new Date();
}
