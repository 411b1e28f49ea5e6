import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { pendingSchemaSql } from '@xiangzhi/subgraph-kit';
import type { DemoPointEntry } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { principal, startHarness, type Harness } from './support/harness.js';

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const A2 = '430999001002';
const B = '430999002001';
// a second county, only for the statement-count test
const OTHER_VILLAGE = '430998001001';

const cadre = { a1: v7(), a2: v7(), a3: v7(), a21: v7(), t1: v7(), b1: v7(), b2: v7(), moved: v7() };
const line = (cadreId: string, divisionCode: string, points: number, reason = '参加主题党日'): DemoPointEntry => ({
  id: v7(),
  cadreId,
  divisionCode,
  points,
  reason,
  occurredAt: '2026-03-01T08:00:00Z',
});
const fixtures: DemoPointEntry[] = [
  line(cadre.a1, A, 10),
  line(cadre.a1, A, 5),
  line(cadre.a1, A, -3, '走访记录不实，扣分'),
  line(cadre.a2, A, 8),
  line(cadre.a2, A, 4),
  line(cadre.a3, A, 7),
  line(cadre.a21, A2, -2, '未按时参加碰头会'),
  line(cadre.t1, T1, 9),
  line(cadre.b1, B, 20),
  line(cadre.b2, B, 3),
  // a cadre who moved from village B to village A: each village sees only its own lines
  line(cadre.moved, B, 4),
  line(cadre.moved, A, 5),
];
const many = Array.from({ length: 50 }, () => v7());

