import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import {
  consumeBatch,
  type CaseAlerted,
  type CaseResolved,
  type EventBatch,
  type EventEnvelope,
  type MeetingAttendanceWithdrawn,
  type MeetingAttended,
  type VisitRecorded,
} from '@xiangzhi/events';
import { startSubgraphHarness, testPrincipal, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { pointEventConsumer } from '../src/modules/point-events/index.js';
import { freezeMonth } from '../src/modules/point-entry/index.js';

// Issue 9: meetings' attendance earns points (and a withdrawal reverses it); every event is logged, and a
// month recomputed from the log with the rule history equals the ledger.
const COUNTY = '430999';
const T1 = '430999001';
const V1 = '430999001001';
const V2 = '430999001002';
const MONTH = '2026-10';

let h: SubgraphHarness;
let county: string;

const envelope = (type: string, payload: object): EventEnvelope => ({
  id: v7(),
  type,
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: payload as Record<string, unknown>,
});
const attended = (cadreId: string, heldOn: string, kind: MeetingAttended['meetingKind'] = 'VILLAGERS_FORUM') =>
  envelope('MeetingAttended', {
    attendanceId: v7(),
    meetingId: v7(),
    meetingKind: kind,
    villageCode: V1,
    cadreId,
    divisionCode: V1,
    role: 'MEMBER',
    heldOn,
  } satisfies MeetingAttended);
const withdrawn = (of: EventEnvelope) => {
  const p = of.payload as MeetingAttended;
  return envelope('MeetingAttendanceWithdrawn', {
    attendanceId: p.attendanceId,
    attendedEventId: of.id,
    meetingId: p.meetingId,
    cadreId: p.cadreId,
    divisionCode: p.divisionCode,
    heldOn: p.heldOn,
  } satisfies MeetingAttendanceWithdrawn);
};
const visit = (cadreId: string, visitedOn: string, divisionCode = V1) =>
  envelope('VisitRecorded', {
    visitId: v7(),
    householdId: v7(),
    villageCode: divisionCode,
    visitedOn,
    method: 'IN_PERSON',
    cadres: [{ cadreId, divisionCode }],
  } satisfies VisitRecorded);
const responsible = (cadreId: string) => ({ cadreId, divisionCode: V1 });
const resolved = (cadreId: string, day: string) =>
  envelope('CaseResolved', {
    caseId: v7(),
    villageCode: V1,
    level: 'VILLAGE',
    responsible: responsible(cadreId),
    resolvedAt: `${day}T10:00:00+08:00`,
    onTime: true,
  } satisfies CaseResolved);
const red = (cadreId: string, day: string) =>
  envelope('CaseAlerted', {
    caseId: v7(),
    villageCode: V1,
    alert: 'RED',
    stage: 'HANDLE',
    responsible: responsible(cadreId),
    alertedAt: `${day}T10:00:00+08:00`,
  } satisfies CaseAlerted);

const consume = (producer: string, ...events: EventEnvelope[]) =>
  consumeBatch(h.subgraph.orm.em, { producer, events } satisfies EventBatch, pointEventConsumer);
const sql = <T>(q: string, params: unknown[] = []) => h.subgraph.orm.em.fork().execute<T[]>(q, params);
const linesOf = (cadreId: string) =>
  sql<{ id: string; points: number; event_type: string; corrects_entry_id: string | null; booked_month: string }>(
    'select id, points, event_type, corrects_entry_id, booked_month from point_entry where cadre_id = ? order by created_at, id',
    [cadreId],
  );

const RECOMPUTE = `query($d: String!, $m: String!) { recomputeMonth(divisionCode: $d, month: $m) { divisionCode month
  eventCount matches cadres { cadreId ledgerTotal derivedTotal unsourcedTotal difference } differences { cadreId difference } } }`;
type Recomputed = {
  recomputeMonth: {
    eventCount: number;
    matches: boolean;
    cadres: { cadreId: string; ledgerTotal: number; derivedTotal: number; difference: number }[];
    differences: { cadreId: string; difference: number }[];
  };
};
const recompute = async (d: string, m: string, token = county) => {
  const res = await h.request<Recomputed>(RECOMPUTE, { d, m }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.recomputeMonth;
};

beforeAll(async () => {
  h = await startSubgraphHarness('points_meetings_recompute', { entities, migrations, resolvers, referenceResolvers });
  county = await h.token(testPrincipal(Role.COUNTY_ADMIN, COUNTY));
});
afterAll(async () => h?.stop());

describe('meetings’ attendance as points', () => {
  it('awards a forum 1 point, at most 2 a month; another kind of meeting nothing (its default rule is 0)', async () => {
    const c = v7();
    const events = [
      attended(c, '2026-09-03'),
      attended(c, '2026-09-10'),
      attended(c, '2026-09-17'),
      attended(c, '2026-09-04', 'COMMITTEE'),
    ];
    expect((await consume('meetings', ...events)).failed).toEqual([]);
    expect((await linesOf(c)).map((l) => [l.points, l.event_type])).toEqual([
      [1, 'ForumAttended'],
      [1, 'ForumAttended'],
    ]);
    // every event is logged with its producer and payload, in the inbox's transaction
    const logged = await sql<{ producer: string; type: string; occurred_on: string }>(
      `select producer, type, to_char(occurred_on, 'YYYY-MM-DD') as occurred_on from point_event where id in (?) order by occurred_on`,
      [events.map((e) => e.id)],
    );
    expect(logged.map((l) => [l.producer, l.type, l.occurred_on])).toEqual([
      ['meetings', 'MeetingAttended', '2026-09-03'],
      ['meetings', 'MeetingAttended', '2026-09-04'],
      ['meetings', 'MeetingAttended', '2026-09-10'],
      ['meetings', 'MeetingAttended', '2026-09-17'],
    ]);
  });

  it('reverses a withdrawn attendance with a correction line that refers to it; nothing when it earned nothing', async () => {
    const c = v7();
    const first = attended(c, '2026-09-05');
    const committee = attended(c, '2026-09-06', 'COMMITTEE');
    await consume('meetings', first, committee);
    const undo = withdrawn(first);
    expect((await consume('meetings', undo, withdrawn(committee))).failed).toEqual([]);
    const [line, correction, ...rest] = await linesOf(c);
    expect(rest).toEqual([]);
    expect(correction).toMatchObject({ points: -1, corrects_entry_id: line!.id, event_type: 'ForumAttended' });
    // delivered again: nothing more
    await consume('meetings', undo);
    expect(await linesOf(c)).toHaveLength(2);
  });

  it('gives back the cap a withdrawn forum took, in the same batch too', async () => {
    const c = v7();
    const [a, b] = [attended(c, '2026-09-01'), attended(c, '2026-09-08')];
    await consume('meetings', a, b, withdrawn(a), attended(c, '2026-09-15'));
    expect((await linesOf(c)).map((l) => l.points)).toEqual([1, 1, -1, 1]);
  });
});

describe('recomputeMonth', () => {
  it('equals the ledger after a mixed stream: visits, cases, forums, withdrawals, caps, a mid-month rule change, a late event', async () => {
    const [a, b, moved] = [v7(), v7(), v7()];
    // visits up to the cap (40 = 20 visits) and past it, cases, a red card, forums past their cap, a withdrawal
    const early = [
      ...Array.from({ length: 22 }, (_, i) => visit(a, `${MONTH}-${String(1 + (i % 9)).padStart(2, '0')}`)),
      resolved(a, `${MONTH}-05`),
      red(b, `${MONTH}-06`),
      attended(b, `${MONTH}-07`),
      attended(b, `${MONTH}-08`),
      attended(b, `${MONTH}-09`),
      visit(moved, `${MONTH}-02`, V2),
    ];
    await consume('governance', ...early.filter((e) => e.type !== 'MeetingAttended'));
    await consume('meetings', ...early.filter((e) => e.type === 'MeetingAttended'));
    await consume('meetings', withdrawn(early.find((e) => e.type === 'MeetingAttended')!));
    // the township changes the visit rule mid-month: later visits earn 3, with a cap of 45
    const admin = await h.token(testPrincipal(Role.TOWNSHIP_ADMIN, T1));
    const change = await h.request(
      `mutation($input: OverridePointRuleInput!) { overridePointRule(input: $input) { points } }`,
      { input: { eventType: 'VisitRecorded', points: 3, monthlyCap: 45, reason: '入户走访（本镇）' } },
      { token: admin },
    );
    expect(change.errors).toBeUndefined();
    await consume('governance', visit(a, `${MONTH}-20`), visit(b, `${MONTH}-21`), visit(moved, `${MONTH}-22`, V2));
    await consume('meetings', attended(b, `${MONTH}-23`));
    // September is frozen for the village: a late September visit is booked to October
    await h.subgraph.orm.em.fork().transactional((tx) => freezeMonth(tx, V1, '2026-08'));
    await h.subgraph.orm.em.fork().transactional((tx) => freezeMonth(tx, V1, '2026-09'));
    await consume('governance', visit(b, '2026-09-30'));

    const ledger = await sql<{ cadre_id: string; total: number }>(
      `select cadre_id, sum(points)::int as total from point_entry where booked_month = ? and cadre_id in (?, ?, ?) group by 1`,
      [MONTH, a, b, moved],
    );
    const totals = Object.fromEntries(ledger.map((r) => [r.cadre_id, r.total]));
    // a: 40 (capped visits) + 3 (case) + 3 (one more visit under the new cap) = 46
    // b: -3 (red) + 1 + 1 - 1 + 1 (forums: cap 2, a withdrawal gives one back) + 3 (visit) + 3 (late September visit)
    // moved (village 2): 2 + 3
    expect(totals).toEqual({ [a]: 46, [b]: 5, [moved]: 5 });

    const t1 = await recompute(T1, MONTH);
    expect(t1.differences).toEqual([]);
    expect(t1.matches).toBe(true);
    const byCadre = Object.fromEntries(t1.cadres.map((c) => [c.cadreId, c.derivedTotal]));
    expect([byCadre[a], byCadre[b], byCadre[moved]]).toEqual([46, 5, 5]);
    expect((await recompute(V1, MONTH)).cadres.map((c) => c.cadreId)).not.toContain(moved);
    // September of village 1: the late visit is not there
    expect((await recompute(V1, '2026-09')).matches).toBe(true);
  });

  it('reports a difference when the ledger does not follow from the events (a line slipped in by hand)', async () => {
    const [event] = await sql<{ id: string }>(`select id from point_event where type = 'VisitRecorded' limit 1`);
    const stranger = v7();
    await sql(
      `insert into point_entry (id, cadre_id, division_code, points, reason, occurred_at, created_by, event_id, event_type)
       values (?, ?, ?, 7, '补录', '2026-10-03T02:00:00Z', ?, ?, 'VisitRecorded')`,
      [v7(), stranger, V1, v7(), event!.id],
    );
    const res = await recompute(T1, MONTH);
    expect(res.matches).toBe(false);
    expect(res.differences).toEqual([{ cadreId: stranger, difference: 7 }]);
  });

  it('refuses a month to come, a malformed division, and a division outside the jurisdiction', async () => {
    const village = await h.token(testPrincipal(Role.VILLAGE_SECRETARY, V1));
    const codes = async (d: string, m: string, token = county) =>
      (await h.request(RECOMPUTE, { d, m }, { token })).errors?.[0]?.extensions;
    expect(await codes(T1, '2099-01')).toEqual({ code: 'RECOMPUTE_MONTH_INVALID', field: 'month' });
    expect(await codes('43%', MONTH)).toEqual({ code: 'RECOMPUTE_DIVISION_CODE_INVALID', field: 'divisionCode' });
    expect((await codes(V2, MONTH, village))?.code).toBe('FORBIDDEN');
  });
});
