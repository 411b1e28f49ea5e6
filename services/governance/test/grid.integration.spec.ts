import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { Region, RegionLevel } from '../src/modules/region/index.js';
import { Setting } from '../src/modules/settings/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, ids, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, tokensFor, type Person } from './territory.support.js';

let h: Harness;
let t: Record<Person, string>;
const grids: Record<string, string> = {};

const CREATE =
  'mutation($i: CreateGridInput!) { createGrid(input: $i) { id name level divisionCode parentId version capacity householdCount } }';
type Created = {
  createGrid: {
    id: string;
    name: string;
    level: string;
    divisionCode: string;
    parentId: string | null;
    version: number;
    capacity: number;
    householdCount: number;
  };
};
const TREE =
  'query($c: String!) { region(code: $c) { gridTree { id name level children { id name level children { id name } } } } }';
type Tree = {
  region: {
    gridTree: {
      id: string;
      name: string;
      level: string;
      children: { id: string; name: string; level: string; children: { id: string; name: string }[] }[];
    }[];
  };
};
const MEMBERS = 'query($id: ID!) { grid(id: $id) { members { id role startedOn endedOn cadre { name } } } }';
type Members = {
  grid: { members: { id: string; role: string; startedOn: string; endedOn: string | null; cadre: { name: string } }[] };
};
const ASSIGN =
  'mutation($i: AssignGridMemberInput!) { assignGridMember(input: $i) { id role startedOn cadre { name } } }';
const END = 'mutation($i: EndGridMemberInput!) { endGridMember(input: $i) { id endedOn } }';
const MOVE = 'mutation($i: MoveHouseholdInput!) { moveHousehold(input: $i) { id version grid { id name } } }';
const HOUSEHOLD =
  'query($id: ID!) { household(id: $id) { version grid { name } gridHistory { fromGrid { name } toGrid { name } movedBy movedAt reason } } }';
type HouseholdData = {
  household: {
    version: number;
    grid: { name: string };
    gridHistory: {
      fromGrid: { name: string } | null;
      toGrid: { name: string } | null;
      movedBy: string;
      movedAt: string;
      reason: string;
    }[];
  };
};

async function setCapacity(code: string, value: number): Promise<void> {
  const em = h.subgraph.orm.em.fork();
  const row = await em.findOne(Setting, { divisionCode: code, key: 'grid.areaCapacity' });
  if (row) row.value = value;
  else em.create(Setting, { divisionCode: code, key: 'grid.areaCapacity', value });
  await em.flush();
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  const tree = ok(await h.gql<Tree>(TREE, { c: TOWN_A }, t.townA));
  const town = tree.region.gridTree[0]!;
  grids.townA = town.id;
  grids.villageA1 = town.children[0]!.id;
  grids.villageA2 = town.children[1]!.id;
});
afterAll(async () => {
  await h?.stop();
});

