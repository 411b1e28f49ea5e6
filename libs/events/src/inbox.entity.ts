import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** What a consumer did with an event it received. */
export enum InboxOutcome {
  /** A handler ran and its effect was committed with this row. */
  APPLIED = 'APPLIED',
  /** No handler for the type (an event this consumer does not use). */
  IGNORED = 'IGNORED',
  /** The handler refused it for good (a malformed payload): kept with the reason, not retried. */
  REJECTED = 'REJECTED',
}

/**
 * Every event id a consumer has taken, written in the transaction of its effect: a redelivered
 * event finds its id here and changes nothing.
 */
@Entity({ tableName: 'event_inbox' })
export class InboxEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 64 })
  producer!: string;

  @Property({ type: 'string', length: 100 })
  type!: string;

  @Enum({ items: () => InboxOutcome, type: 'string', length: 16 })
  outcome!: InboxOutcome;

  @Property({ type: 'string', length: 500, nullable: true })
  error: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  receivedAt: Date & Opt = new Date();
}

/** The consumer's table, for a service's entity list. */
export const inboxEntities = [InboxEvent];
