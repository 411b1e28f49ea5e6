import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { v7 } from 'uuid';
import { Cadre } from '../cadre/index.js';
import { Case } from './case.entity.js';
import { CaseStage } from './case.enums.js';

export enum CaseReminderKind {
  BEFORE_YELLOW = 'BEFORE_YELLOW',
  BEFORE_RED = 'BEFORE_RED',
}
registerEnumType(CaseReminderKind, {
  name: 'CaseReminderKind',
  description: '提醒类别 / Reminder kind',
  valuesConfig: {
    BEFORE_YELLOW: { description: '距黄牌预警还剩 1 个工作日' },
    BEFORE_RED: { description: '距红牌超期还剩 1 个工作日' },
  },
});

/** 到期提醒: one working day before a limit the responsible cadre is reminded, once per limit. */
@ObjectType('CaseReminder', { description: '办理时限提醒 / Case deadline reminder' })
@Entity({ tableName: 'case_reminder' })
@Unique({ properties: ['case', 'stage', 'kind', 'dueAt'] })
@Index({ properties: ['cadre', 'createdAt'] })
export class CaseReminder {
  @Field(() => ID, { description: '编号' })
  @PrimaryKey({ type: 'uuid' })
  id: string = v7();

  @ManyToOne(() => Case)
  case!: Case;

  @ManyToOne(() => Cadre)
  cadre!: Cadre;

  @Field(() => CaseStage, { description: '时限环节' })
  @Enum({ items: () => CaseStage, type: 'string' })
  stage!: CaseStage;

  @Field(() => CaseReminderKind, { description: '提醒类别' })
  @Enum({ items: () => CaseReminderKind, type: 'string' })
  kind!: CaseReminderKind;

  @Field(() => Date, { description: '到期时间' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { description: '提醒时间' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true, description: '已读时间' })
  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}
