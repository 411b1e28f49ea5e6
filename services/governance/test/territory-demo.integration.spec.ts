import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '@xiangzhi/testing';
import type { Role } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { ok } from './territory.support.js';

let h: Harness;
let data: DemoDataset;
const tokens: Record<string, string> = {};

type Member = { role: string; cadre: { id: string; name: string } };
type Node = {
  id: string;
  name: string;
  level: string;
  divisionCode: string;
  householdCount: number;
  members: Member[];
  children: Node[];
};
const TREE = `{ region(code: "430999") { gridTree { id name level divisionCode householdCount members { role cadre { id name } }
  children { id name level divisionCode householdCount members { role cadre { id name } }
    children { id name level divisionCode householdCount members { role cadre { id name } } children { id } } } } } }`;
const COVERAGE =
  'query($p: String!, $g: VisitCoverageGroupBy!) { visitCoverage(period: $p, groupBy: $g) { key name paired visited ratio } }';
type Row = { key: string; name: string; paired: number; visited: number; ratio: number };

beforeAll(async () => {
  h = await startGovernance();
  data = generateDemoData();
  await loadDemo(h.subgraph.orm.em.fork(), data, h.crypto);
  for (const username of ['county_admin', 'grid_leader_1', 'cadre_1']) {
    const a = data.accounts.find((x) => x.username === username)!;
    tokens[username] = (
      await h.signer.sign({
        accountId: a.id,
        username,
        roles: a.roles as Role[],
        divisionCode: a.divisionCode,
        gridIds: a.gridIds,
        cadreId: a.cadreId,
      })
    ).token;
  }
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe("the demo county's 3-level grid", () => {
  it('has a level-1 grid per township led by its party secretary, a level-2 grid per village led by the village secretary, and every area grid below', async () => {
    const tree = ok(await h.gql<{ region: { gridTree: Node[] } }>(TREE, {}, tokens.county_admin)).region.gridTree;
    const townships = data.regions.filter((r) => r.level === 'TOWNSHIP');
    expect(tree.map((g) => [g.level, g.divisionCode])).toEqual(townships.map((t) => ['TOWNSHIP', t.code]));
    const cadre = new Map(data.cadres.map((c) => [c.id, c]));
    for (const town of tree) {
      const leaders = town.members.filter((m) => m.role === 'LEADER');
      expect(leaders).toHaveLength(1);
      expect(cadre.get(leaders[0]!.cadre.id)!.post).toMatch(/^[乡镇]党委书记/);
      expect(town.members.length).toBe(data.cadres.filter((c) => c.divisionCode === town.divisionCode).length);
      expect(town.householdCount).toBe(
        data.households.filter((x) => x.villageCode.startsWith(town.divisionCode)).length,
      );
      for (const village of town.children) {
        expect(village.level).toBe('VILLAGE');
        const leader = village.members.find((m) => m.role === 'LEADER')!;
        expect(cadre.get(leader.cadre.id)!.post).toMatch(/^村党支部书记/);
        const areas = data.grids.filter((g) => g.villageCode === village.divisionCode);
        expect(village.children.map((c) => c.id).sort()).toEqual(areas.map((g) => g.id).sort());
        for (const area of village.children) {
          const spec = areas.find((g) => g.id === area.id)!;
          expect(area.members.filter((m) => m.role === 'LEADER').map((m) => m.cadre.id)).toEqual([spec.leaderCadreId]);
          expect(area.householdCount).toBeLessThanOrEqual(100);
        }
      }
    }
  });
});

describe('the demo visit diary', () => {
  it('shows real, partial coverage in every village for the last months', async () => {
    for (const period of ['2026-08', '2026-09', '2026-10', '2026-11', '2026-Q4']) {
      const rows = ok(
        await h.gql<{ visitCoverage: Row[] }>(COVERAGE, { p: period, g: 'VILLAGE' }, tokens.county_admin),
      ).visitCoverage;
      expect(rows).toHaveLength(6);
      for (const r of rows) {
        expect(r.visited, `${period} ${r.name}`).toBeGreaterThan(0);
        expect(r.visited, `${period} ${r.name}`).toBeLessThan(r.paired);
      }
    }
  });

  it('has no visit after the reference day, and none before the pairing began', async () => {
    const [row] = await h.subgraph.orm.em.getConnection().execute<{ late: string; early: string; total: string }[]>(
      `select (select count(*) from visit where visited_on > ?) as late,
              (select count(*) from visit v join visit_cadre vc on vc.visit_id = v.id
                 join pairing p on p.cadre_id = vc.cadre_id and p.household_id = v.household_id where v.visited_on < p.started_on) as early,
              (select count(*) from visit) as total`,
      [data.referenceDate],
    );
    expect(Number(row!.late)).toBe(0);
    expect(Number(row!.early)).toBe(0);
    expect(Number(row!.total)).toBeGreaterThan(data.pairings.length);
  });

  it("gives the demo grid leader the own grid, and the demo cadre the own row among the grid's cadres", async () => {
    const grid = ok(
      await h.gql<{ visitCoverage: Row[] }>(COVERAGE, { p: '2026-11', g: 'GRID' }, tokens.grid_leader_1),
    ).visitCoverage;
    const leader = data.accounts.find((a) => a.username === 'grid_leader_1')!;
    expect(grid.map((r) => r.key)).toContain(leader.gridIds[0]);
    const mine = ok(
      await h.gql<{ visitCoverage: Row[] }>(COVERAGE, { p: '2026-11', g: 'CADRE' }, tokens.cadre_1),
    ).visitCoverage;
    const cadre = data.accounts.find((a) => a.username === 'cadre_1')!;
    // a cadre account sees the households of its grid (the register's scope), so the grid's other cadres too
    const own = mine.find((r) => r.key === cadre.cadreId)!;
    expect(own.paired).toBe(data.pairings.filter((p) => p.cadreId === cadre.cadreId).length);
    const inGrid = new Set(data.households.filter((x) => x.gridId === cadre.gridIds[0]).map((x) => x.id));
    const cadresOfGrid = new Set(data.pairings.filter((p) => inGrid.has(p.householdId)).map((p) => p.cadreId));
    for (const r of mine) expect(cadresOfGrid.has(r.key) || r.key === cadre.cadreId).toBe(true);
  });
});
