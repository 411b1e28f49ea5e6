import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { eventBatchSchema, type BatchReceipt, type EventBatch, type EventEnvelope } from './event.js';
import { InboxOutcome } from './inbox.entity.js';
import type { EventLogger } from './relay.js';

/** Applies one event's effect with the transaction's EntityManager (the inbox row is already written in it). */
export type EventHandler = (tx: EntityManager, event: EventEnvelope, producer: string) => Promise<void>;
export type EventHandlers = Record<string, EventHandler>;

/** What a subscriber does with events. */
export interface EventConsumer {
  handlers: EventHandlers;
  /**
   * Runs once per transaction before the handlers, with the events new to the inbox: a place to
   * read or lock what the whole batch needs in a few statements instead of a few per event.
   */
  prepare?: (tx: EntityManager, events: EventEnvelope[], producer: string) => Promise<void>;
}

/** Thrown by a handler for an event it can never apply (a malformed payload): recorded, not retried. */
export class RejectedEventError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RejectedEventError';
  }
}

const ERROR_MAX = 500;
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, ERROR_MAX);

/**
 * Takes the events in `tx`: one insert records every id in the inbox (`on conflict do nothing`);
 * only the ids it returns are new, and only those reach a handler. A redelivered event therefore
 * changes nothing, also when two deliveries race (the second waits on the first's row lock).
 */
async function takeAll(
  tx: EntityManager,
  producer: string,
  events: EventEnvelope[],
  consumer: EventConsumer,
  outcome?: InboxOutcome,
): Promise<void> {
  const { handlers } = consumer;
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unique = sorted.filter((e, i) => i === 0 || sorted[i - 1]!.id !== e.id);
  if (!unique.length) return;
  const fresh = await tx.execute<{ event_id: string }[]>(
    `insert into event_inbox (event_id, producer, type, outcome, error)
     values ${unique.map(() => '(?, ?, ?, ?, ?)').join(', ')}
     on conflict (event_id) do nothing returning event_id`,
    unique.flatMap((e) => {
      const o = outcome ?? (handlers[e.type] ? InboxOutcome.APPLIED : InboxOutcome.IGNORED);
      return [e.id, producer, e.type, o, null];
    }),
  );
  if (outcome) return;
  const isFresh = new Set(fresh.map((r) => r.event_id));
  const todo = unique.filter((e) => handlers[e.type] && isFresh.has(e.id));
  if (todo.length && consumer.prepare) await consumer.prepare(tx, todo, producer);
  for (const event of todo) await handlers[event.type]!(tx, event, producer);
}

/**
 * Consumes one batch: all of it in one transaction (one commit per batch); when that fails, each
 * event in a transaction of its own, so one failing event does not hold the others back, and an
 * event its handler refuses for good is recorded as REJECTED (its partial work rolled back). Returns
 * the ids now durably taken (applied, ignored, rejected, or taken before) and the ones to retry.
 */
export async function consumeBatch(
  em: EntityManager,
  batch: EventBatch,
  consumer: EventConsumer,
  log?: EventLogger,
): Promise<BatchReceipt> {
  const ids = batch.events.map((e) => e.id);
  try {
    await em.fork().transactional((tx) => takeAll(tx, batch.producer, batch.events, consumer));
    return { processed: [...new Set(ids)], failed: [] };
  } catch (e) {
    if (!(e instanceof RejectedEventError))
      log?.warn({ err: e, events: ids.length }, 'event batch failed as a whole; taking its events one by one');
  }
  const receipt: BatchReceipt = { processed: [], failed: [] };
  for (const event of batch.events) {
    try {
      await em.fork().transactional((tx) => takeAll(tx, batch.producer, [event], consumer));
      receipt.processed.push(event.id);
    } catch (e) {
      if (e instanceof RejectedEventError) {
        await em.fork().transactional(async (tx) => {
          await takeAll(tx, batch.producer, [event], consumer, InboxOutcome.REJECTED);
          await tx.execute('update event_inbox set error = ? where event_id = ? and outcome = ?', [
            messageOf(e),
            event.id,
            InboxOutcome.REJECTED,
          ]);
        });
        log?.error({ eventId: event.id, type: event.type, reason: e.message }, 'event rejected for good');
        receipt.processed.push(event.id);
        continue;
      }
      log?.error({ err: e, eventId: event.id, type: event.type }, 'event failed; the producer will retry it');
      receipt.failed.push({ id: event.id, error: messageOf(e) });
    }
  }
  return receipt;
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(payload));
}

export interface EventsEndpoint {
  /** The signed POST route (`routes: { '/events': endpoint.route }`); the subgraph kit verifies the signature first. */
  route: (req: IncomingMessage, res: ServerResponse, body: string) => Promise<void>;
  /** Gives it the service's ORM once open (the kit's `beforeListen`) and its logger; until then it answers 503. */
  attach(em: EntityManager, log?: EventLogger): void;
}

/** A subscriber's `/events`: validates the batch, consumes it, answers with the receipt. */
export function eventsEndpoint(consumer: EventConsumer, log?: EventLogger): EventsEndpoint {
  let root: EntityManager | null = null;
  let logger = log;
  return {
    attach(em, attachedLog) {
      root = em;
      logger = attachedLog ?? logger;
    },
    async route(_req, res, body) {
      if (!root) return send(res, 503, { error: 'not ready' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return send(res, 400, { error: '请求体不是合法的 JSON' });
      }
      const batch = eventBatchSchema.safeParse(parsed);
      if (!batch.success)
        return send(res, 400, {
          error: '事件批次格式无效',
          issues: batch.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
        });
      send(res, 200, await consumeBatch(root, batch.data as EventBatch, consumer, logger));
    },
  };
}