describe('createGrid: the level fits the division, the parent is the level above in the same line', () => {
  it('hangs a new area grid under its village grid when no parent is given', async () => {
    const made = ok(
      await h.gql<Created>(CREATE, { i: { name: '第2网格', level: 'AREA', divisionCode: VILLAGE_A1 } }, t.secA1),
    );
    expect(made.createGrid).toMatchObject({
      name: '第2网格',
      level: 'AREA',
      divisionCode: VILLAGE_A1,
      parentId: grids.villageA1,
      version: 1,
      capacity: 100,
      householdCount: 0,
    });
    grids.area2 = made.createGrid.id;
  });

  it('refuses a level that does not fit the division code', async () => {
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'TOWNSHIP', divisionCode: VILLAGE_A1 } }, t.county),
      'GRID_DIVISION_CODE_INVALID',
      'divisionCode',
    );
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'AREA', divisionCode: TOWN_A } }, t.county),
      'GRID_DIVISION_CODE_INVALID',
      'divisionCode',
    );
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'AREA', divisionCode: '430999001009' } }, t.county),
      'GRID_DIVISION_CODE_INVALID',
      'divisionCode',
    );
  });

  it('refuses a parent of the wrong level or of another village', async () => {
    expectError(
      await h.gql(
        CREATE,
        { i: { name: 'x', level: 'AREA', divisionCode: VILLAGE_A1, parentId: grids.townA } },
        t.secA1,
      ),
      'GRID_PARENT_ID_INVALID',
      'parentId',
    );
    expectError(
      await h.gql(
        CREATE,
        { i: { name: 'x', level: 'AREA', divisionCode: VILLAGE_A1, parentId: grids.villageA2 } },
        t.townA,
      ),
      'GRID_PARENT_ID_INVALID',
      'parentId',
    );
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'AREA', divisionCode: VILLAGE_A1, parentId: ids.gridA1 } }, t.secA1),
      'GRID_PARENT_ID_INVALID',
      'parentId',
    );
    expectError(
      await h.gql(
        CREATE,
        { i: { name: 'x', level: 'VILLAGE', divisionCode: VILLAGE_B1, parentId: grids.townA } },
        t.county,
      ),
      'GRID_PARENT_ID_INVALID',
      'parentId',
    );
    expectError(
      await h.gql(
        CREATE,
        { i: { name: 'x', level: 'TOWNSHIP', divisionCode: TOWN_A, parentId: grids.townA } },
        t.county,
      ),
      'GRID_PARENT_ID_INVALID',
      'parentId',
    );
  });

  it('keeps one level-1 grid per township and one level-2 grid per village', async () => {
    expectError(
      await h.gql(CREATE, { i: { name: '又一个', level: 'VILLAGE', divisionCode: VILLAGE_A1 } }, t.secA1),
      'GRID_EXISTS',
      'level',
    );
    expectError(
      await h.gql(CREATE, { i: { name: '又一个', level: 'TOWNSHIP', divisionCode: TOWN_A } }, t.townA),
      'GRID_EXISTS',
      'level',
    );
  });

  it('builds a new township from the bottom up: grids made before their parent are hung under it', async () => {
    const em = h.subgraph.orm.em.fork();
    em.create(Region, { code: '430999003', name: '新田乡', level: RegionLevel.TOWNSHIP, parentCode: '430999' });
    em.create(Region, { code: '430999003001', name: '新田村', level: RegionLevel.VILLAGE, parentCode: '430999003' });
    await em.flush();
    const area = ok(
      await h.gql<Created>(CREATE, { i: { name: '新田一片', level: 'AREA', divisionCode: '430999003001' } }, t.county),
    );
    expect(area.createGrid.parentId).toBeNull();
    const village = ok(
      await h.gql<Created>(
        CREATE,
        { i: { name: '新田村二级网格', level: 'VILLAGE', divisionCode: '430999003001' } },
        t.county,
      ),
    );
    expect(village.createGrid.parentId).toBeNull();
    const town = ok(
      await h.gql<Created>(
        CREATE,
        { i: { name: '新田乡一级网格', level: 'TOWNSHIP', divisionCode: '430999003' } },
        t.county,
      ),
    );
    const tree = ok(await h.gql<Tree>(TREE, { c: '430999003' }, t.county));
    expect(tree.region.gridTree).toEqual([
      {
        id: town.createGrid.id,
        name: '新田乡一级网格',
        level: 'TOWNSHIP',
        children: [
          {
            id: village.createGrid.id,
            name: '新田村二级网格',
            level: 'VILLAGE',
            children: [{ id: area.createGrid.id, name: '新田一片' }],
          },
        ],
      },
    ]);
  });

  it('lets only the managers of the division create grids', async () => {
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'AREA', divisionCode: VILLAGE_B1 } }, t.secA1),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'TOWNSHIP', divisionCode: TOWN_A } }, t.secA1),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'AREA', divisionCode: VILLAGE_A1 } }, t.cadreA1),
      'FORBIDDEN',
    );
    expectError(
      await h.gql(CREATE, { i: { name: 'x', level: 'AREA', divisionCode: VILLAGE_A1 } }, t.dept),
      'FORBIDDEN',
    );
  });
});

