import type { EntityManager } from '@mikro-orm/core';
import { OutboxEvent } from './outbox.entity.js';

export interface NewEvent<P extends object = Record<string, unknown>> {
  type: string;
  aggregateId?: string | null;
  payload: P;
}

/**
 * Adds an event to the caller's unit of work: the same `em.flush()` (or transaction) that writes
 * the change writes the event, so both are committed or neither is. The relay delivers it later.
 */
export function addEvent<P extends object>(em: EntityManager, event: NewEvent<P>): OutboxEvent {
  const row = em.create(OutboxEvent, {
    type: event.type,
    aggregateId: event.aggregateId ?? null,
    payload: { ...event.payload } as Record<string, unknown>,
  });
  em.persist(row);
  return row;
}
