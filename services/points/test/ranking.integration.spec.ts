import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { pendingSchemaSql } from '@xiangzhi/subgraph-kit';
import type { DemoPointEntry } from '@xiangzhi/testing';
import { consumeBatch, type EventBatch, type EventEnvelope, type VisitRecorded } from '@xiangzhi/events';
import { loadDemo } from '../src/demo.js';
import { pointEventConsumer } from '../src/modules/point-events/index.js';
import { publishDueRankings } from '../src/modules/ranking/index.js';
import { principal, startHarness, type Harness } from './support/harness.js';
import { A, A2, B, COUNTY, T1, T2, addGridPosts } from './support/ranking-fixture.js';

const MARCH = '2026-03';
const c = { a1: v7(), a2: v7(), a3: v7(), a4: v7(), a5: v7(), a21: v7(), t1: v7(), b1: v7() };
const names: Record<string, string> = { a1: '张一', a2: '李二', a3: '王三', a4: '赵四', a5: '钱五', a21: '孙六' };
const line = (cadreId: string, divisionCode: string, points: number, occurredAt = '2026-03-10T02:00:00Z') =>
  ({ id: v7(), cadreId, divisionCode, points, reason: '测试记分', occurredAt }) satisfies DemoPointEntry;

const FIELDS = `id divisionCode month kind status version objectionEndsAt publishedAt
  rows { rank total entryCount cadreId cadreName } objections { id status reason decisionReason cadreId }`;
const COMPUTE = `mutation($input: ComputeRankingInput!) { computeRanking(input: $input) { ${FIELDS} } }`;
const OPEN = `mutation($id: ID!) { openRankingObjections(id: $id) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishRanking(id: $id) { ${FIELDS} } }`;
const OBJECT = `mutation($input: FileRankingObjectionInput!) { fileRankingObjection(input: $input) { id status } }`;
const DECIDE = `mutation($input: DecideRankingObjectionInput!) { decideRankingObjection(input: $input) { id status decisionReason } }`;
const ONE = `query($d: String!, $m: String!, $k: RankingKind!) { ranking(divisionCode: $d, month: $m, kind: $k) { ${FIELDS} mine { rank } } }`;
const LIST = `query($m: String!, $r: String) { rankings(month: $m, regionCode: $r) { ${FIELDS} } }`;
const DAYS = `mutation($d: String!, $n: Int!) { setRankingObjectionDays(divisionCode: $d, objectionDays: $n) { divisionCode objectionDays } }`;

type Row = { rank: number; total: number; entryCount: number; cadreId: string; cadreName: string };
type RankingData = {
  id: string;
  divisionCode: string;
  kind: string;
  mine?: { rank: number } | null;
  status: string;
  objectionEndsAt: string | null;
  rows: Row[];
  objections: { id: string; status: string; cadreId: string }[];
};
const table = (r: RankingData) => r.rows.map((row) => [row.rank, row.total, row.cadreName]);

const lateVisit = (cadreId: string, visitedOn: string): EventEnvelope => ({
  id: v7(),
  type: 'VisitRecorded',
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: {
    visitId: v7(),
    householdId: v7(),
    villageCode: A,
    visitedOn,
    method: 'IN_PERSON',
    cadres: [{ cadreId, divisionCode: A }],
  } satisfies VisitRecorded,
});

let h: Harness;
const tokens: Record<string, string> = {};
const ask = async <T = Record<string, RankingData>>(who: string, q: string, variables: Record<string, unknown> = {}) =>
  h.request<T>(q, variables, { token: tokens[who] });
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const compute = (who: string, divisionCode: string, kind = 'CADRE', month = MARCH) =>
  ask(who, COMPUTE, { input: { divisionCode, month, kind } });
const endWindow = (id: string) =>
  h.subgraph.orm.em
    .getConnection()
    .execute(`update ranking set objection_ends_at = now() - interval '1 minute' where id = ?`, [id]);

