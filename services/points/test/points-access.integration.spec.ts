import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import type { DemoPointEntry } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const A2 = '430999001002';
const B = '430999002001';

const cadre = { a: v7(), a2: v7(), township: v7(), b: v7(), gone: v7() };
const line = (cadreId: string, divisionCode: string, points: number): DemoPointEntry => ({
  id: v7(),
  cadreId,
  divisionCode,
  points,
  reason: '参加主题党日',
  occurredAt: '2026-03-01T08:00:00Z',
});
// `gone` left village A for village B: their old lines still count in A's ranking
const fixtures = [
  line(cadre.a, A, 10),
  line(cadre.gone, A, 30),
  line(cadre.a2, A2, 5),
  line(cadre.township, T1, 4),
  line(cadre.b, B, 8),
];

const BOARD = 'query($r: String) { pointsLeaderboard(regionCode: $r) { rank total cadre { id } } }';
const CADRE_POINTS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cadre { id points { total entries(first: 5) { edges { node { id cadre { id } } } } } } } }`;
const TOTALS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cadre { id points { total } } } }`;
const ENTRY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PointEntry { id points } } }`;
// manual points are requests a second person approves (issue 9): asking is what these callers try
const AWARD =
  'mutation($input: RequestPointEntryInput!) { requestPointEntry(input: $input) { id reason divisionCode cadre { id } } }';

type Board = { pointsLeaderboard: { rank: number; total: number; cadre: { id: string } | null }[] | null };

let h: Harness;
const errorOf = (res: GraphqlResult) => res.errors?.[0];
const refs = (...ids: string[]) => ids.map((id) => ({ __typename: 'Cadre', id }));
const award = (over: Record<string, unknown> = {}) => ({
  input: {
    kind: 'COMMENDATION',
    cadreId: cadre.a,
    points: 2,
    reason: '协助调解邻里纠纷',
    month: '2026-03',
    ...over,
  },
});
/** Lines and requests with this reason: a refused caller stores neither. */
const lines = async (reason: string): Promise<number> =>
  (await h.subgraph.orm.em.fork().count('PointEntry', { reason })) +
  (await h.subgraph.orm.em.fork().count('PointEntryRequest', { reason }));

beforeAll(async () => {
  h = await startHarness();
  await loadDemo(h.subgraph.orm.em.fork(), { pointEntries: fixtures });
  await h.addCadres([
    { id: cadre.a, divisionCode: A },
    { id: cadre.a2, divisionCode: A2 },
    { id: cadre.township, divisionCode: T1 },
    { id: cadre.b, divisionCode: B },
    { id: cadre.gone, divisionCode: B },
  ]);
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
  h.governanceQueries.length = 0;
});

describe('三员分立: the system, security and audit administrators see and write no points', () => {
  it.each([Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR])(
    'refuses %s every query and mutation with FORBIDDEN',
    async (role) => {
      const token = await h.token(principal(role, COUNTY));
      const answers = [
        await h.request(BOARD, {}, { token }),
        await h.request(TOTALS, { r: refs(cadre.a) }, { token }),
        await h.request(ENTRY, { r: [{ __typename: 'PointEntry', id: fixtures[0]!.id }] }, { token }),
        await h.request(AWARD, award({ reason: `${role} 记分` }), { token }),
      ];
      for (const res of answers) {
        expect(errorOf(res)?.extensions?.code).toBe('FORBIDDEN');
        expect(errorOf(res)?.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(JSON.stringify(answers.map((a) => a.data))).not.toMatch(/"total":\d/);
      expect(await lines(`${role} 记分`)).toBe(0);
    },
  );
});

describe('who records points', () => {
  it.each([Role.CADRE, Role.GRID_LEADER, Role.VILLAGE_COMMITTEE, Role.COUNTY_DEPARTMENT, Role.API_CLIENT])(
    'refuses %s with FORBIDDEN and stores nothing',
    async (role) => {
      const res = await h.request(AWARD, award({ reason: `${role} 记分` }), {
        token: await h.token(principal(role, role === Role.COUNTY_DEPARTMENT || role === Role.API_CLIENT ? COUNTY : A)),
      });
      expect(errorOf(res)?.extensions?.code).toBe('FORBIDDEN');
      expect(await lines(`${role} 记分`)).toBe(0);
    },
  );
  it('gives an API client the ranking and totals, but not the lines', async () => {
    const token = await h.token(principal(Role.API_CLIENT, COUNTY));
    expect(errorOf(await h.request(BOARD, {}, { token }))).toBeUndefined();
    const lines = await h.request(CADRE_POINTS, { r: refs(cadre.a) }, { token });
    expect(errorOf(lines)?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the cadre a new line names', () => {
  const secretary = () => h.token(principal(Role.VILLAGE_SECRETARY, A));
  it('refuses a cadre of another village and an id that does not exist alike, with CADRE_NOT_FOUND on cadreId', async () => {
    const token = await secretary();
    const other = await h.request(AWARD, award({ cadreId: cadre.b, reason: '外村记分' }), { token });
    const missing = await h.request(AWARD, award({ cadreId: v7(), reason: '外村记分' }), { token });
    // a township cadre is visible to the village, but not the village's to score
    const above = await h.request(AWARD, award({ cadreId: cadre.township, reason: '外村记分' }), { token });
    expect(errorOf(other)).toMatchObject({ extensions: { code: 'CADRE_NOT_FOUND', field: 'cadreId' } });
    expect(errorOf(other)?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(errorOf(missing)).toEqual(errorOf(other));
    expect(errorOf(above)).toEqual(errorOf(other));
    expect(await lines('外村记分')).toBe(0);
  });
  it('books a request to the cadre’s own division', async () => {
    const township = await h.token(principal(Role.TOWNSHIP_ADMIN, T1));
    const res = await h.request<{ requestPointEntry: { divisionCode: string } }>(
      AWARD,
      award({ cadreId: cadre.a2, reason: '村务公开工作突出' }),
      { token: township },
    );
    expect(errorOf(res)).toBeUndefined();
    expect(res.data?.requestPointEntry.divisionCode).toBe(A2);
  });
  it('records a request for a cadre of the own village', async () => {
    const res = await h.request<{ requestPointEntry: { cadre: { id: string } | null } }>(AWARD, award(), {
      token: await secretary(),
    });
    expect(errorOf(res)).toBeUndefined();
    expect(res.data?.requestPointEntry.cadre).toEqual({ id: cadre.a });
  });
});

describe('a cadre the caller may no longer see', () => {
  it('keeps their row in the ranking with the cadre empty, without an error', async () => {
    const res = await h.request<Board>(BOARD, {}, { token: await h.token(principal(Role.VILLAGE_SECRETARY, A)) });
    expect(res.errors).toBeUndefined();
    expect(res.data?.pointsLeaderboard?.[0]).toEqual({ rank: 1, total: 30, cadre: null });
    expect(res.data?.pointsLeaderboard?.[1]?.cadre).toEqual({ id: cadre.a });
  });
  it('asks governance once per request, however many rows', async () => {
    const token = await h.token(principal(Role.COUNTY_ADMIN, COUNTY));
    await h.request('{ pointsLeaderboard(first: 1) { cadre { id } } }', {}, { token });
    const one = h.governanceQueries.length;
    h.governanceQueries.length = 0;
    const all = await h.request<Board>('{ pointsLeaderboard(first: 50) { rank total cadre { id } } }', {}, { token });
    expect(all.data?.pointsLeaderboard?.length).toBeGreaterThan(4);
    expect(one).toBeGreaterThan(0);
    expect(h.governanceQueries.length).toBe(one);
  });
});

describe('text a line carries', () => {
  it.each([
    ['事由\u0000', 'BAD_USER_INPUT'],
    ['事由\n第二行', 'POINT_REQUEST_REASON_INVALID'],
    ['事由\u001b[31m', 'BAD_USER_INPUT'],
  ])('refuses control characters in the reason %j with %s', async (reason, code) => {
    const before = await h.subgraph.orm.em.fork().count('PointEntryRequest', {});
    const res = await h.request(AWARD, award({ reason }), {
      token: await h.token(principal(Role.VILLAGE_SECRETARY, A)),
    });
    // the subgraph kit's input guard (generic code) names the path (`input.reason`), the service the field
    expect(errorOf(res)?.extensions).toEqual({
      code,
      field: expect.stringMatching(/(^|\.)reason$/),
    });
    expect(await h.subgraph.orm.em.fork().count('PointEntryRequest', {})).toBe(before);
  });
});
