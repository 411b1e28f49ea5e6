import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '@xiangzhi/testing';
import { OutboxRelay, addEvent, eventsEndpoint, type EventHandlers, type Subscriber } from '../src/index.js';
import { Effect, consumerDb, count, producerDb, sign, startReceiver, type Db, type Receiver } from './support.js';

let p: Db;
let c: Db;
let receiver: Receiver;
let points: Subscriber;

const handlers: EventHandlers = {
  NoteWritten: async (tx, e) => {
    tx.persist(tx.create(Effect, { eventId: e.id, value: String(e.payload.text) }));
    await tx.flush();
  },
};
const relayOf = (extra: Partial<ConstructorParameters<typeof OutboxRelay>[0]> = {}): OutboxRelay =>
  new OutboxRelay({
    em: p.em,
    producer: 'governance',
    subscribers: [points],
    sign,
    backoff: { baseMs: 200, maxMs: 1000 },
    ...extra,
  });

async function write(n: number, text = '走访'): Promise<string[]> {
  const em = p.em.fork();
  const ids = Array.from(
    { length: n },
    (_, i) => addEvent(em, { type: 'NoteWritten', payload: { text: `${text}${i}` } }).id,
  );
  await em.flush();
  return ids;
}
const pending = (): Promise<number> =>
  count(p.em, "select count(*) as n from event_delivery where subscriber = 'points' and delivered_at is null");
const effects = (): Promise<number> => count(c.em, 'select count(*) as n from effect');

beforeAll(async () => {
  [p, c] = await Promise.all([producerDb(), consumerDb()]);
  const endpoint = eventsEndpoint({ handlers });
  endpoint.attach(c.em);
  receiver = await startReceiver(endpoint);
  points = { name: 'points', url: receiver.url };
  await relayOf().registerSubscribers();
}, 30_000);
afterAll(async () => {
  await receiver?.close();
  await p?.close();
  await c?.close();
});
beforeEach(async () => {
  receiver.failWith = 0;
  receiver.received.length = 0;
  // each test counts its own events: whatever an earlier one left pending is settled
  await p.em.getConnection().execute('update event_delivery set delivered_at = now() where delivered_at is null');
  await c.em.getConnection().execute('truncate effect');
});

describe('relay', () => {
  it('POSTs signed batches in event order and marks each event delivered once the subscriber took it', async () => {
    const ids = await write(250);
    expect(await relayOf({ batchSize: 100 }).deliverDue(points)).toBe(250);
    expect(receiver.received).toEqual(ids);
    expect(await pending()).toBe(0);
    expect(await effects()).toBe(250);
  });

  it('retries a failed delivery later with a growing delay, keeping the reason, and delivers once the subscriber is back', async () => {
    const [id] = await write(1);
    receiver.failWith = 503;
    // a long first delay, so a slow machine cannot make the row due again within this test
    const relay = relayOf({ backoff: { baseMs: 20_000, maxMs: 60_000 } });
    expect(await relay.deliverDue(points)).toBe(1);
    const row = async () =>
      (
        await p.em
          .getConnection()
          .execute<{ attempts: number; wait_ms: number; last_error: string }[]>(
            `select attempts, (extract(epoch from next_attempt_at - now()) * 1000)::int as wait_ms, last_error from event_delivery where event_id = ?`,
            [id],
          )
      )[0]!;
    const first = await row();
    expect(first).toMatchObject({ attempts: 1, last_error: expect.stringContaining('HTTP 503') });
    expect(first.wait_ms).toBeGreaterThan(5_000);
    // not due yet: nothing is sent
    expect(await relay.deliverDue(points)).toBe(0);
    await p.em.getConnection().execute('update event_delivery set next_attempt_at = now() where event_id = ?', [id]);
    await relay.deliverDue(points);
    const second = await row();
    expect(second.attempts).toBe(2);
    expect(second.wait_ms).toBeGreaterThan(first.wait_ms);

    receiver.failWith = 0;
    await p.em.getConnection().execute('update event_delivery set next_attempt_at = now() where event_id = ?', [id]);
    await relay.deliverDue(points);
    expect(await pending()).toBe(0);
    expect(await effects()).toBe(1);
  });

  it('counts a subscriber that cannot be reached as a failure, not a crash', async () => {
    const [id] = await write(1);
    const nowhere = { name: 'points', url: `http://127.0.0.1:${await freePort()}/events` };
    expect(
      await relayOf({
        subscribers: [nowhere],
        requestTimeoutMs: 2000,
        backoff: { baseMs: 20_000, maxMs: 60_000 },
      }).deliverDue(nowhere),
    ).toBe(1);
    const [row] = await p.em
      .getConnection()
      .execute<{ attempts: number; last_error: string }[]>(
        'select attempts, last_error from event_delivery where event_id = ?',
        [id],
      );
    expect(row).toMatchObject({ attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED|fetch failed/) });
    await p.em.getConnection().execute('update event_delivery set next_attempt_at = now() where event_id = ?', [id]);
    await relayOf().deliverDue(points);
    expect(await pending()).toBe(0);
  });

  it('shares the work between several producer processes without sending an event twice (SKIP LOCKED)', async () => {
    const ids = await write(600);
    const relays = Array.from({ length: 4 }, () => relayOf({ batchSize: 25 }));
    const sent = await Promise.all(relays.map((r) => r.deliverDue(points)));
    expect(sent.reduce((a, b) => a + b, 0)).toBe(600);
    expect(sent.filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(receiver.received.length).toBe(600);
    expect(new Set(receiver.received)).toEqual(new Set(ids));
    expect(await effects()).toBe(600);
  });

  it('runs on its own once started: a committed event wakes it long before the next poll', async () => {
    const relay = relayOf({ pollIntervalMs: 60_000 });
    await relay.start();
    try {
      // the first loop pass has run; this commit must wake the sleeping loops
      await new Promise((r) => setTimeout(r, 300));
      const t0 = Date.now();
      await p.em.fork().transactional(async (tx) => {
        addEvent(tx, { type: 'NoteWritten', payload: { text: '夜访' } });
      });
      while ((await pending()) > 0 && Date.now() - t0 < 5_000) await new Promise((r) => setTimeout(r, 20));
      expect(await pending()).toBe(0);
      expect(Date.now() - t0).toBeLessThan(5_000);
    } finally {
      await relay.stop();
    }
  });
});
