import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, ids, TOWN_A, TOWN_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';

let h: Harness;
let t: Record<Person, string>;

const TREE = `query($c: String!) { region(code: $c) { name gridTree {
  id name level divisionCode parentId householdCount capacity members { role cadre { name } }
  children { name level divisionCode householdCount members { role cadre { name } }
    children { name level householdCount capacity members { role cadre { name } } } } } } }`;

interface TreeGrid {
  id: string;
  name: string;
  level: string;
  divisionCode: string;
  householdCount: number;
  capacity: number;
  members: { role: string; cadre: { name: string } }[];
  children: TreeGrid[];
}
type TreeData = { region: { name: string; gridTree: TreeGrid[] } | null };

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
});
afterAll(async () => {
  await h?.stop();
});

describe('the 3-level grid built from the register (seed 004)', () => {
  it('gives a township one level-1 grid, each village a level-2 grid, and the area grids below them', async () => {
    const { region } = ok(await h.gql<TreeData>(TREE, { c: TOWN_A }, t.townA));
    expect(region?.gridTree).toHaveLength(1);
    const [town] = region!.gridTree;
    expect(town).toMatchObject({
      name: '青山镇一级网格',
      level: 'TOWNSHIP',
      divisionCode: TOWN_A,
      householdCount: 16,
      capacity: 100,
    });
    // 全体班子成员担任乡级网格员: the township cadre serves on the level-1 grid
    expect(town!.members).toEqual([{ role: 'MEMBER', cadre: { name: '钱文华' } }]);
    expect(town!.children.map((c) => [c.name, c.level, c.divisionCode, c.householdCount])).toEqual([
      ['石门村二级网格', 'VILLAGE', VILLAGE_A1, 8],
      ['桃花村二级网格', 'VILLAGE', VILLAGE_A2, 8],
    ]);
    // 支部书记担任网格长 of the village grid
    expect(town!.children[0]!.members).toEqual([{ role: 'LEADER', cadre: { name: '赵红梅' } }]);
    expect(town!.children[0]!.children).toEqual([
      {
        name: '第1网格',
        level: 'AREA',
        householdCount: 8,
        capacity: 100,
        members: [{ role: 'MEMBER', cadre: { name: '赵红梅' } }],
      },
    ]);
  });

  it("roots a village's tree at its level-2 grid and a county's at the level-1 grids", async () => {
    const village = ok(await h.gql<TreeData>(TREE, { c: VILLAGE_B1 }, t.secB1));
    expect(village.region?.gridTree.map((g) => [g.name, g.level, g.children.map((c) => c.name)])).toEqual([
      ['柳溪村二级网格', 'VILLAGE', ['第3网格']],
    ]);
    const county = ok(await h.gql<TreeData>(TREE, { c: '430999' }, t.county));
    expect(county.region?.gridTree.map((g) => [g.name, g.householdCount])).toEqual([
      ['青山镇一级网格', 16],
      ['白沙乡一级网格', 8],
    ]);
  });

  it('lists the region tree down to the villages', async () => {
    const res = ok(
      await h.gql<{ regions: { code: string; children: { code: string; children: { code: string }[] }[] }[] }>(
        '{ regions { code children { code children { code } } } }',
        {},
        t.county,
      ),
    );
    expect(res.regions).toEqual([
      {
        code: '430999',
        children: [
          { code: TOWN_A, children: [{ code: VILLAGE_A1 }, { code: VILLAGE_A2 }] },
          { code: TOWN_B, children: [{ code: VILLAGE_B1 }] },
        ],
      },
    ]);
  });

  it('does not grow its statement count with the number of villages and grids', async () => {
    const small = await statementsOf(h, () => h.gql(TREE, { c: TOWN_B }, t.county));
    const large = await statementsOf(h, () => h.gql(TREE, { c: '430999' }, t.county));
    expect(large).toBe(small);
  });
});

