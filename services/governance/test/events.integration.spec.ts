import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent, OutboxRelay } from '@xiangzhi/events';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, ids, TOWN_A, VILLAGE_A1 } from './fixture.js';
import { expectError, ok, tokensFor, type Person } from './territory.support.js';

const RECORD = 'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }';
const PAIR =
  'mutation($c: ID!, $h: ID!, $on: String) { pairHousehold(input: { cadreId: $c, householdId: $h, startedOn: $on }) { id } }';
const END =
  'mutation($id: ID!, $on: String!, $r: String!) { endPairing(input: { id: $id, endedOn: $on, reason: $r }) { id } }';

let h: Harness;
let t: Record<Person, string>;

const events = (aggregateId: string): Promise<OutboxEvent[]> =>
  h.subgraph.orm.em.fork().find(OutboxEvent, { aggregateId }, { orderBy: { id: 'asc' } });
const eventCount = async (): Promise<number> => h.subgraph.orm.em.fork().count(OutboxEvent, {});

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  // a subscriber as the relay registers it at start: every new event gets a delivery row for it
  await new OutboxRelay({
    em: h.subgraph.orm.em,
    producer: 'governance',
    subscribers: [{ name: 'points', url: 'http://127.0.0.1:4003/events' }],
    sign: () => ({}),
  }).registerSubscribers();
});
afterAll(async () => h?.stop());

describe('governance events (written in the transaction of the change)', () => {
  it('a recorded visit writes VisitRecorded with its cadres and their divisions, pending for each subscriber', async () => {
    const { recordVisit } = ok(
      await h.gql<{ recordVisit: { id: string } }>(
        RECORD,
        {
          i: {
            householdId: householdId(0, 0),
            visitedOn: '2026-11-05',
            method: 'IN_PERSON',
            living: '住房安全',
            cadreIds: [ids.cadreA1, ids.cadreTown],
          },
        },
        t.secA1,
      ),
    );
    const [event, ...more] = await events(recordVisit.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ type: 'VisitRecorded', aggregateId: recordVisit.id });
    expect(event!.payload).toEqual({
      visitId: recordVisit.id,
      householdId: householdId(0, 0),
      villageCode: VILLAGE_A1,
      visitedOn: '2026-11-05',
      method: 'IN_PERSON',
      cadres: expect.arrayContaining([
        { cadreId: ids.cadreA1, divisionCode: VILLAGE_A1 },
        { cadreId: ids.cadreTown, divisionCode: TOWN_A },
      ]),
    });
    const deliveries = await h.subgraph.orm.em
      .getConnection()
      .execute<{ subscriber: string; delivered_at: Date | null }[]>(
        'select subscriber, delivered_at from event_delivery where event_id = ?',
        [event!.id],
      );
    expect(deliveries).toEqual([{ subscriber: 'points', delivered_at: null }]);
  });

  it('a refused visit writes no event', async () => {
    const before = await eventCount();
    expectError(
      await h.gql(
        RECORD,
        { i: { householdId: householdId(0, 1), visitedOn: '2099-01-01', method: 'IN_PERSON', living: '好' } },
        t.cadreA1,
      ),
      'VISIT_VISITED_ON_INVALID',
      'visitedOn',
    );
    // the household belongs to another village: refused after the transaction began
    expect(
      (
        await h.gql(
          RECORD,
          { i: { householdId: householdId(2, 1), method: 'IN_PERSON', living: '好', cadreIds: [ids.cadreA1] } },
          t.secA1,
        )
      ).errors,
    ).toBeDefined();
    expect(await eventCount()).toBe(before);
  });

  it('pairing writes PairingStarted, ending it PairingEnded with the end date; a refused pairing writes nothing', async () => {
    const { pairHousehold } = ok(
      await h.gql<{ pairHousehold: { id: string } }>(
        PAIR,
        { c: ids.cadreA1, h: householdId(0, 6), on: '2026-11-02' },
        t.secA1,
      ),
    );
    const before = await eventCount();
    expectError(await h.gql(PAIR, { c: ids.cadreA1, h: householdId(0, 6) }, t.secA1), 'ALREADY_PAIRED', 'householdId');
    expect(await eventCount()).toBe(before);
    ok(await h.gql(END, { id: pairHousehold.id, on: '2026-11-20', r: '农户迁出' }, t.secA1));
    const pairing = {
      pairingId: pairHousehold.id,
      cadreId: ids.cadreA1,
      cadreDivisionCode: VILLAGE_A1,
      householdId: householdId(0, 6),
      villageCode: VILLAGE_A1,
      startedOn: '2026-11-02',
    };
    expect((await events(pairHousehold.id)).map((e) => [e.type, e.payload])).toEqual([
      ['PairingStarted', pairing],
      ['PairingEnded', { ...pairing, endedOn: '2026-11-20' }],
    ]);
  });
});
