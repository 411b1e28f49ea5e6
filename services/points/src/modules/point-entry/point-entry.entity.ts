import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity, connectionType } from '@xiangzhi/subgraph-kit';

/**
 * One line of the points ledger (党员积分). Append-only: nothing updates or deletes a line (a
 * database trigger refuses it); a correction is a new line with the opposite points.
 */
@Directive('@key(fields: "id")')
@ObjectType('PointEntry', {
  description: '积分记录（台账只增不改，更正以一条新记录冲销）/ Entry of the append-only points ledger',
})
@Entity({ tableName: 'point_entry' })
// Cadre.points and its entries: one cadre's lines, newest first
@Index({ properties: ['cadreId', 'occurredAt'] })
// leaderboards: every line under a division prefix
@Index({ properties: ['divisionCode'] })
// a month's lines of a division (rankings, recompute)
@Index({ properties: ['bookedMonth', 'divisionCode'] })
// an event awards a cadre once, whatever the inbox says (a second line of defence)
@Unique({ name: 'point_entry_event_id_cadre_id_unique', properties: ['eventId', 'cadreId'] })
export class PointEntry extends BaseEntity {
  // `declare`: the id value comes from BaseEntity; this only adds the GraphQL field
  @Field(() => ID, { description: '编号（UUIDv7）' })
  declare id: string;

  /** Governance's cadre id; exposed as `cadre: Cadre`. */
  @Property({ type: 'uuid' })
  cadreId!: string;

  @Field(() => String, { description: '记分时党员干部所在的村（12 位）或乡镇（9 位）区划代码' })
  @Property({ type: 'string', length: 12 })
  divisionCode!: string;

  @Field(() => Int, { description: '分值；扣分为负数' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => String, { description: '记分事由' })
  @Property({ type: 'string', length: 200 })
  reason!: string;

  @Field(() => Date, { description: '事项发生时间' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** Account that recorded the line (audit); not exposed. A line awarded by an event names SYSTEM_ACCOUNT_ID. */
  @Property({ type: 'uuid' })
  createdBy!: string;

  /** The event that awarded the line (its id in the producer's outbox); null for a line recorded by hand. */
  @Field(() => ID, { nullable: true, description: '来源事件编号（走访、结对等事件自动记分时）；手工记分为空' })
  @Property({ type: 'uuid', nullable: true })
  eventId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: '来源事件类型（如 VisitRecorded 走访、PairingStarted 结对）；手工记分为空',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  eventType: string | null = null;

  /** What the event's rule gave before the monthly cap cut it; null for a line recorded by hand. */
  @Property({ type: 'integer', nullable: true })
  rulePoints: number | null = null;

  /**
   * The month (YYYY-MM, China time) the line counts in: the month it happened, or, when that month was already
   * frozen (its ranking published), the first open month after it. Set by the database when not given.
   */
  @Field(() => String, {
    description: '记入月份（YYYY-MM，北京时间）：通常为发生月份；该月已发布冻结时记入其后第一个未冻结的月份',
  })
  @Property({ type: 'string', length: 7 })
  bookedMonth!: string;

  /** The earlier line this one corrects (reverses), if it is a correction. */
  @Field(() => ID, { nullable: true, description: '本条所更正（冲销）的原积分记录编号；不是更正记录时为空' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  correctsEntryId: string | null = null;
}

export const PointEntryConnection = connectionType(PointEntry, 'PointEntry', '积分记录');
