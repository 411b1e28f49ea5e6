import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import {
  InboxEvent,
  RejectedEventError,
  consumeBatch,
  eventsEndpoint,
  type EventBatch,
  type EventEnvelope,
  type EventHandlers,
} from '../src/index.js';
import { Effect, consumerDb, count, startReceiver, sign, type Db } from './support.js';

let c: Db;
/** Event id → how many more times its handler fails (after writing, so the write must roll back). */
const failures = new Map<string, number>();
const handlers: EventHandlers = {
  NoteWritten: async (tx, e) => {
    if (typeof e.payload.text !== 'string') throw new RejectedEventError('text 缺失');
    tx.persist(tx.create(Effect, { eventId: e.id, value: e.payload.text }));
    await tx.flush();
    const left = failures.get(e.id) ?? 0;
    if (left > 0) {
      failures.set(e.id, left - 1);
      throw new Error('database hiccup');
    }
  },
};
const event = (text: unknown = '走访', type = 'NoteWritten'): EventEnvelope => ({
  id: v7(),
  type,
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: { text },
});
const batch = (...events: EventEnvelope[]): EventBatch => ({ producer: 'governance', events });
const effects = (): Promise<number> => count(c.em, 'select count(*) as n from effect');

beforeAll(async () => {
  c = await consumerDb();
}, 30_000);
afterAll(async () => c?.close());
beforeEach(async () => {
  await c.em.getConnection().execute('truncate effect, event_inbox');
});

describe('inbox', () => {
  it('INBOX_SCHEMA_V1 creates exactly what the entity describes', async () => {
    expect((await c.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('applies an event once however often it is delivered, and says every copy was taken', async () => {
    const a = event();
    const b = event();
    expect(await consumeBatch(c.em, batch(a, b), { handlers })).toEqual({ processed: [a.id, b.id], failed: [] });
    expect(await consumeBatch(c.em, batch(b, a, a), { handlers })).toEqual({ processed: [b.id, a.id], failed: [] });
    expect(await effects()).toBe(2);
    const inbox = await c.em.fork().find(InboxEvent, {}, { orderBy: { eventId: 'asc' } });
    expect(inbox.map((r) => [r.eventId, r.producer, r.outcome])).toEqual([
      [a.id, 'governance', 'APPLIED'],
      [b.id, 'governance', 'APPLIED'],
    ]);
  });

  it('applies an event once when two deliveries of it arrive at the same time', async () => {
    const events = Array.from({ length: 40 }, () => event());
    const copies = await Promise.all(
      Array.from({ length: 6 }, () => consumeBatch(c.em, batch(...events), { handlers })),
    );
    for (const r of copies) expect(r.failed).toEqual([]);
    expect(await effects()).toBe(40);
  });

  it('does not let one failing event hold the rest of its batch back; the failed one is applied when redelivered', async () => {
    const [a, b, d] = [event(), event(), event()];
    // fails in the batch and again on its own: the other two are taken all the same
    failures.set(b.id, 2);
    const first = await consumeBatch(c.em, batch(a, b, d), { handlers });
    expect(first.processed).toEqual([a.id, d.id]);
    expect(first.failed).toEqual([{ id: b.id, error: 'database hiccup' }]);
    expect(await effects()).toBe(2);
    expect(await consumeBatch(c.em, batch(b), { handlers })).toEqual({ processed: [b.id], failed: [] });
    expect(await effects()).toBe(3);
  });

  it('records an event it can never apply as REJECTED with the reason, and one of an unknown type as IGNORED, both taken', async () => {
    const bad = event(42);
    const other = event('x', 'SomethingElse');
    const good = event();
    expect(await consumeBatch(c.em, batch(bad, other, good), { handlers })).toEqual({
      processed: [bad.id, other.id, good.id],
      failed: [],
    });
    const rows = await c.em.fork().find(InboxEvent, { eventId: { $in: [bad.id, other.id] } });
    expect(Object.fromEntries(rows.map((r) => [r.eventId, [r.outcome, r.error]]))).toEqual({
      [bad.id]: ['REJECTED', 'text 缺失'],
      [other.id]: ['IGNORED', null],
    });
    expect(await effects()).toBe(1);
  });

  it('runs prepare once per transaction with only the events new to the inbox and handled here', async () => {
    const seen: string[][] = [];
    const consumer = {
      handlers,
      prepare: async (_tx: unknown, evs: EventEnvelope[]) => {
        seen.push(evs.map((e) => e.id));
      },
    };
    const [a, b] = [event(), event()];
    await consumeBatch(c.em, batch(a), consumer);
    await consumeBatch(c.em, batch(a, b, event('x', 'SomethingElse')), consumer);
    expect(seen).toEqual([[a.id], [b.id]]);
  });

  it('answers a malformed batch with 400 and consumes nothing', async () => {
    const endpoint = eventsEndpoint({ handlers });
    endpoint.attach(c.em);
    const receiver = await startReceiver(endpoint);
    try {
      const post = (body: unknown) => {
        const text = JSON.stringify(body);
        return fetch(receiver.url, { method: 'POST', headers: sign({ body: text }), body: text });
      };
      const res = await post({ producer: 'governance', events: [{ ...event(), id: 'not-a-uuid' }] });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe('事件批次格式无效');
      expect((await post({ producer: 'governance', events: [event()] })).status).toBe(200);
      expect(await effects()).toBe(1);
    } finally {
      await receiver.close();
    }
  });
});