const BOARD = `query($regionCode: String, $first: Int) { pointsLeaderboard(regionCode: $regionCode, first: $first) { rank total cadre { id } } }`;
const CADRES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cadre { id points { total entries(first: 2) { totalCount pageInfo { hasNextPage } edges { node { id points divisionCode reason cadre { id } } } } } } } }`;
const TOTALS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cadre { id points { total } } } }`;
const ENTRY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PointEntry { id points } } }`;
const AWARD = `mutation($input: RequestPointEntryInput!) { requestPointEntry(input: $input) { id points reason divisionCode cadre { id } } }`;

type Board = { pointsLeaderboard: { rank: number; total: number; cadre: { id: string } }[] };
type Points = {
  total: number;
  entries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: { node: { id: string; points: number; divisionCode: string; cadre: { id: string } } }[];
  };
} | null;
type Cadres = { _entities: ({ id: string; points: Points } | null)[] };
const refs = (...ids: string[]) => ids.map((id) => ({ __typename: 'Cadre', id }));
const ranking = (d: Board | null | undefined) => d?.pointsLeaderboard.map((r) => [r.rank, r.total, r.cadre.id]);

let h: Harness;
let secretaryA: string;
let township1: string;
let county: string;

beforeAll(async () => {
  h = await startHarness();
  await loadDemo(h.subgraph.orm.em.fork(), {
    pointEntries: [
      ...fixtures,
      ...many.map((id) => line(id, OTHER_VILLAGE, 1)),
      ...many.map((id) => line(id, OTHER_VILLAGE, 2)),
    ],
  });
  // the cadres as governance holds them (points asks it about the cadre of a new line, and which cadres a caller may
  // see)
  await h.addCadres([
    ...[cadre.a1, cadre.a2, cadre.a3, cadre.moved].map((id) => ({ id, divisionCode: A })),
    { id: cadre.a21, divisionCode: A2 },
    { id: cadre.t1, divisionCode: T1 },
    { id: cadre.b1, divisionCode: B },
    { id: cadre.b2, divisionCode: B },
  ]);
  secretaryA = await h.token(principal(Role.VILLAGE_SECRETARY, A));
  township1 = await h.token(principal(Role.TOWNSHIP_ADMIN, T1));
  county = await h.token(principal(Role.COUNTY_ADMIN, COUNTY));
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

describe('database', () => {
  it('matches the entities after the migrations', async () => {
    expect(await pendingSchemaSql(h.subgraph.orm)).toBe('');
  });
  it('refuses to update or delete a ledger line', async () => {
    const conn = h.subgraph.orm.em.getConnection();
    await expect(conn.execute(`update point_entry set points = 100 where cadre_id = '${cadre.a1}'`)).rejects.toThrow(
      /只增不改/,
    );
    await expect(conn.execute(`delete from point_entry where cadre_id = '${cadre.a1}'`)).rejects.toThrow(/只增不改/);
  });
});

describe('transport and authentication', () => {
  it('refuses an unsigned request with 401 and a request without a token with UNAUTHENTICATED', async () => {
    expect((await h.request(BOARD, {}, { token: county, signed: false })).status).toBe(401);
    const res = await h.request(BOARD);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('pointsLeaderboard', () => {
  it('ranks a township by total; ties share a rank and the next rank skips', async () => {
    // the moved cadre counts 5 here: the line from village B lies outside township 1
    const res = await h.request<Board>(BOARD, {}, { token: township1 });
    expect(res.errors).toBeUndefined();
    const [first, second] = [cadre.a1, cadre.a2].sort();
    expect(ranking(res.data)).toEqual([
      [1, 12, first],
      [1, 12, second],
      [3, 9, cadre.t1],
      [4, 7, cadre.a3],
      [5, 5, cadre.moved],
      [6, -2, cadre.a21],
    ]);
  });
  it('ranks the whole county, and cuts at `first`', async () => {
    const res = await h.request<Board>(BOARD, { first: 3 }, { token: county });
    expect(ranking(res.data)?.map(([rank, total]) => [rank, total])).toEqual([
      [1, 20],
      [2, 12],
      [2, 12],
    ]);
  });
  it('limits a village secretary to the own village, and narrows the own township to it', async () => {
    const own = await h.request<Board>(BOARD, {}, { token: secretaryA });
    expect(ranking(own.data)?.map(([rank, total, id]) => [rank, total, id === cadre.moved ? 'moved' : 'x'])).toEqual([
      [1, 12, 'x'],
      [1, 12, 'x'],
      [3, 7, 'x'],
      [4, 5, 'moved'],
    ]);
    const township = await h.request<Board>(BOARD, { regionCode: T1 }, { token: secretaryA });
    expect(township.data).toEqual(own.data);
    const other = await h.request<Board>(BOARD, { regionCode: B }, { token: secretaryA });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.pointsLeaderboard ?? null).toBeNull();
  });
  it('answers the module’s code with the field for a bad size or region code', async () => {
    expect((await h.request(BOARD, { first: 0 }, { token: county })).errors?.[0]?.extensions).toEqual({
      code: 'POINTS_LEADERBOARD_SIZE_INVALID',
      field: 'first',
    });
    expect((await h.request(BOARD, { regionCode: '4309' }, { token: county })).errors?.[0]?.extensions).toEqual({
      code: 'POINTS_REGION_CODE_INVALID',
      field: 'regionCode',
    });
  });
});

describe('Cadre.points through federation references', () => {
  it('gives a village secretary the own cadres and null for a cadre of village B', async () => {
    const res = await h.request<Cadres>(
      CADRES,
      { r: refs(cadre.a1, cadre.b1, cadre.a21, cadre.t1) },
      { token: secretaryA },
    );
    expect(res.errors).toBeUndefined();
    const [a1, b1, a21, t1] = res.data!._entities;
    expect(a1?.points?.total).toBe(12);
    expect(a1?.points?.entries).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(a1?.points?.entries.edges.every((e) => e.node.cadre.id === cadre.a1 && e.node.divisionCode === A)).toBe(
      true,
    );
    expect(b1).toEqual({ id: cadre.b1, points: null });
    expect(a21?.points).toBeNull();
    expect(t1?.points).toBeNull();
  });
  it('counts only the lines inside the caller’s jurisdiction for a cadre who moved', async () => {
    const a = await h.request<Cadres>(CADRES, { r: refs(cadre.moved) }, { token: secretaryA });
    expect(a.data?._entities[0]?.points).toMatchObject({ total: 5, entries: { totalCount: 1 } });
    const b = await h.request<Cadres>(
      CADRES,
      { r: refs(cadre.moved) },
      { token: await h.token(principal(Role.VILLAGE_SECRETARY, B)) },
    );
    expect(b.data?._entities[0]?.points).toMatchObject({ total: 4, entries: { totalCount: 1 } });
    const all = await h.request<Cadres>(CADRES, { r: refs(cadre.moved) }, { token: county });
    expect(all.data?._entities[0]?.points).toMatchObject({ total: 9, entries: { totalCount: 2 } });
  });
  it('shows a township user every village of the township, and 0 for a cadre without lines', async () => {
    const res = await h.request<Cadres>(TOTALS, { r: refs(cadre.a21, cadre.t1, cadre.b2, v7()) }, { token: township1 });
    expect(res.data?._entities.map((e) => e?.points?.total ?? null)).toEqual([-2, 9, null, 0]);
  });
  it('resolves ledger lines by key only inside the jurisdiction', async () => {
    const inA = fixtures.find((f) => f.cadreId === cadre.a3)!;
    const inB = fixtures.find((f) => f.cadreId === cadre.b1)!;
    const res = await h.request<{ _entities: ({ id: string; points: number } | null)[] }>(
      ENTRY,
      {
        r: [
          { __typename: 'PointEntry', id: inB.id },
          { __typename: 'PointEntry', id: inA.id },
        ],
      },
      { token: secretaryA },
    );
    expect(res.data?._entities).toEqual([null, { id: inA.id, points: 7 }]);
  });
  it('gives an aggregate-only API client totals but never the lines', async () => {
    const api = await h.token(principal(Role.API_CLIENT, COUNTY));
    const totals = await h.request<Cadres>(TOTALS, { r: refs(cadre.a1) }, { token: api });
    expect(totals.data?._entities[0]?.points?.total).toBe(12);
    const lines = await h.request<Cadres>(CADRES, { r: refs(cadre.a1) }, { token: api });
    expect(lines.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(lines.data?._entities[0]?.points).toBeNull();
  });
});

describe('SQL statements per request', () => {
  const otherCounty = () => h.token(principal(Role.COUNTY_ADMIN, '430998'));
  it('are the same for Cadre.points (total and a page of lines) over 5 and over 50 cadres', async () => {
    const token = await otherCounty();
    h.queries.length = 0;
    const five = await h.request<Cadres>(CADRES, { r: refs(...many.slice(0, 5)) }, { token });
    const forFive = h.queries.length;
    h.queries.length = 0;
    const fifty = await h.request<Cadres>(CADRES, { r: refs(...many) }, { token });
    expect(five.data?._entities.every((e) => e?.points?.total === 3 && e.points.entries.totalCount === 2)).toBe(true);
    expect(fifty.data?._entities.every((e) => e?.points?.total === 3 && e.points.entries.edges.length === 2)).toBe(
      true,
    );
    expect(forFive).toBe(2);
    expect(h.queries.length).toBe(forFive);
  });
  it('are the same for PointEntry references over 5 and over 50 lines', async () => {
    const token = await otherCounty();
    const ids = (await h.subgraph.orm.em.fork().find('PointEntry', { divisionCode: OTHER_VILLAGE }, { limit: 50 })).map(
      (e) => ({ __typename: 'PointEntry', id: (e as { id: string }).id }),
    );
    h.queries.length = 0;
    await h.request(ENTRY, { r: ids.slice(0, 5) }, { token });
    const forFive = h.queries.length;
    h.queries.length = 0;
    const res = await h.request<{ _entities: unknown[] }>(ENTRY, { r: ids }, { token });
    expect(res.data?._entities.every((e) => e !== null)).toBe(true);
    expect(h.queries.length).toBe(forFive);
  });
});

describe('manual points: requestPointEntry, approved by a second person', () => {
  const input = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    kind: 'COMMENDATION',
    cadreId: cadre.a3,
    points: 3,
    reason: ' 协助调解邻里纠纷 ',
    month: '2026-03',
    ...over,
  });
  const APPROVE = 'mutation($id: ID!) { approvePointEntryRequest(id: $id) { status entryId } }';
  const askAndApprove = async (over: Record<string, unknown>) => {
    const res = await h.request<{ requestPointEntry: { id: string; reason: string } }>(
      AWARD,
      { input: input(over) },
      { token: secretaryA },
    );
    expect(res.errors).toBeUndefined();
    const id = res.data!.requestPointEntry.id;
    const approved = await h.request<{ approvePointEntryRequest: { status: string } }>(
      APPROVE,
      { id },
      { token: township1 },
    );
    expect(approved.data?.approvePointEntryRequest.status).toBe('APPROVED');
    return res.data!.requestPointEntry;
  };
  it('appends a line once approved, and a correction is a new negative line', async () => {
    expect((await askAndApprove({})).reason).toBe('协助调解邻里纠纷');
    const mid = await h.request<Cadres>(TOTALS, { r: refs(cadre.a3) }, { token: secretaryA });
    expect(mid.data?._entities[0]?.points?.total).toBe(10);
    await askAndApprove({ kind: 'DEDUCTION', points: -3, reason: '更正：重复记分' });
    const after = await h.request<Cadres>(TOTALS, { r: refs(cadre.a3) }, { token: secretaryA });
    expect(after.data?._entities[0]?.points?.total).toBe(7);
  });
  it('refuses a cadre of another village with CADRE_NOT_FOUND', async () => {
    const res = await h.request(AWARD, { input: input({ cadreId: cadre.b1 }) }, { token: secretaryA });
    expect(res.errors?.[0]?.extensions?.code).toBe('CADRE_NOT_FOUND');
    const b1 = await h.request<Cadres>(TOTALS, { r: refs(cadre.b1) }, { token: county });
    expect(b1.data?._entities[0]?.points?.total).toBe(20);
  });
  it.each([
    [{ points: 0 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ points: 5000 }, 'POINT_REQUEST_POINTS_INVALID', 'points'],
    [{ reason: '  ' }, 'POINT_REQUEST_REASON_INVALID', 'reason'],
    [{ reason: '事'.repeat(201) }, 'POINT_REQUEST_REASON_INVALID', 'reason'],
    [{ month: '2026-13' }, 'POINT_REQUEST_MONTH_INVALID', 'month'],
    [{ cadreId: 'x1' }, 'CADRE_NOT_FOUND', 'cadreId'],
  ])('%j answers %s on %s', async (over, code, field) => {
    const res = await h.request(AWARD, { input: input(over) }, { token: secretaryA });
    expect(res.errors?.[0]?.extensions).toEqual({ code, field });
  });
  it.each([Role.COUNTY_DEPARTMENT, Role.AUDITOR, Role.API_CLIENT])('refuses the read-only role %s', async (role) => {
    const res = await h.request(AWARD, { input: input() }, { token: await h.token(principal(role, COUNTY)) });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
  it('refuses points for oneself', async () => {
    const self = await h.token(principal(Role.VILLAGE_SECRETARY, A, { cadreId: cadre.a2 }));
    const res = await h.request(AWARD, { input: input({ cadreId: cadre.a2 }) }, { token: self });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
