import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { CaseLevel, SatisfactionRating } from '../src/modules/case/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, ids, TOWN_A, TOWN_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';
import { cn, insertCases } from './case-figures.fixture.js';

/*
 * Hand-counted cases (China time). Raised counts by the raised date, the rest by the close date:
 *  #1 石门 gridA1 raised 11-03, closed 11-10 at GRID, resolved 11-09 ≤ due 11-20, SATISFIED
 *  #2 石门 gridA1 raised 11-05, closed 11-25 at VILLAGE, resolved 11-24 > due 11-20 (late), BASICALLY_SATISFIED
 *  #3 石门 no grid raised 11-30 20:00, open
 *  #4 石门 gridA1 raised 10-20, closed 11-02 at TOWNSHIP, resolved 11-01 ≤ due 11-05, not rated
 *  #5 桃花 gridA2 raised 11-15, open at TOWNSHIP
 *  #6 桃花 gridA2 raised 11-01 00:30 (Oct 31 in UTC), closed 12-01 07:00 (Nov 30 in UTC) at GRID, SATISFIED
 *  #7 柳溪 gridB1 raised 11-10, closed 11-12 at GRID, no due date, SATISFIED
 *  #8 石门 gridA1 raised 12-02, open
 *  #9 柳溪 no grid raised 11-11, closed 11-20 at VILLAGE, no due date, DISSATISFIED (closed as explained)
 */
const { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED } = SatisfactionRating;
let h: Harness;
let t: Record<Person, string>;

const FIGURES = `query($d: String, $g: CaseFigureGroupBy!, $from: String!, $to: String) {
  caseFigures(divisionCode: $d, groupBy: $g, from: $from, to: $to) {
    divisionCode from to
    rows { key name raised closed onTime closedInVillage closedInTownship rated satisfied onTimeRate satisfactionRate }
    total { raised closed onTime closedInVillage closedInTownship rated satisfied onTimeRate satisfactionRate } } }`;
type Row = {
  key: string;
  name: string;
  raised: number;
  closed: number;
  onTime: number;
  closedInVillage: number;
  closedInTownship: number;
  rated: number;
  satisfied: number;
  onTimeRate: number | null;
  satisfactionRate: number | null;
};
type Figures = { caseFigures: { divisionCode: string; rows: Row[]; total: Omit<Row, 'key' | 'name'> } };

const figures = (who: Person, g: string, from: string, to?: string, d?: string) =>
  h.gql<Figures>(FIGURES, { d, g, from, to }, t[who]);
// key, name, raised, closed, onTime, closedInVillage, closedInTownship, rated, satisfied
const brief = (r: Row) => [
  r.key,
  r.name,
  r.raised,
  r.closed,
  r.onTime,
  r.closedInVillage,
  r.closedInTownship,
  r.rated,
  r.satisfied,
];

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  const em = h.subgraph.orm.em.fork();
  const [A1, A2, B1] = [VILLAGE_A1, VILLAGE_A2, VILLAGE_B1];
  insertCases(em, [
    {
      village: A1,
      grid: ids.gridA1,
      raisedAt: cn('2026-11-03 09:00'),
      closedAt: cn('2026-11-10 10:00'),
      resolvedAt: cn('2026-11-09 10:00'),
      dueAt: cn('2026-11-20 18:00'),
      satisfaction: SATISFIED,
      level: CaseLevel.GRID,
    },
    {
      village: A1,
      grid: ids.gridA1,
      raisedAt: cn('2026-11-05 09:00'),
      closedAt: cn('2026-11-25 10:00'),
      resolvedAt: cn('2026-11-24 10:00'),
      dueAt: cn('2026-11-20 18:00'),
      satisfaction: BASICALLY_SATISFIED,
      level: CaseLevel.VILLAGE,
    },
    { village: A1, raisedAt: cn('2026-11-30 20:00') },
    {
      village: A1,
      grid: ids.gridA1,
      raisedAt: cn('2026-10-20 09:00'),
      closedAt: cn('2026-11-02 10:00'),
      resolvedAt: cn('2026-11-01 10:00'),
      dueAt: cn('2026-11-05 18:00'),
      level: CaseLevel.TOWNSHIP,
    },
    { village: A2, grid: ids.gridA2, raisedAt: cn('2026-11-15 09:00'), level: CaseLevel.TOWNSHIP },
    {
      village: A2,
      grid: ids.gridA2,
      raisedAt: cn('2026-11-01 00:30'),
      closedAt: cn('2026-12-01 07:00'),
      resolvedAt: cn('2026-11-28 10:00'),
      satisfaction: SATISFIED,
      level: CaseLevel.GRID,
    },
    {
      village: B1,
      grid: ids.gridB1,
      raisedAt: cn('2026-11-10 09:00'),
      closedAt: cn('2026-11-12 10:00'),
      resolvedAt: cn('2026-11-11 10:00'),
      satisfaction: SATISFIED,
      level: CaseLevel.GRID,
    },
    { village: A1, grid: ids.gridA1, raisedAt: cn('2026-12-02 09:00') },
    {
      village: B1,
      raisedAt: cn('2026-11-11 09:00'),
      closedAt: cn('2026-11-20 10:00'),
      resolvedAt: cn('2026-11-19 10:00'),
      satisfaction: DISSATISFIED,
      level: CaseLevel.VILLAGE,
    },
  ]);
  await em.flush();
});
afterAll(async () => {
  await h?.stop();
});