beforeAll(async () => {
  h = await startHarness();
  await loadDemo(h.subgraph.orm.em.fork(), {
    pointEntries: [
      line(c.a1, A, 10),
      line(c.a1, A, 5),
      line(c.a1, A, -3),
      line(c.a2, A, 8),
      line(c.a2, A, 4),
      line(c.a3, A, 7),
      line(c.a4, A, -5),
      line(c.a21, A2, 20),
      line(c.t1, T1, 9),
      line(c.b1, B, 30),
      // April in China (01:00 on 1 April), and April proper: neither counts in March
      line(c.a1, A, 100, '2026-03-31T17:00:00Z'),
      line(c.a2, A, 50, '2026-04-15T02:00:00Z'),
    ],
  });
  await h.addCadres(
    Object.entries(c).map(([key, id]) => ({
      id,
      divisionCode: key === 't1' ? T1 : key === 'b1' ? B : key === 'a21' ? A2 : A,
      name: names[key] ?? `干部${key}`,
    })),
  );
  await addGridPosts(h, [
    { cadreId: c.a1, village: A, role: 'LEADER' },
    { cadreId: c.a3, village: A, role: 'MEMBER' },
    { cadreId: c.a5, village: A, role: 'MEMBER' },
    { cadreId: c.a2, village: A, role: 'MEMBER', ended: true },
  ]);
  const who = {
    township: principal(Role.TOWNSHIP_ADMIN, T1),
    township2: principal(Role.TOWNSHIP_ADMIN, T2),
    county: principal(Role.COUNTY_ADMIN, COUNTY),
    secretary: principal(Role.VILLAGE_SECRETARY, A),
    a1: principal(Role.CADRE, A, { cadreId: c.a1 }),
    a2: principal(Role.CADRE, A, { cadreId: c.a2 }),
    a5: principal(Role.CADRE, A, { cadreId: c.a5 }),
    b1: principal(Role.CADRE, B, { cadreId: c.b1 }),
    auditor: principal(Role.AUDITOR, COUNTY),
    sysadmin: principal(Role.SYSTEM_ADMIN, COUNTY),
  };
  for (const [k, p] of Object.entries(who)) tokens[k] = await h.token(p);
});

afterAll(() => h?.stop());

describe('ranking numbers', () => {
  it('ranks a township’s cadres by the month’s ledger: ties share a rank, negative totals rank last', async () => {
    const r = await compute('township', T1);
    expect(r.errors).toBeUndefined();
    const ranking = r.data!.computeRanking!;
    expect(ranking.status).toBe('DRAFT');
    expect(table(ranking)).toEqual([
      [1, 20, '孙六'],
      [2, 12, '李二'],
      [2, 12, '张一'],
      [4, 9, '干部t1'],
      [5, 7, '王三'],
      [6, -5, '赵四'],
    ]);
    expect(ranking.rows.find((row) => row.cadreId === c.a1)?.entryCount).toBe(3);
  });

  it('ranks a village’s cadres only by the lines under the village', async () => {
    const ranking = (await compute('township', A)).data!.computeRanking!;
    expect(table(ranking)).toEqual([
      [1, 12, '李二'],
      [1, 12, '张一'],
      [3, 7, '王三'],
      [4, -5, '赵四'],
    ]);
  });

  it('ranks the active grid posts of the village, with 0 for a member without lines', async () => {
    const r = await compute('township', A, 'GRID_MEMBER');
    expect(r.errors).toBeUndefined();
    expect(table(r.data!.computeRanking!)).toEqual([
      [1, 12, '张一'],
      [2, 7, '王三'],
      [3, 0, '钱五'],
    ]);
  });

  it('recomputes a draft when the ledger changed', async () => {
    await loadDemo(h.subgraph.orm.em.fork(), { pointEntries: [line(c.a3, A, 10)] });
    const ranking = (await compute('township', A)).data!.computeRanking!;
    expect(table(ranking)[0]).toEqual([1, 17, '王三']);
  });

  it('refuses a bad month or division with its own code and field', async () => {
    for (const [month, divisionCode, code, field] of [
      ['2026-13', A, 'RANKING_MONTH_INVALID', 'month'],
      ['2099-01', A, 'RANKING_MONTH_INVALID', 'month'],
      [MARCH, COUNTY, 'RANKING_DIVISION_CODE_INVALID', 'divisionCode'],
    ] as const) {
      const r = await ask('township', COMPUTE, { input: { divisionCode, month, kind: 'CADRE' } });
      expect(r.errors?.[0]?.extensions).toEqual({ code, field });
    }
  });
});

