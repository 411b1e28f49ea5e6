import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core';
import { v7 } from 'uuid';

/**
 * One event a service wrote in the transaction of the change it describes (transactional outbox).
 * Rows are never changed; what was delivered where is kept in `event_delivery`.
 */
@Entity({ tableName: 'event_outbox' })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = v7();

  /** The event's name, e.g. `VisitRecorded`. */
  @Property({ type: 'string', length: 100 })
  type!: string;

  /** Id of the thing that changed (a visit, a pairing), for tracing an event back. */
  @Property({ type: 'string', length: 64, nullable: true })
  aggregateId: string | null = null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}

/**
 * A subscriber the relay delivers to. The relay writes the configured list at start; a trigger on
 * `event_outbox` gives every new event one delivery row per active subscriber in the same
 * transaction, so the code writing an event needs no configuration.
 */
@Entity({ tableName: 'event_subscriber' })
export class EventSubscriber {
  @PrimaryKey({ type: 'string', length: 64 })
  name!: string;

  @Property({ type: 'string', length: 500 })
  url!: string;

  @Property({ type: 'boolean', default: true })
  active: boolean & Opt = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date & Opt = new Date();
}

/** Delivery of one event to one subscriber: pending until `deliveredAt`, retried with backoff. */
@Entity({ tableName: 'event_delivery' })
// the relay's claim: a subscriber's undelivered rows in event order
@Index({ name: 'event_delivery_pending_index', properties: ['subscriber', 'deliveredAt', 'event'] })
export class EventDelivery {
  [PrimaryKeyProp]?: ['event', 'subscriber'];

  @ManyToOne(() => OutboxEvent, { primary: true, fieldName: 'event_id', deleteRule: 'cascade', updateRule: 'cascade' })
  event!: OutboxEvent;

  @PrimaryKey({ type: 'string', length: 64 })
  subscriber!: string;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: 'integer', default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  nextAttemptAt: Date & Opt = new Date();

  @Property({ type: 'string', length: 500, nullable: true })
  lastError: string | null = null;
}

/** The producer's tables, for a service's entity list. */
export const outboxEntities = [OutboxEvent, EventSubscriber, EventDelivery];