describe('caseFigures', () => {
  it('counts each village of the county for November by hand', async () => {
    const f = ok(await figures('county', 'VILLAGE', '2026-11')).caseFigures;
    expect(f.rows.map(brief)).toEqual([
      [VILLAGE_A1, '石门村', 3, 3, 2, 2, 1, 2, 2],
      [VILLAGE_A2, '桃花村', 2, 0, 0, 0, 0, 0, 0],
      [VILLAGE_B1, '柳溪村', 2, 2, 2, 2, 0, 2, 1],
    ]);
    expect(f.rows[0]).toMatchObject({ onTimeRate: 0.6667, satisfactionRate: 1 });
    expect(f.rows[1]).toMatchObject({ onTimeRate: null, satisfactionRate: null });
    expect(f.total).toEqual({
      raised: 7,
      closed: 5,
      onTime: 4,
      closedInVillage: 4,
      closedInTownship: 1,
      rated: 4,
      satisfied: 3,
      onTimeRate: 0.8,
      satisfactionRate: 0.75,
    });
  });

  it('by township, and by month in China time across three months', async () => {
    const towns = ok(await figures('county', 'TOWNSHIP', '2026-11')).caseFigures.rows.map(brief);
    expect(towns).toEqual([
      [TOWN_A, '青山镇', 5, 3, 2, 2, 1, 2, 2],
      [TOWN_B, '白沙乡', 2, 2, 2, 2, 0, 2, 1],
    ]);
    const months = ok(await figures('townA', 'MONTH', '2026-10', '2026-12', TOWN_A)).caseFigures.rows.map(brief);
    expect(months).toEqual([
      ['2026-10', '2026-10', 1, 0, 0, 0, 0, 0, 0],
      ['2026-11', '2026-11', 5, 3, 2, 2, 1, 2, 2],
      ['2026-12', '2026-12', 1, 1, 1, 1, 0, 1, 1],
    ]);
  });

  it('by grid within a village, the cases without a grid on their own row', async () => {
    const rows = ok(await figures('secA1', 'GRID', '2026-11')).caseFigures.rows.map(brief);
    expect(rows).toEqual([
      ['', '未划网格', 1, 0, 0, 0, 0, 0, 0],
      [ids.gridA1, '第1网格', 2, 3, 2, 2, 1, 2, 2],
    ]);
  });

  it("is one statement, whatever the grouping; a village secretary's default scope is the village", async () => {
    for (const g of ['GRID', 'VILLAGE', 'TOWNSHIP', 'MONTH'])
      expect(await statementsOf(h, () => figures('county', g, '2026-01', '2026-12'))).toBe(1);
    expect(ok(await figures('secA1', 'VILLAGE', '2026-11')).caseFigures.rows.map((r) => r.key)).toEqual([VILLAGE_A1]);
  });

  it('the dashboard client (AGGREGATE_READ) reads figures; nobody reads another jurisdiction', async () => {
    expect(ok(await figures('dashboard', 'TOWNSHIP', '2026-11')).caseFigures.total.raised).toBe(7);
    expectError(await figures('secB1', 'VILLAGE', '2026-11', undefined, VILLAGE_A1), 'FORBIDDEN');
    expectError(await figures('townA', 'VILLAGE', '2026-11', undefined, TOWN_B), 'FORBIDDEN');
  });

  it('refuses malformed months, a reversed or too long range and a malformed division', async () => {
    expectError(await figures('county', 'MONTH', '2026-13'), 'CASE_FROM_INVALID', 'from');
    expectError(await figures('county', 'MONTH', '2026-11', '2026-10'), 'CASE_TO_INVALID', 'to');
    expectError(await figures('county', 'MONTH', '2020-01', '2026-12'), 'CASE_TO_INVALID', 'to');
    expectError(await figures('county', 'MONTH', '2026-11', undefined, '4309'), 'CASE_DIVISION_CODE_INVALID');
  });
});