describe('objections and publishing', () => {
  let id: string;

  it('takes no objection on a draft, and opens the window for the jurisdiction’s days', async () => {
    id = (await compute('township', A)).data!.computeRanking!.id;
    expect(codeOf(await ask('a1', OBJECT, { input: { rankingId: id, reason: '漏记走访' } }))).toBe('RANKING_NOT_FOUND');
    const before = Date.now();
    const opened = (await ask('township', OPEN, { id })).data!.openRankingObjections!;
    expect(opened.status).toBe('OBJECTION');
    const days = (Date.parse(opened.objectionEndsAt!) - before) / 86_400_000;
    expect(days).toBeGreaterThan(2.99);
    expect(days).toBeLessThan(3.01);
  });

  it('lets a cadre object about their own row only, once at a time', async () => {
    const filed = await ask('a1', OBJECT, { input: { rankingId: id, reason: '3月10日走访漏记2分' } });
    expect(filed.errors).toBeUndefined();
    expect(codeOf(await ask('a1', OBJECT, { input: { rankingId: id, reason: '再次提出' } }))).toBe(
      'RANKING_OBJECTION_ALREADY_PENDING',
    );
    // a5 has no row in the cadre ranking; b1's village is elsewhere
    expect(codeOf(await ask('a5', OBJECT, { input: { rankingId: id, reason: '我也要' } }))).toBe(
      'RANKING_OBJECTION_NOT_OWN_ROW',
    );
    expect(codeOf(await ask('b1', OBJECT, { input: { rankingId: id, reason: '看不到' } }))).toBe('RANKING_NOT_FOUND');
    expect(codeOf(await ask('a2', OBJECT, { input: { rankingId: id, reason: '' } }))).toBe(
      'RANKING_OBJECTION_REASON_INVALID',
    );
    // the cadre sees their own objection only; the office sees all
    const mine = (await ask('a2', ONE, { d: A, m: MARCH, k: 'CADRE' })).data!.ranking!;
    expect(mine.objections).toEqual([]);
    const office = (await ask('township', ONE, { d: A, m: MARCH, k: 'CADRE' })).data!.ranking!;
    expect(office.objections.map((o) => [o.cadreId, o.status])).toEqual([[c.a1, 'PENDING']]);
  });

  it('refuses to publish before the window ends or while an objection is undecided', async () => {
    expect(codeOf(await ask('township', PUBLISH, { id }))).toBe('RANKING_OBJECTION_WINDOW_OPEN');
    await endWindow(id);
    expect(codeOf(await ask('township', PUBLISH, { id }))).toBe('RANKING_OBJECTIONS_PENDING');
    expect(codeOf(await ask('a2', OBJECT, { input: { rankingId: id, reason: '期满后' } }))).toBe(
      'RANKING_OBJECTION_WINDOW_CLOSED',
    );
  });

  it('has the office decide an objection with a reason', async () => {
    const office = (await ask('township', ONE, { d: A, m: MARCH, k: 'CADRE' })).data!.ranking!;
    const objection = office.objections[0]!.id;
    expect(codeOf(await ask('secretary', DECIDE, { input: { id: objection, upheld: false, reason: '核实' } }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await ask('township', DECIDE, { input: { id: objection, upheld: false, reason: ' ' } }))).toBe(
      'RANKING_DECISION_REASON_INVALID',
    );
    const decided = await ask('township', DECIDE, {
      input: { id: objection, upheld: false, reason: '经核实，该次走访未上传记录' },
    });
    expect(decided.data?.decideRankingObjection).toMatchObject({ status: 'REJECTED' });
  });

  it('publishes at the window’s end and freezes the ranking in the database', async () => {
    const published = await ask('township', PUBLISH, { id });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishRanking!.status).toBe('PUBLISHED');
    const conn = h.subgraph.orm.em.getConnection();
    await expect(conn.execute(`update ranking_row set total = 99 where ranking_id = ?`, [id])).rejects.toThrow(
      /排名已发布/,
    );
    await expect(conn.execute(`delete from ranking_row where ranking_id = ?`, [id])).rejects.toThrow(/排名已发布/);
    await expect(conn.execute(`update ranking set status = 'DRAFT' where id = ?`, [id])).rejects.toThrow(/排名已发布/);
    expect(codeOf(await compute('township', A))).toBe('RANKING_PUBLISHED');
  });

  it('books a late line for the published month to the next month and leaves the ranking unchanged', async () => {
    const before = (await ask('township', ONE, { d: A, m: MARCH, k: 'CADRE' })).data!.ranking!;
    // a line written straight into March is refused by the database; a late visit event books to April
    await expect(loadDemo(h.subgraph.orm.em.fork(), { pointEntries: [line(c.a4, A, 40)] })).rejects.toThrow(/冻结/);
    await consumeBatch(
      h.subgraph.orm.em,
      { producer: 'governance', events: [lateVisit(c.a4, '2026-03-20')] } satisfies EventBatch,
      pointEventConsumer,
    );
    const booked = await h.subgraph.orm.em
      .getConnection()
      .execute<{ booked_month: string }[]>(
        `select booked_month from point_entry where cadre_id = ? and event_id is not null`,
        [c.a4],
      );
    expect(booked).toEqual([{ booked_month: '2026-04' }]);
    const after = (await ask('township', ONE, { d: A, m: MARCH, k: 'CADRE' })).data!.ranking!;
    expect(table(after)).toEqual(table(before));
    expect(after.status).toBe('PUBLISHED');
  });
});

