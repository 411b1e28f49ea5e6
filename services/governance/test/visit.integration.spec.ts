import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { Pairing } from '../src/modules/cadre/index.js';
import { Cadre } from '../src/modules/cadre/index.js';
import { Setting } from '../src/modules/settings/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, ids, TOWN_A, TOWN_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';
import { todayInChina } from '@xiangzhi/subgraph-kit';

/*
 * The hand-counted fixture. Pairings in force (all from 2026-01-01):
 *   赵红梅 (cadreA1, 石门村, monthly):        h00 h01 h02, and h04 until 2026-09-15
 *   孙志强 (cadreA2, 桃花村, monthly):        h12 h13 h14
 *   钱文华 (cadreTown, 青山镇, liaison leader → quarterly): h03 h10 h11
 *   吴德才 (cadreB1, 柳溪村, monthly):        h20
 * Visits:
 *   1 A1 → h00 11-05   2 A1 → h01 10-15   3 A1+Town → h02 11-02   4 A1 → h04 09-10   5 A2 → h12 11-03
 *   6 A2 → h13 08-15   7 Town → h10 10-03  8 Town → h03 08-01       9 Town → h00 11-06 (not his household)
 *  10 B1 → h20 11-08
 */
const H = (village: number, n: number): string => householdId(village, n);
let h: Harness;
let t: Record<Person, string>;

const RECORD = `mutation($i: RecordVisitInput!) { recordVisit(input: $i) {
  id visitedOn method family production living difficulties demands createdBy cadres { name } household { id headName } } }`;
type Recorded = {
  recordVisit: {
    id: string;
    visitedOn: string;
    method: string;
    production: string | null;
    createdBy: string;
    cadres: { name: string }[];
    household: { id: string };
  };
};
const COVERAGE =
  'query($r: String, $p: String!, $g: VisitCoverageGroupBy!) { visitCoverage(regionCode: $r, period: $p, groupBy: $g) { key name paired visited ratio } }';
type Row = { key: string; name: string; paired: number; visited: number; ratio: number };
const NOT_VISITED =
  'query($r: String, $p: String!, $c: ID, $first: Int) { notVisited(regionCode: $r, period: $p, cadreId: $c, first: $first) { totalCount pageInfo { hasNextPage } edges { node { id headName } } } }';
type NotVisited = {
  notVisited: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean };
    edges: { node: { id: string; headName: string } }[];
  };
};
const VISITS =
  'query($r: String, $hh: ID, $c: ID, $from: String, $to: String) { visits(regionCode: $r, householdId: $hh, cadreId: $c, from: $from, to: $to, first: 100) { totalCount edges { node { visitedOn household { id } cadres { name } } } } }';
type Visits = {
  visits: {
    totalCount: number;
    edges: { node: { visitedOn: string; household: { id: string } | null; cadres: { name: string }[] } }[];
  };
};

const coverage = async (token: string, p: string, g: string, r?: string): Promise<[string, number, number][]> =>
  ok(await h.gql<{ visitCoverage: Row[] }>(COVERAGE, { p, g, r }, token)).visitCoverage.map((row) => [
    row.name,
    row.paired,
    row.visited,
  ]);

