import 'reflect-metadata';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { pendingSchemaSql } from '@xiangzhi/subgraph-kit';
import {
  consumeBatch,
  type EventBatch,
  type EventEnvelope,
  type PairingStarted,
  type VisitRecorded,
} from '@xiangzhi/events';
import { startSubgraphHarness, testPrincipal, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { pointEventConsumer } from '../src/modules/point-events/index.js';

const COUNTY = '430999';
const VILLAGE = '430999001001';
const OTHER_VILLAGE = '430999001002';
const TOWNSHIP = '430999001';

let h: SubgraphHarness;
let secretary: string;

const envelope = (type: string, payload: object): EventEnvelope => ({
  id: v7(),
  type,
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: payload as Record<string, unknown>,
});
const visit = (visitedOn: string, ...cadres: { cadreId: string; divisionCode: string }[]): EventEnvelope =>
  envelope('VisitRecorded', {
    visitId: v7(),
    householdId: v7(),
    villageCode: VILLAGE,
    visitedOn,
    method: 'IN_PERSON',
    cadres,
  } satisfies VisitRecorded);
const pairing = (type: 'PairingStarted' | 'PairingEnded', cadreId: string, extra: object = {}): EventEnvelope =>
  envelope(type, {
    pairingId: v7(),
    cadreId,
    cadreDivisionCode: VILLAGE,
    householdId: v7(),
    villageCode: VILLAGE,
    startedOn: '2026-11-02',
    ...extra,
  } satisfies PairingStarted);
const consume = (...events: EventEnvelope[]) =>
  consumeBatch(h.subgraph.orm.em, { producer: 'governance', events } satisfies EventBatch, pointEventConsumer);
const sql = <T>(q: string, params: unknown[] = []): Promise<T[]> =>
  h.subgraph.orm.em.getConnection().execute<T[]>(q, params);

type Line = { points: number; reason: string; eventId: string | null; eventType: string | null; occurredAt: string };
type MyPoints = {
  _entities: { points: { total: number; entries: { totalCount: number; edges: { node: Line }[] } } | null }[];
};
const MY_POINTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cadre { points { total
  entries(first: 50) { totalCount edges { node { points reason eventId eventType occurredAt } } } } } } }`;

async function pointsOf(cadreId: string, token = secretary): Promise<{ total: number; lines: Line[] }> {
  const res = await h.request<MyPoints>(MY_POINTS, { r: [{ __typename: 'Cadre', id: cadreId }] }, { token });
  expect(res.errors).toBeUndefined();
  const p = res.data!._entities[0]!.points!;
  return { total: p.total, lines: p.entries.edges.map((e) => e.node) };
}

beforeAll(async () => {
  h = await startSubgraphHarness('points_events', { entities, migrations, resolvers, referenceResolvers });
  secretary = await h.token(testPrincipal(Role.VILLAGE_SECRETARY, VILLAGE));
});
afterAll(async () => h?.stop());
beforeEach(async () => {
  await sql("delete from point_rule where division_code <> ''");
});

describe('points from governance events', () => {
  it('migrations create exactly the entities (rule table, event columns, inbox)', async () => {
    expect(await pendingSchemaSql(h.subgraph.orm)).toBe('');
  });

  it('a written-up visit earns each cadre on it 2 points, a line that points at its event, on "my points"', async () => {
    const [a, b] = [v7(), v7()];
    const e = visit('2026-11-05', { cadreId: a, divisionCode: VILLAGE }, { cadreId: b, divisionCode: VILLAGE });
    expect(await consume(e)).toEqual({ processed: [e.id], failed: [] });
    for (const cadre of [a, b]) {
      expect(await pointsOf(cadre)).toEqual({
        total: 2,
        lines: [
          {
            points: 2,
            reason: '入户走访（民情日记）',
            eventId: e.id,
            eventType: 'VisitRecorded',
            occurredAt: '2026-11-04T16:00:00.000Z',
          },
        ],
      });
    }
    // the cadre's own view ("my points")
    const own = await h.token(testPrincipal(Role.CADRE, VILLAGE, { cadreId: a }));
    expect((await pointsOf(a, own)).lines.map((l) => l.eventId)).toEqual([e.id]);
  });

  it('stops at the monthly cap of 40 per cadre, counting what earlier deliveries awarded; a new month starts afresh', async () => {
    const cadre = { cadreId: v7(), divisionCode: VILLAGE };
    await consume(...Array.from({ length: 15 }, (_, i) => visit(`2026-10-${String(i + 1).padStart(2, '0')}`, cadre)));
    await consume(...Array.from({ length: 10 }, (_, i) => visit(`2026-10-${String(i + 16).padStart(2, '0')}`, cadre)));
    await consume(visit('2026-11-01', cadre));
    const { total, lines } = await pointsOf(cadre.cadreId);
    expect(total).toBe(42);
    expect(lines.filter((l) => l.occurredAt < '2026-10-31T16:00:00.000Z').length).toBe(20);
  });

  it('never passes the cap when two deliveries for one cadre are taken at the same time', async () => {
    const cadre = { cadreId: v7(), divisionCode: VILLAGE };
    const batches = Array.from({ length: 3 }, () => Array.from({ length: 12 }, () => visit('2026-09-10', cadre)));
    const receipts = await Promise.all(batches.map((b) => consume(...b)));
    for (const r of receipts) expect(r.failed).toEqual([]);
    expect((await pointsOf(cadre.cadreId)).total).toBe(40);
  });

  it('takes the rule of the narrowest jurisdiction that sets one: village over county over the defaults', async () => {
    await sql(
      `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason) values
      (?, ?, 'VisitRecorded', 3, null, '走访（县定）'), (?, ?, 'VisitRecorded', 5, 10, '走访（村定）')`,
      [v7(), COUNTY, v7(), VILLAGE],
    );
    const [inVillage, inOther, inTownship] = [v7(), v7(), v7()];
    await consume(
      ...Array.from({ length: 3 }, () => visit('2026-11-03', { cadreId: inVillage, divisionCode: VILLAGE })),
      visit('2026-11-03', { cadreId: inOther, divisionCode: OTHER_VILLAGE }),
      visit('2026-11-03', { cadreId: inTownship, divisionCode: TOWNSHIP }),
    );
    const county = await h.token(testPrincipal(Role.COUNTY_ADMIN, COUNTY));
    expect((await pointsOf(inVillage, county)).total).toBe(10);
    expect((await pointsOf(inOther, county)).lines.map((l) => [l.points, l.reason])).toEqual([[3, '走访（县定）']]);
    expect((await pointsOf(inTownship, county)).total).toBe(3);
  });

  it('changes nothing when an event is delivered again, and the ledger itself refuses a second line for one event and cadre', async () => {
    const cadre = v7();
    const e = visit('2026-11-06', { cadreId: cadre, divisionCode: VILLAGE });
    await consume(e);
    expect(await consume(e, e)).toEqual({ processed: [e.id], failed: [] });
    expect((await pointsOf(cadre)).lines.length).toBe(1);
    await expect(
      sql(
        `insert into point_entry (id, cadre_id, division_code, points, reason, occurred_at, created_by, event_id, event_type)
      values (?, ?, ?, 2, 'x', now(), ?, ?, 'VisitRecorded')`,
        [v7(), cadre, VILLAGE, v7(), e.id],
      ),
    ).rejects.toThrow(/point_entry_event_id_cadre_id_unique/);
  });

  it('awards taking on a household 5 points and ending a pairing nothing (but takes the event)', async () => {
    const cadre = v7();
    const started = pairing('PairingStarted', cadre);
    const ended = pairing('PairingEnded', cadre, { endedOn: '2026-11-20' });
    expect(await consume(started, ended)).toEqual({ processed: [started.id, ended.id], failed: [] });
    expect((await pointsOf(cadre)).lines.map((l) => [l.points, l.reason, l.eventType])).toEqual([
      [5, '结对联系农户（联户）', 'PairingStarted'],
    ]);
    const inbox = await sql<{ event_id: string; outcome: string }>(
      'select event_id, outcome from event_inbox where event_id in (?)',
      [[started.id, ended.id]],
    );
    expect(inbox.map((r) => r.outcome)).toEqual(['APPLIED', 'APPLIED']);
  });

  it('records an event whose payload is malformed as rejected, without a line and without holding the others back', async () => {
    const cadre = v7();
    const bad = envelope('VisitRecorded', { visitId: 'x', cadres: [] });
    const good = visit('2026-11-07', { cadreId: cadre, divisionCode: VILLAGE });
    expect(await consume(bad, good)).toEqual({ processed: [bad.id, good.id], failed: [] });
    const [row] = await sql<{ outcome: string; error: string }>(
      'select outcome, error from event_inbox where event_id = ?',
      [bad.id],
    );
    expect(row!.outcome).toBe('REJECTED');
    expect(row!.error).toMatch(/^VisitRecorded 的内容无效/);
    expect((await pointsOf(cadre)).total).toBe(2);
  });
});

describe('pointRules (the rule table as a caller sees it)', () => {
  const RULES = 'query($r: String) { pointRules(regionCode: $r) { divisionCode eventType points monthlyCap reason } }';
  type Rules = {
    pointRules: {
      divisionCode: string;
      eventType: string;
      points: number;
      monthlyCap: number | null;
      reason: string;
    }[];
  };

  it('lists the rule in force for each event: the defaults, unless the region or a level above it sets its own', async () => {
    const rules = await h.request<Rules>(RULES, {}, { token: secretary });
    expect(rules.data?.pointRules.map((r) => [r.divisionCode, r.eventType, r.points, r.monthlyCap])).toEqual([
      ['', 'VisitRecorded', 2, 40],
      ['', 'PairingStarted', 5, 20],
      ['', 'PairingEnded', 0, null],
      ['', 'CaseResolvedOnTime', 3, 30],
      ['', 'CaseClosedSatisfied', 2, 20],
      ['', 'CaseAlertedYellow', -1, null],
      ['', 'CaseAlertedRed', -3, null],
      ['', 'ServiceOrderCompleted', 3, 30],
      ['', 'PatrolCheckedIn', 1, 30],
      ['', 'SupervisionReportedOnTime', 3, 15],
      ['', 'SupervisionReportedLate', -2, null],
      ['', 'ForumAttended', 1, 2],
      ['', 'MeetingAttended', 0, null],
    ]);
    await sql(
      `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason) values (?, ?, 'VisitRecorded', 3, 60, '走访（县定）')`,
      [v7(), COUNTY],
    );
    const county = await h.token(testPrincipal(Role.COUNTY_ADMIN, COUNTY));
    for (const [token, region] of [
      [secretary, undefined],
      [county, OTHER_VILLAGE],
    ] as const) {
      const visit = (await h.request<Rules>(RULES, { r: region }, { token })).data?.pointRules[0];
      expect(visit).toEqual({
        divisionCode: COUNTY,
        eventType: 'VisitRecorded',
        points: 3,
        monthlyCap: 60,
        reason: '走访（县定）',
      });
    }
  });

  it('refuses a region outside the jurisdiction with FORBIDDEN and a malformed code with POINTS_REGION_CODE_INVALID on regionCode', async () => {
    expect((await h.request(RULES, { r: OTHER_VILLAGE }, { token: secretary })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const bad = (await h.request(RULES, { r: '43' }, { token: secretary })).errors?.[0]?.extensions;
    expect(bad).toMatchObject({ code: 'POINTS_REGION_CODE_INVALID', field: 'regionCode' });
    const auditor = await h.token(testPrincipal(Role.AUDITOR, COUNTY));
    expect((await h.request(RULES, {}, { token: auditor })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
