import { Entity, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@xiangzhi/subgraph-kit';

/**
 * 村务公开: one village's published month. The figures are copied when published, so the public page
 * shows exactly what was approved (and reads one small table, nothing personal).
 */
@Entity({ tableName: 'transparency_month' })
@Unique({ properties: ['villageCode', 'month'] })
export class TransparencyMonth extends BaseEntity {
  @Property({ type: 'string', length: 12 })
  villageCode!: string;

  /** YYYY-MM, China time. */
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Property({ type: 'integer' })
  casesRaised!: number;

  @Property({ type: 'integer' })
  casesClosed!: number;

  @Property({ type: 'integer' })
  casesOnTime!: number;

  @Property({ type: 'integer' })
  casesRated!: number;

  @Property({ type: 'integer' })
  casesSatisfied!: number;

  @Property({ type: 'integer' })
  ordersDone!: number;

  @Property({ type: 'datetime' })
  publishedAt!: Date;

  /** The publisher's account (not shown on the public page). */
  @Property({ type: 'uuid' })
  publishedByAccountId!: string;
}