describe('grid scoping', () => {
  it('shows a village secretary the township grid but only the own village below it', async () => {
    const { region } = ok(await h.gql<TreeData>(TREE, { c: TOWN_A }, t.secA1));
    expect(region?.gridTree.map((g) => g.children.map((c) => c.name))).toEqual([['石门村二级网格']]);
  });

  it("hides another village's grids by id, by region and as a parent's child", async () => {
    const other = ok(await h.gql<TreeData>(TREE, { c: VILLAGE_B1 }, t.secA1));
    expect(other.region).toBeNull();
    const byId = ok(
      await h.gql<{ grid: null }>('query($id: ID!) { grid(id: $id) { name } }', { id: ids.gridB1 }, t.secA1),
    );
    expect(byId.grid).toBeNull();
    const own = ok(
      await h.gql<{ grid: { name: string; parent: { name: string } } }>(
        'query($id: ID!) { grid(id: $id) { name parent { name } } }',
        { id: ids.gridA1 },
        t.secA1,
      ),
    );
    expect(own.grid).toEqual({ name: '第1网格', parent: { name: '石门村二级网格' } });
    const malformed = ok(
      await h.gql<{ grid: null }>('query($id: ID!) { grid(id: $id) { name } }', { id: 'not-an-id' }, t.secA1),
    );
    expect(malformed.grid).toBeNull();
  });
});

describe('villager groups (村民小组)', () => {
  const CREATE =
    'mutation($v: String!, $n: String!) { createVillagerGroup(input: { villageCode: $v, name: $n }) { id villageCode name } }';

  it('are created per village and listed on the village, in name order', async () => {
    ok(await h.gql(CREATE, { v: VILLAGE_A1, n: '二组' }, t.secA1));
    const made = ok(
      await h.gql<{ createVillagerGroup: { villageCode: string; name: string } }>(
        CREATE,
        { v: VILLAGE_A1, n: ' 一组 ' },
        t.secA1,
      ),
    );
    expect(made.createVillagerGroup).toMatchObject({ villageCode: VILLAGE_A1, name: '一组' });
    const list = ok(
      await h.gql<{ villagerGroups: { name: string }[] }>(
        'query($v: String!) { villagerGroups(villageCode: $v) { name } }',
        { v: VILLAGE_A1 },
        t.townA,
      ),
    );
    expect(list.villagerGroups.map((g) => g.name)).toEqual(['一组', '二组']);
    const onRegion = ok(
      await h.gql<{ region: { villagerGroups: { name: string }[] } }>(
        'query($c: String!) { region(code: $c) { villagerGroups { name } } }',
        { c: VILLAGE_A1 },
        t.secA1,
      ),
    );
    expect(onRegion.region.villagerGroups).toHaveLength(2);
  });

  it('refuses a duplicate name, an empty name and a code that is not a village', async () => {
    expectError(await h.gql(CREATE, { v: VILLAGE_A1, n: '一组' }, t.secA1), 'VILLAGER_GROUP_EXISTS', 'name');
    expectError(await h.gql(CREATE, { v: VILLAGE_A1, n: '  ' }, t.secA1), 'TERRITORY_NAME_INVALID', 'name');
    expectError(
      await h.gql(CREATE, { v: TOWN_A, n: '一组' }, t.townA),
      'TERRITORY_VILLAGE_CODE_INVALID',
      'villageCode',
    );
  });

  it('is closed to another village, to cadres and to read-only accounts', async () => {
    expectError(await h.gql(CREATE, { v: VILLAGE_B1, n: '一组' }, t.secA1), 'FORBIDDEN');
    expectError(await h.gql(CREATE, { v: VILLAGE_A1, n: '三组' }, t.cadreA1), 'FORBIDDEN');
    expectError(await h.gql(CREATE, { v: VILLAGE_A1, n: '三组' }, t.dept), 'FORBIDDEN');
    expectError(
      await h.gql('query($v: String!) { villagerGroups(villageCode: $v) { name } }', { v: VILLAGE_A1 }, t.secB1),
      'FORBIDDEN',
    );
  });
});
