import { Check, Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/** A village's fixed monthly forum day (固定说事日, seed 003), which proposes each month's forum date. */
@Entity({ tableName: 'meeting_forum_day' })
export class ForumDay {
  @Property({ type: 'string', length: 12, primary: true })
  villageCode!: string;

  // 1–28: every month has the day
  @Property({ type: 'smallint' })
  @Check({ name: 'meeting_forum_day_day_check', expression: '"day" >= 1 and "day" <= 28' })
  day!: number;

  @Property({ type: 'uuid' })
  updatedBy!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** The setting as a page shows it: the day in force (the village's own or the default) and the next forum date. */
@ObjectType('ForumDaySetting', { description: '村的固定说事日 / A village’s fixed monthly forum day' })
export class ForumDaySetting {
  @Field(() => String, { description: '村区划代码（12 位）' })
  villageCode!: string;

  @Field(() => Int, { description: '每月几日（1–28）' })
  day!: number;

  @Field(() => Boolean, { description: '是否为默认值（本村尚未设定）' })
  isDefault!: boolean;

  @Field(() => String, { description: '下一次说事会的建议日期（YYYY-MM-DD，今天或以后）' })
  nextDate!: string;
}