describe('the publish job', () => {
  it('publishes rankings whose window has ended, and leaves one with an undecided objection', async () => {
    const done = (await compute('township', A, 'GRID_MEMBER')).data!.computeRanking!.id;
    const waiting = (await compute('township', A2)).data!.computeRanking!.id;
    for (const id of [done, waiting]) await ask('township', OPEN, { id });
    const a21 = await h.token(principal(Role.CADRE, A2, { cadreId: c.a21 }));
    await h.request(OBJECT, { input: { rankingId: waiting, reason: '分数有误' } }, { token: a21 });
    for (const id of [done, waiting]) await endWindow(id);
    expect(await publishDueRankings(h.subgraph.orm.em.fork())).toEqual({ published: 1, waiting: 1 });
    const statuses = await h.subgraph.orm.em
      .getConnection()
      .execute<{ id: string; status: string }[]>(`select id, status from ranking where id in (?, ?)`, [done, waiting]);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [done]: 'PUBLISHED',
      [waiting]: 'OBJECTION',
    });
  });
});

describe('settings', () => {
  it('uses the township’s objection days for its villages', async () => {
    expect((await ask('township', DAYS, { d: T1, n: 5 })).data).toEqual({
      setRankingObjectionDays: { divisionCode: T1, objectionDays: 5 },
    });
    expect(codeOf(await ask('township', DAYS, { d: T1, n: 0 }))).toBe('RANKING_OBJECTION_DAYS_INVALID');
    expect(codeOf(await ask('township2', DAYS, { d: T1, n: 4 }))).toBe('FORBIDDEN');
    const id = (await compute('township', T1, 'GRID_MEMBER')).data!.computeRanking!.id;
    const before = Date.now();
    const opened = (await ask('township', OPEN, { id })).data!.openRankingObjections!;
    expect(Math.round((Date.parse(opened.objectionEndsAt!) - before) / 86_400_000)).toBe(5);
  });
});

describe('scoping', () => {
  it('shows each level its own rankings; the county sees all; field roles only shown ones', async () => {
    const divisions = async (who: string) =>
      (
        (await ask<{ rankings: RankingData[] & { divisionCode: string }[] }>(who, LIST, { m: MARCH })).data?.rankings ??
        []
      )
        .map((r) => `${r.divisionCode}:${r.kind}:${r.status}`)
        .sort();
    expect(await divisions('county')).toEqual([
      `${A}:CADRE:PUBLISHED`,
      `${A}:GRID_MEMBER:PUBLISHED`,
      `${A2}:CADRE:OBJECTION`,
      `${T1}:CADRE:DRAFT`,
      `${T1}:GRID_MEMBER:OBJECTION`,
    ]);
    expect(await divisions('secretary')).toEqual([`${A}:CADRE:PUBLISHED`, `${A}:GRID_MEMBER:PUBLISHED`]);
    expect(await divisions('township2')).toEqual([]);
    expect((await ask('a1', ONE, { d: T1, m: MARCH, k: 'CADRE' })).data?.ranking).toBeNull();
    expect((await ask('a1', ONE, { d: A, m: MARCH, k: 'CADRE' })).data?.ranking?.mine).toEqual({ rank: 2 });
  });

  it('refuses computing outside the jurisdiction and to roles without the grant', async () => {
    expect(codeOf(await compute('township2', A))).toBe('FORBIDDEN');
    expect(codeOf(await compute('secretary', A))).toBe('FORBIDDEN');
    for (const who of ['auditor', 'sysadmin']) {
      expect(codeOf(await ask(who, LIST, { m: MARCH }))).toBe('FORBIDDEN');
      expect(codeOf(await compute(who, A))).toBe('FORBIDDEN');
    }
  });

  it('reads a month’s rankings with their rows and objections in a flat number of statements', async () => {
    const count = async (regionCode: string) => {
      h.queries.length = 0;
      const r = await ask('county', LIST, { m: MARCH, r: regionCode });
      expect(r.errors).toBeUndefined();
      return h.queries.length;
    };
    expect(await count(T1)).toBe(await count(A));
  });
});

describe('database', () => {
  it('matches the ranking entities after the migrations', async () => {
    const pending = (await pendingSchemaSql(h.subgraph.orm)).split('\n');
    expect(pending.filter((sql) => /ranking/.test(sql))).toEqual([]);
  });
});