describe('updateGrid', () => {
  const UPDATE = 'mutation($i: UpdateGridInput!) { updateGrid(input: $i) { name version } }';
  it('renames with the version read, and refuses a stale version', async () => {
    const renamed = ok(
      await h.gql<{ updateGrid: { name: string; version: number } }>(
        UPDATE,
        { i: { id: grids.area2, version: 1, name: '第二片区' } },
        t.secA1,
      ),
    );
    expect(renamed.updateGrid).toEqual({ name: '第二片区', version: 2 });
    expectError(await h.gql(UPDATE, { i: { id: grids.area2, version: 1, name: '第二网格' } }, t.secA1), 'CONFLICT');
    const now = ok(
      await h.gql<{ grid: { name: string } }>(
        'query($id: ID!) { grid(id: $id) { name } }',
        { id: grids.area2 },
        t.secA1,
      ),
    );
    expect(now.grid.name).toBe('第二片区');
  });
  it('is closed to another village and hides its grids', async () => {
    expectError(await h.gql(UPDATE, { i: { id: ids.gridB1, version: 1, name: 'x' } }, t.secA1), 'GRID_NOT_FOUND', 'id');
    expectError(await h.gql(UPDATE, { i: { id: grids.townA, version: 1, name: 'x' } }, t.secA1), 'FORBIDDEN');
  });
});

