import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * Every event points took (its id in the producer's outbox), with its payload, written in the transaction of
 * its inbox row: a month's totals can always be recomputed from these and the rule history. Never changed.
 */
@Entity({ tableName: 'point_event' })
export class PointEvent {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Property({ type: 'string', length: 64 })
  producer!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The day it happened in China (the month its points count in). */
  @Property({ type: 'date' })
  @Index()
  occurredOn!: string;

  /** When points took it (the rule book and the frozen months of that instant applied). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Index()
  receivedAt!: Date & Opt;
}
