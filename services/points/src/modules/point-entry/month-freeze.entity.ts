import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * A month frozen for a division and everything under it (its ranking published): the database refuses any
 * new ledger line booked to it there, and refuses to unfreeze it.
 */
@Entity({ tableName: 'point_month_freeze' })
export class PointMonthFreeze {
  @PrimaryKey({ type: 'string', length: 12 })
  divisionCode!: string;

  /** YYYY-MM, China time. */
  @PrimaryKey({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  frozenAt: Date & Opt = new Date();

  @Property({ type: 'uuid' })
  frozenBy!: string;
}