describe('grid leaders and members (网格长、网格员)', () => {
  it('appoints a leader and members, leader listed first', async () => {
    const leader = ok(
      await h.gql<{ assignGridMember: { role: string; cadre: { name: string } } }>(
        ASSIGN,
        { i: { gridId: grids.area2, cadreId: ids.cadreTown, role: 'LEADER', startedOn: '2026-03-01' } },
        t.secA1,
      ),
    );
    expect(leader.assignGridMember).toMatchObject({ role: 'LEADER', cadre: { name: '钱文华' } });
    ok(await h.gql(ASSIGN, { i: { gridId: grids.area2, cadreId: ids.cadreA1, role: 'MEMBER' } }, t.secA1));
    const { grid } = ok(await h.gql<Members>(MEMBERS, { id: grids.area2 }, t.secA1));
    expect(grid.members.map((m) => [m.role, m.cadre.name])).toEqual([
      ['LEADER', '钱文华'],
      ['MEMBER', '赵红梅'],
    ]);
    expect(grid.members[0]!.startedOn).toBe('2026-03-01');
  });

  it('keeps one active leader per grid, naming the one in office', async () => {
    const { grid } = ok(await h.gql<Members>(MEMBERS, { id: grids.area2 }, t.secA1));
    const member = grid.members.find((m) => m.role === 'MEMBER')!;
    ok(await h.gql(END, { i: { id: member.id } }, t.secA1));
    const twice = await h.gql(ASSIGN, { i: { gridId: grids.area2, cadreId: ids.cadreA1, role: 'LEADER' } }, t.secA1);
    expectError(twice, 'GRID_LEADER_EXISTS', 'role');
    expect(twice.errors?.[0]?.message).toContain('钱文华');
    const leader = grid.members.find((m) => m.role === 'LEADER')!;
    expectError(
      await h.gql(END, { i: { id: leader.id, endedOn: '2026-02-01' } }, t.secA1),
      'GRID_MEMBER_ENDED_ON_INVALID',
      'endedOn',
    );
    const ended = ok(await h.gql<{ endGridMember: { endedOn: string } }>(END, { i: { id: leader.id } }, t.secA1));
    expect(ended.endGridMember.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectError(await h.gql(END, { i: { id: leader.id } }, t.secA1), 'GRID_MEMBER_ENDED', 'id');
    ok(await h.gql(ASSIGN, { i: { gridId: grids.area2, cadreId: ids.cadreA1, role: 'LEADER' } }, t.secA1));
    const after = ok(await h.gql<Members>(MEMBERS, { id: grids.area2 }, t.secA1));
    expect(after.grid.members.map((m) => [m.role, m.cadre.name])).toEqual([['LEADER', '赵红梅']]);
  });

  it('lets only one of two leaders appointed at the same moment through', async () => {
    const results = await Promise.all(
      [ids.cadreTown, ids.cadreA2].map((cadreId) =>
        h.gql(ASSIGN, { i: { gridId: grids.villageA2, cadreId, role: 'LEADER' } }, t.townA),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('GRID_LEADER_EXISTS');
    const { grid } = ok(await h.gql<Members>(MEMBERS, { id: grids.villageA2 }, t.townA));
    expect(grid.members.filter((m) => m.role === 'LEADER')).toHaveLength(1);
  });

  it("refuses a cadre twice, a cadre of another village, a future date and a stranger's grid", async () => {
    expectError(
      await h.gql(ASSIGN, { i: { gridId: ids.gridA1, cadreId: ids.cadreA1, role: 'MEMBER' } }, t.secA1),
      'GRID_MEMBER_EXISTS',
      'cadreId',
    );
    expectError(
      await h.gql(ASSIGN, { i: { gridId: ids.gridA1, cadreId: ids.cadreA2, role: 'MEMBER' } }, t.townA),
      'GRID_MEMBER_CADRE_ID_INVALID',
      'cadreId',
    );
    expectError(
      await h.gql(ASSIGN, { i: { gridId: ids.gridA1, cadreId: ids.cadreB1, role: 'MEMBER' } }, t.secA1),
      'CADRE_NOT_FOUND',
      'cadreId',
    );
    expectError(
      await h.gql(
        ASSIGN,
        { i: { gridId: ids.gridA1, cadreId: ids.cadreTown, role: 'MEMBER', startedOn: '2999-01-01' } },
        t.secA1,
      ),
      'GRID_MEMBER_STARTED_ON_INVALID',
      'startedOn',
    );
    expectError(
      await h.gql(ASSIGN, { i: { gridId: ids.gridB1, cadreId: ids.cadreB1, role: 'MEMBER' } }, t.secA1),
      'GRID_NOT_FOUND',
      'gridId',
    );
    expectError(
      await h.gql(ASSIGN, { i: { gridId: ids.gridA1, cadreId: ids.cadreTown, role: 'MEMBER' } }, t.cadreA1),
      'FORBIDDEN',
    );
  });
});

describe('capacity of an area grid (grid.areaCapacity)', () => {
  it('is 100 by default and follows a per-village setting', async () => {
    const CAP = 'query($a: ID!, $b: ID!) { a: grid(id: $a) { capacity } b: grid(id: $b) { capacity } }';
    expect(ok(await h.gql(CAP, { a: ids.gridA1, b: ids.gridA2 }, t.townA))).toEqual({
      a: { capacity: 100 },
      b: { capacity: 100 },
    });
    await setCapacity(VILLAGE_A2, 60);
    expect(ok(await h.gql(CAP, { a: ids.gridA1, b: ids.gridA2 }, t.townA))).toEqual({
      a: { capacity: 100 },
      b: { capacity: 60 },
    });
    await setCapacity(TOWN_A, 80);
    expect(ok(await h.gql(CAP, { a: ids.gridA1, b: ids.gridA2 }, t.townA))).toEqual({
      a: { capacity: 80 },
      b: { capacity: 60 },
    });
  });
});

describe('moveHousehold', () => {
  const move = (
    householdIdValue: string,
    version: number,
    toGridId: string,
    token: string,
    reason = '搬迁至二组新房',
  ) =>
    h.gql<{ moveHousehold: { version: number; grid: { id: string; name: string } } }>(
      MOVE,
      { i: { householdId: householdIdValue, version, toGridId, reason } },
      token,
    );

  it('moves within the village, keeps who, when and why, newest first', async () => {
    const before = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 0) }, t.secA1)).household;
    expect(before.gridHistory).toEqual([]);
    const moved = ok(await move(householdId(0, 0), before.version, grids.area2, t.secA1));
    expect(moved.moveHousehold).toMatchObject({
      version: before.version + 1,
      grid: { id: grids.area2, name: '第二片区' },
    });
    ok(await move(householdId(0, 0), before.version + 1, ids.gridA1, t.secA1, '划错网格，调回'));
    const after = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 0) }, t.secA1)).household;
    expect(after.grid.name).toBe('第1网格');
    expect(after.gridHistory.map((m) => [m.fromGrid?.name, m.toGrid?.name, m.movedBy, m.reason])).toEqual([
      ['第二片区', '第1网格', 'sec_a1', '划错网格，调回'],
      ['第1网格', '第二片区', 'sec_a1', '搬迁至二组新房'],
    ]);
    expect(Date.now() - new Date(after.gridHistory[0]!.movedAt).getTime()).toBeLessThan(60_000);
  });

  it('refuses a full area grid with GRID_FULL naming the capacity, and writes nothing', async () => {
    await setCapacity(VILLAGE_A1, 1);
    const first = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 1) }, t.secA1)).household;
    ok(await move(householdId(0, 1), first.version, grids.area2, t.secA1));
    const second = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 2) }, t.secA1)).household;
    const full = await move(householdId(0, 2), second.version, grids.area2, t.secA1);
    expectError(full, 'GRID_FULL', 'toGridId');
    expect(full.errors?.[0]?.message).toContain('上限 1 户');
    const unchanged = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 2) }, t.secA1)).household;
    expect(unchanged).toEqual(second);
    await setCapacity(VILLAGE_A1, 100);
  });

  it('refuses a stale version with CONFLICT and keeps the history as it was', async () => {
    const now = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 3) }, t.secA1)).household;
    expectError(await move(householdId(0, 3), now.version - 1 || 99, grids.area2, t.secA1), 'CONFLICT');
    expect(ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 3) }, t.secA1)).household).toEqual(now);
  });

  it("moves only into an area grid of the household's own village, with a reason", async () => {
    const now = ok(await h.gql<HouseholdData>(HOUSEHOLD, { id: householdId(0, 4) }, t.townA)).household;
    expectError(
      await move(householdId(0, 4), now.version, ids.gridA2, t.townA),
      'HOUSEHOLD_TO_GRID_ID_INVALID',
      'toGridId',
    );
    expectError(
      await move(householdId(0, 4), now.version, grids.villageA1, t.townA),
      'HOUSEHOLD_TO_GRID_ID_INVALID',
      'toGridId',
    );
    expectError(
      await move(householdId(0, 4), now.version, ids.gridA1, t.townA),
      'HOUSEHOLD_TO_GRID_ID_INVALID',
      'toGridId',
    );
    expectError(
      await move(householdId(0, 4), now.version, grids.area2, t.townA, ' '),
      'HOUSEHOLD_REASON_INVALID',
      'reason',
    );
  });

  it("hides another village's households and is closed to cadres and read-only accounts", async () => {
    expectError(await move(householdId(2, 0), 1, ids.gridB1, t.secA1), 'HOUSEHOLD_NOT_FOUND', 'householdId');
    expectError(await move(householdId(0, 0), 3, grids.area2, t.cadreA1), 'FORBIDDEN');
    expectError(await move(householdId(0, 0), 3, grids.area2, t.dept), 'FORBIDDEN');
    const hidden = ok(await h.gql<{ household: null }>(HOUSEHOLD, { id: householdId(0, 0) }, t.secB1));
    expect(hidden.household).toBeNull();
  });
});