async function visit(token: string, input: Record<string, unknown>): Promise<Recorded['recordVisit']> {
  return ok(
    await h.gql<Recorded>(RECORD, { i: { method: 'IN_PERSON', living: '住房安全，饮水正常', ...input } }, token),
  ).recordVisit;
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  const em = h.subgraph.orm.em.fork();
  const pair = (n: number, cadre: string, household: string, endedOn: string | null = null) => ({
    id: `0190c000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    cadre,
    household,
    startedOn: '2026-01-01',
    endedOn,
    version: 1,
  });
  await em.insertMany(Pairing, [
    pair(1, ids.cadreA1, H(0, 4), '2026-09-15'),
    pair(2, ids.cadreTown, H(0, 3)),
    pair(3, ids.cadreTown, H(1, 0)),
    pair(4, ids.cadreTown, H(1, 1)),
    pair(5, ids.cadreA2, H(1, 2)),
    pair(6, ids.cadreA2, H(1, 3)),
    pair(7, ids.cadreA2, H(1, 4)),
  ]);
  await em.nativeUpdate(Cadre, { id: ids.cadreTown }, { isLiaisonLeader: true });

  await visit(t.cadreA1, { householdId: H(0, 0), visitedOn: '2026-11-05' });
  await visit(t.cadreA1, { householdId: H(0, 1), visitedOn: '2026-10-15', method: 'ONLINE' });
  await visit(t.secA1, { householdId: H(0, 2), visitedOn: '2026-11-02', cadreIds: [ids.cadreA1, ids.cadreTown] });
  await visit(t.secA1, { householdId: H(0, 4), visitedOn: '2026-09-10', cadreIds: [ids.cadreA1] });
  await visit(t.townA, { householdId: H(1, 2), visitedOn: '2026-11-03', cadreIds: [ids.cadreA2] });
  await visit(t.townA, { householdId: H(1, 3), visitedOn: '2026-08-15', cadreIds: [ids.cadreA2] });
  await visit(t.townA, {
    householdId: H(1, 0),
    visitedOn: '2026-10-03',
    cadreIds: [ids.cadreTown],
    method: 'STAY_OVER',
  });
  await visit(t.townA, { householdId: H(0, 3), visitedOn: '2026-08-01', cadreIds: [ids.cadreTown] });
  await visit(t.townA, { householdId: H(0, 0), visitedOn: '2026-11-06', cadreIds: [ids.cadreTown] });
  await visit(t.secB1, {
    householdId: H(2, 0),
    visitedOn: '2026-11-08',
    cadreIds: [ids.cadreB1],
    method: 'QUESTIONNAIRE',
  });
});
afterAll(async () => {
  await h?.stop();
});

describe('the visit diary (民情日记)', () => {
  it('records the caller as the visitor by default, and who wrote it', async () => {
    const res = ok(await h.gql<Visits>(VISITS, { hh: H(0, 1) }, t.cadreA1));
    expect(res.visits.edges.map((e) => [e.node.visitedOn, e.node.cadres.map((c) => c.name)])).toEqual([
      ['2026-10-15', ['赵红梅']],
    ]);
    const joint = ok(await h.gql<Visits>(VISITS, { hh: H(0, 2) }, t.secA1));
    expect(joint.visits.edges[0]!.node.cadres.map((c) => c.name).sort()).toEqual(['赵红梅', '钱文华'].sort());
  });

  it("lists visits in the caller's scope only, newest first, with filters", async () => {
    const town = ok(await h.gql<Visits>(VISITS, {}, t.townA));
    expect(town.visits.totalCount).toBe(9);
    const days = town.visits.edges.map((e) => e.node.visitedOn);
    expect(days).toEqual([...days].sort().reverse());
    expect(ok(await h.gql<Visits>(VISITS, {}, t.secB1)).visits.totalCount).toBe(1);
    expect(ok(await h.gql<Visits>(VISITS, { hh: H(0, 0) }, t.secB1)).visits.totalCount).toBe(0);
    expectError(await h.gql(VISITS, { r: VILLAGE_A1 }, t.secB1), 'FORBIDDEN');
    // a cadre sees the visits to the households paired with them
    const mine = ok(await h.gql<Visits>(VISITS, {}, t.cadreA1));
    expect(new Set(mine.visits.edges.map((e) => e.node.household?.id))).toEqual(new Set([H(0, 0), H(0, 1), H(0, 2)]));
    expect(mine.visits.totalCount).toBe(4);
    expect(ok(await h.gql<Visits>(VISITS, { c: ids.cadreTown }, t.townA)).visits.totalCount).toBe(4);
    expect(ok(await h.gql<Visits>(VISITS, { from: '2026-11-01', to: '2026-11-30' }, t.townA)).visits.totalCount).toBe(
      4,
    );
    expect(ok(await h.gql<Visits>(VISITS, { r: VILLAGE_A2 }, t.townA)).visits.totalCount).toBe(3);
    expectError(await h.gql(VISITS, { from: '2026-11-30', to: '2026-11-01' }, t.townA), 'VISIT_TO_INVALID', 'to');
  });
});

describe('visit coverage (households visited / households paired)', () => {
  it('counts a month per cadre, the liaison leader by the quarter so far', async () => {
    expect(await coverage(t.townA, '2026-11', 'CADRE')).toEqual([
      ['钱文华', 3, 1],
      ['赵红梅', 3, 2],
      ['孙志强', 3, 1],
    ]);
    const rows = ok(
      await h.gql<{ visitCoverage: Row[] }>(COVERAGE, { p: '2026-11', g: 'CADRE' }, t.townA),
    ).visitCoverage;
    expect(rows[1]).toEqual({ key: ids.cadreA1, name: '赵红梅', paired: 3, visited: 2, ratio: 0.6667 });
  });

  it('counts a past month with a pairing that ended in it', async () => {
    expect(await coverage(t.townA, '2026-09', 'CADRE')).toEqual([
      ['钱文华', 3, 1],
      ['赵红梅', 4, 1],
      ['孙志强', 3, 0],
    ]);
  });

  it('counts quarters', async () => {
    expect(await coverage(t.townA, '2026-Q4', 'CADRE')).toEqual([
      ['钱文华', 3, 1],
      ['赵红梅', 3, 3],
      ['孙志强', 3, 1],
    ]);
    expect(await coverage(t.townA, '2026-Q3', 'CADRE')).toEqual([
      ['钱文华', 3, 1],
      ['赵红梅', 4, 1],
      ['孙志强', 3, 1],
    ]);
  });

  it('groups by grid, village and township, counting each household once', async () => {
    expect(await coverage(t.townA, '2026-11', 'GRID')).toEqual([
      ['第1网格', 4, 2],
      ['第2网格', 5, 2],
    ]);
    expect(await coverage(t.townA, '2026-11', 'VILLAGE')).toEqual([
      ['石门村', 4, 2],
      ['桃花村', 5, 2],
    ]);
    expect(await coverage(t.townA, '2026-11', 'TOWNSHIP')).toEqual([['青山镇', 9, 4]]);
    expect(await coverage(t.county, '2026-11', 'TOWNSHIP')).toEqual([
      ['青山镇', 9, 4],
      ['白沙乡', 1, 1],
    ]);
    expect(await coverage(t.county, '2026-11', 'VILLAGE', VILLAGE_A2)).toEqual([['桃花村', 5, 2]]);
    const keys = ok(
      await h.gql<{ visitCoverage: Row[] }>(COVERAGE, { p: '2026-11', g: 'TOWNSHIP' }, t.county),
    ).visitCoverage.map((r) => r.key);
    expect(keys).toEqual([TOWN_A, TOWN_B]);
  });

  it('follows the frequency setting of the village', async () => {
    const em = h.subgraph.orm.em.fork();
    em.create(Setting, { divisionCode: VILLAGE_A1, key: 'visit.cadreFrequency', value: 'QUARTERLY' });
    await em.flush();
    // 赵红梅's h01, visited in October, now counts for November
    expect(await coverage(t.townA, '2026-11', 'CADRE')).toEqual([
      ['钱文华', 3, 1],
      ['赵红梅', 3, 3],
      ['孙志强', 3, 1],
    ]);
    await em.nativeDelete(Setting, { divisionCode: VILLAGE_A1, key: 'visit.cadreFrequency' });
    expect(await coverage(t.townA, '2026-11', 'CADRE')).toEqual([
      ['钱文华', 3, 1],
      ['赵红梅', 3, 2],
      ['孙志强', 3, 1],
    ]);
  });

  it('is scoped: a cadre sees the own pairings, a village its own, nobody a neighbour', async () => {
    expect(await coverage(t.cadreA1, '2026-11', 'CADRE')).toEqual([['赵红梅', 3, 2]]);
    expect(await coverage(t.secB1, '2026-11', 'VILLAGE')).toEqual([['柳溪村', 1, 1]]);
    expectError(await h.gql(COVERAGE, { p: '2026-11', g: 'CADRE', r: VILLAGE_A1 }, t.secB1), 'FORBIDDEN');
    // a dashboard sees the numbers of the whole county, never the households
    expect(await coverage(t.dashboard, '2026-11', 'TOWNSHIP')).toEqual([
      ['青山镇', 9, 4],
      ['白沙乡', 1, 1],
    ]);
    expectError(await h.gql(NOT_VISITED, { p: '2026-11' }, t.dashboard), 'FORBIDDEN');
  });

  it('names a bad or future period', async () => {
    expectError(await h.gql(COVERAGE, { p: '2026-13', g: 'CADRE' }, t.townA), 'VISIT_PERIOD_INVALID', 'period');
    expectError(await h.gql(COVERAGE, { p: 'last month', g: 'CADRE' }, t.townA), 'VISIT_PERIOD_INVALID', 'period');
    expectError(await h.gql(COVERAGE, { p: '2999-Q1', g: 'CADRE' }, t.townA), 'VISIT_PERIOD_INVALID', 'period');
    expectError(
      await h.gql(COVERAGE, { p: '2026-11', g: 'CADRE', r: '4309' }, t.townA),
      'VISIT_REGION_CODE_INVALID',
      'regionCode',
    );
  });

  it('lists exactly the paired households not visited', async () => {
    const of = async (vars: Record<string, unknown>, token = t.townA): Promise<string[]> =>
      ok(await h.gql<NotVisited>(NOT_VISITED, { first: 100, ...vars }, token)).notVisited.edges.map((e) => e.node.id);
    expect(await of({ p: '2026-11', c: ids.cadreA1 })).toEqual([H(0, 1)]);
    expect(await of({ p: '2026-11', c: ids.cadreTown })).toEqual([H(0, 3), H(1, 1)]);
    expect(await of({ p: '2026-11' })).toEqual([H(0, 1), H(0, 3), H(1, 1), H(1, 3), H(1, 4)]);
    expect(await of({ p: '2026-Q4', c: ids.cadreA1 })).toEqual([]);
    expect(await of({ p: '2026-09', c: ids.cadreA1 })).toEqual([H(0, 0), H(0, 1), H(0, 2)]);
    expect(await of({ p: '2026-11' }, t.cadreA1)).toEqual([H(0, 1)]);
    const page = ok(await h.gql<NotVisited>(NOT_VISITED, { p: '2026-11', first: 2 }, t.townA)).notVisited;
    expect(page).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(page.edges).toHaveLength(2);
    expectError(await h.gql(NOT_VISITED, { p: '2026-11', c: ids.cadreB1 }, t.townA), 'CADRE_NOT_FOUND', 'cadreId');
  });

  it('costs the same number of statements whatever the number of cadres and households', async () => {
    const few = await statementsOf(h, () => h.gql(COVERAGE, { p: '2026-11', g: 'CADRE', r: VILLAGE_B1 }, t.county));
    const many = await statementsOf(h, () => h.gql(COVERAGE, { p: '2026-11', g: 'CADRE', r: TOWN_A }, t.county));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(2);
    const listFew = await statementsOf(h, () =>
      h.gql(NOT_VISITED, { p: '2026-Q3', r: VILLAGE_B1, first: 100 }, t.county),
    );
    const listMany = await statementsOf(h, () => h.gql(NOT_VISITED, { p: '2026-Q3', r: TOWN_A, first: 100 }, t.county));
    expect(listMany).toBe(listFew);
  });
});

describe('recordVisit rules', () => {
  const tomorrow = new Date(Date.parse(`${todayInChina()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const record = (token: string, input: Record<string, unknown>) =>
    h.gql(RECORD, { i: { method: 'IN_PERSON', living: '正常', householdId: H(0, 0), ...input } }, token);

  it("refuses a future date, an unknown household and another village's household", async () => {
    expectError(await record(t.cadreA1, { visitedOn: tomorrow }), 'VISIT_VISITED_ON_INVALID', 'visitedOn');
    expectError(await record(t.cadreA1, { visitedOn: '2026-02-30' }), 'VISIT_VISITED_ON_INVALID', 'visitedOn');
    expectError(
      await record(t.cadreA1, { householdId: '0190a000-0000-7000-8000-999999999999' }),
      'HOUSEHOLD_NOT_FOUND',
      'householdId',
    );
    expectError(await record(t.cadreA1, { householdId: 'nonsense' }), 'HOUSEHOLD_NOT_FOUND', 'householdId');
    expectError(
      await record(t.secA1, { householdId: H(2, 0), cadreIds: [ids.cadreA1] }),
      'HOUSEHOLD_NOT_FOUND',
      'householdId',
    );
    // a cadre writes only for the households paired with them
    expectError(await record(t.cadreA1, { householdId: H(0, 5) }), 'HOUSEHOLD_NOT_FOUND', 'householdId');
  });

  it("needs something learned, and visitors of the household's village or township", async () => {
    expectError(await record(t.cadreA1, { living: '  ' }), 'VISIT_FAMILY_INVALID', 'family');
    expectError(await record(t.secA1, { cadreIds: [ids.cadreB1] }), 'CADRE_NOT_FOUND', 'cadreIds');
    expectError(await record(t.secA1, { cadreIds: [] }), 'VISIT_CADRE_IDS_INVALID', 'cadreIds');
    expectError(await record(t.cadreA1, { cadreIds: [ids.cadreTown] }), 'FORBIDDEN');
    expectError(await record(t.dept, { cadreIds: [ids.cadreA1] }), 'FORBIDDEN');
    expect(ok(await h.gql<Visits>(VISITS, { hh: H(0, 0) }, t.secA1)).visits.totalCount).toBe(2);
  });

  it('takes household, method and one line from a phone, dated today', async () => {
    const v = ok(
      await h.gql<Recorded>(
        RECORD,
        { i: { householdId: H(0, 0), method: 'IN_PERSON', difficulties: '老人腿脚不便' } },
        t.cadreA1,
      ),
    ).recordVisit;
    expect(v).toMatchObject({
      visitedOn: todayInChina(),
      method: 'IN_PERSON',
      createdBy: 'cadre_a1',
      cadres: [{ name: '赵红梅' }],
      household: { id: H(0, 0) },
    });
  });

  it("updates the household's situation in the same transaction, refusing a stale version and writing nothing then", async () => {
    const HH =
      'query($id: ID!) { household(id: $id) { version productionSituation livingSituation difficulties visits(first: 1) { totalCount edges { node { production } } } } }';
    type HH = {
      household: {
        version: number;
        productionSituation: string | null;
        livingSituation: string | null;
        difficulties: string | null;
        visits: { totalCount: number; edges: { node: { production: string } }[] };
      };
    };
    const before = ok(await h.gql<HH>(HH, { id: H(0, 1) }, t.cadreA1)).household;
    ok(
      await h.gql(
        RECORD,
        {
          i: {
            householdId: H(0, 1),
            method: 'IN_PERSON',
            visitedOn: '2026-10-20',
            production: '新栽柑橘 3 亩',
            updateHousehold: {
              version: before.version,
              productionSituation: '种植水稻 5 亩、柑橘 3 亩',
              livingSituation: '砖混住房，饮水安全',
              difficulties: '缺销路',
            },
          },
        },
        t.cadreA1,
      ),
    );
    const mid = ok(await h.gql<HH>(HH, { id: H(0, 1) }, t.cadreA1)).household;
    expect(mid).toMatchObject({
      version: before.version + 1,
      productionSituation: '种植水稻 5 亩、柑橘 3 亩',
      livingSituation: '砖混住房，饮水安全',
      difficulties: '缺销路',
    });
    expect(mid.visits.totalCount).toBe(before.visits.totalCount + 1);
    // null leaves a field as it is, an empty string clears it
    ok(
      await h.gql(
        RECORD,
        {
          i: {
            householdId: H(0, 1),
            method: 'ONLINE',
            visitedOn: '2026-10-21',
            demands: '想学电商',
            updateHousehold: {
              version: mid.version,
              productionSituation: null,
              livingSituation: null,
              difficulties: '',
            },
          },
        },
        t.cadreA1,
      ),
    );
    const after = ok(await h.gql<HH>(HH, { id: H(0, 1) }, t.cadreA1)).household;
    expect(after).toMatchObject({
      version: mid.version + 1,
      productionSituation: '种植水稻 5 亩、柑橘 3 亩',
      livingSituation: '砖混住房，饮水安全',
      difficulties: null,
    });
    const stale = await h.gql(
      RECORD,
      {
        i: {
          householdId: H(0, 1),
          method: 'ONLINE',
          production: '又一次',
          updateHousehold: { version: before.version, livingSituation: 'x' },
        },
      },
      t.cadreA1,
    );
    expectError(stale, 'CONFLICT');
    expect(ok(await h.gql<HH>(HH, { id: H(0, 1) }, t.cadreA1)).household).toEqual(after);
  });
});

describe('Household.visits', () => {
  it("pages each household's visits without a statement per household", async () => {
    const Q =
      'query($first: Int) { households(first: $first) { edges { node { id visits(first: 2) { totalCount edges { node { visitedOn method cadres { name } } } } gridHistory { reason } } } } }';
    const res = ok(
      await h.gql<{
        households: {
          edges: { node: { id: string; visits: { totalCount: number; edges: { node: { visitedOn: string } }[] } } }[];
        };
      }>(Q, { first: 16 }, t.townA),
    );
    const h00 = res.households.edges.find((e) => e.node.id === H(0, 0))!.node.visits;
    expect(h00.totalCount).toBe(3);
    expect(h00.edges).toHaveLength(2);
    expect(h00.edges[0]!.node.visitedOn >= h00.edges[1]!.node.visitedOn).toBe(true);
    const few = await statementsOf(h, () => h.gql(Q, { first: 2 }, t.townA));
    const many = await statementsOf(h, () => h.gql(Q, { first: 16 }, t.townA));
    expect(many).toBe(few);
  });
});
