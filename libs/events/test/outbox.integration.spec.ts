import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { OutboxEvent, OutboxRelay, addEvent } from '../src/index.js';
import { Note, count, producerDb, sign, type Db } from './support.js';

let p: Db;
beforeAll(async () => {
  p = await producerDb();
}, 30_000);
afterAll(async () => p?.close());

describe('outbox', () => {
  it('OUTBOX_SCHEMA_V1 creates exactly what the entities describe', async () => {
    expect((await p.orm.schema.getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  });

  it('writes the event in the same flush as the change, and neither when the transaction fails', async () => {
    const em = p.em.fork();
    const id = v7();
    em.persist(em.create(Note, { id, text: '走访' }));
    const event = addEvent(em, { type: 'NoteWritten', aggregateId: id, payload: { text: '走访' } });
    await em.flush();
    const stored = await p.em.fork().findOneOrFail(OutboxEvent, event.id);
    expect(stored).toMatchObject({ type: 'NoteWritten', aggregateId: id, payload: { text: '走访' } });

    const failed = v7();
    await expect(
      p.em.fork().transactional(async (tx) => {
        tx.persist(tx.create(Note, { id: failed, text: '失败' }));
        addEvent(tx, { type: 'NoteWritten', aggregateId: failed, payload: {} });
        await tx.flush();
        throw new Error('the change fails after the flush');
      }),
    ).rejects.toThrow('the change fails');
    expect(await count(p.em, 'select count(*) as n from event_outbox where aggregate_id = ?', [failed])).toBe(0);
    expect(await count(p.em, 'select count(*) as n from note where id = ?', [failed])).toBe(0);
  });

  it('gives every event one pending delivery per active subscriber, from the moment the subscriber is registered', async () => {
    const relay = new OutboxRelay({
      em: p.em,
      producer: 'test',
      sign,
      subscribers: [
        { name: 'points', url: 'http://127.0.0.1:9/events' },
        { name: 'meetings', url: 'http://127.0.0.1:9/events' },
      ],
    });
    await relay.registerSubscribers();
    const em = p.em.fork();
    const events = Array.from({ length: 3 }, (_, i) => addEvent(em, { type: 'NoteWritten', payload: { i } }));
    await em.flush();
    const rows = await p.em
      .getConnection()
      .execute<{ event_id: string; subscriber: string; delivered_at: Date | null }[]>(
        'select event_id, subscriber, delivered_at from event_delivery where event_id in (?) order by event_id, subscriber',
        [events.map((e) => e.id)],
      );
    expect(rows.map((r) => [r.event_id, r.subscriber, r.delivered_at])).toEqual(
      events.flatMap((e) => [
        [e.id, 'meetings', null],
        [e.id, 'points', null],
      ]),
    );

    // configuration is the truth: a subscriber no longer configured gets nothing new
    await new OutboxRelay({
      em: p.em,
      producer: 'test',
      sign,
      subscribers: [{ name: 'points', url: 'http://127.0.0.1:9/events' }],
    }).registerSubscribers();
    const later = addEvent(em, { type: 'NoteWritten', payload: {} });
    await em.flush();
    expect(await count(p.em, 'select count(*) as n from event_delivery where event_id = ?', [later.id])).toBe(1);
  });
});
