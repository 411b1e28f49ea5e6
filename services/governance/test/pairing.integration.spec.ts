import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditRecord } from '../src/modules/audit/index.js';
import { ROSTER_HEADERS } from '../src/modules/pairing/index.js';
import { bootPairing, pids, a3, SPECIAL_A3, VILLAGE_A3, type PairingHarness } from './pairing.fixture.js';
import { householdId, ids, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';

let t: PairingHarness;
beforeAll(async () => {
  t = await bootPairing();
});
afterAll(async () => {
  await t?.h.stop();
});

const PAIR =
  'mutation($c: ID!, $h: ID!, $on: String) { pairHousehold(input: { cadreId: $c, householdId: $h, startedOn: $on }) { id startedOn endedOn version cadre { name } household { headName } } }';
const END =
  'mutation($id: ID!, $on: String!, $r: String!) { endPairing(input: { id: $id, endedOn: $on, reason: $r }) { id startedOn endedOn endedReason } }';
const HISTORY =
  'query($h: ID, $all: Boolean) { pairings(householdId: $h, includeEnded: $all) { totalCount edges { node { id startedOn endedOn endedReason cadre { name } } } } }';
const COVERAGE =
  'query($r: String, $first: Int) { pairingCoverage(regionCode: $r) { regionCode totalHouseholds pairedHouseholds unpairedHouseholds specialUnpaired ratio unpaired(first: $first) { totalCount edges { node { id headName } } } } }';
const COUNTS =
  'query($r: String) { pairingCoverage(regionCode: $r) { totalHouseholds pairedHouseholds unpairedHouseholds specialUnpaired } }';

interface PairingView {
  id: string;
  startedOn: string;
  endedOn: string | null;
  endedReason?: string | null;
  cadre: { name: string };
}
interface Coverage {
  regionCode: string;
  totalHouseholds: number;
  pairedHouseholds: number;
  unpairedHouseholds: number;
  specialUnpaired: number | null;
  ratio: number;
  unpaired: { totalCount: number; edges: { node: { id: string; headName: string } }[] };
}

describe('coverage (家家党员联、户户见党员)', () => {
  it('counts paired, unpaired and special-group unpaired households, listing special groups first', async () => {
    const { pairingCoverage: c } = await t.ok<{ pairingCoverage: Coverage }>('sec_a3', COVERAGE, { first: 5 });
    expect(c).toMatchObject({
      regionCode: VILLAGE_A3,
      totalHouseholds: 20,
      pairedHouseholds: 0,
      unpairedHouseholds: 20,
      specialUnpaired: 3,
      ratio: 0,
    });
    const special = Object.keys(SPECIAL_A3).map((n) => a3(Number(n)));
    expect(c.unpaired.totalCount).toBe(20);
    expect(
      c.unpaired.edges
        .slice(0, 3)
        .map((e) => e.node.id)
        .sort(),
    ).toEqual(special.sort());
    expect(c.unpaired.edges.slice(3).map((e) => e.node.id)).not.toContain(special[0]);

    await t.ok('sec_a3', PAIR, { c: pids.cadreNorth, h: a3(0) });
    await t.ok('sec_a3', PAIR, { c: pids.cadreNorth, h: a3(1) });
    const after = await t.ok<{ pairingCoverage: Coverage }>('sec_a3', COVERAGE, { first: 2 });
    expect(after.pairingCoverage).toMatchObject({
      totalHouseholds: 20,
      pairedHouseholds: 2,
      unpairedHouseholds: 18,
      specialUnpaired: 2,
      ratio: 0.1,
    });
    expect(after.pairingCoverage.unpaired.edges.map((e) => e.node.id).sort()).toEqual([a3(5), a3(12)].sort());
  });

  it('adds up the villages of a township, and gives a dashboard the numbers but not the names', async () => {
    const town = await t.ok<{ pairingCoverage: Coverage }>('town_a', COUNTS, { r: TOWN_A });
    // A1: 3 of 8 paired in the fixture, A2: none of 8, A3: 2 of 20
    expect(town.pairingCoverage).toEqual({
      totalHouseholds: 36,
      pairedHouseholds: 5,
      unpairedHouseholds: 31,
      specialUnpaired: 2,
    });
    const screen = await t.ok<{ pairingCoverage: Coverage }>('screen', COUNTS, { r: TOWN_A });
    // the special-group count is personal data: a dashboard gets the other numbers, that one is null
    expect(screen.pairingCoverage).toEqual({ ...town.pairingCoverage, specialUnpaired: null });
    expect((await t.fails('screen', COVERAGE, { r: TOWN_A })).code).toBe('FORBIDDEN');
    expect((await t.fails('sec_a1', COUNTS, { r: VILLAGE_B1 })).code).toBe('FORBIDDEN');
  });
});

describe('pairing and ending', () => {
  it('pairs one cadre with many households, refuses a repeat, and keeps the history when a pairing ends and restarts', async () => {
    const { pairHousehold: p } = await t.ok<{ pairHousehold: PairingView }>('sec_a3', PAIR, {
      c: pids.cadreSouth,
      h: a3(12),
      on: '2026-03-01',
    });
    expect(p).toMatchObject({ startedOn: '2026-03-01', endedOn: null, cadre: { name: '陈南溪' } });
    expect(await t.fails('sec_a3', PAIR, { c: pids.cadreSouth, h: a3(12) })).toMatchObject({
      code: 'ALREADY_PAIRED',
      field: 'householdId',
    });
    expect(await t.fails('sec_a3', PAIR, { c: pids.cadreSouth, h: a3(13), on: '2026-02-30' })).toMatchObject({
      code: 'PAIRING_STARTED_ON_INVALID',
      field: 'startedOn',
    });

    expect(await t.fails('sec_a3', END, { id: p.id, on: '2026-02-01', r: '外出务工' })).toMatchObject({
      code: 'PAIRING_ENDED_ON_INVALID',
      field: 'endedOn',
    });
    expect(await t.fails('sec_a3', END, { id: p.id, on: '2026-06-30', r: ' ' })).toMatchObject({
      code: 'PAIRING_REASON_INVALID',
      field: 'reason',
    });
    const { endPairing: ended } = await t.ok<{ endPairing: PairingView }>('sec_a3', END, {
      id: p.id,
      on: '2026-06-30',
      r: '党员外出务工',
    });
    expect(ended).toMatchObject({ id: p.id, endedOn: '2026-06-30', endedReason: '党员外出务工' });
    expect((await t.fails('sec_a3', END, { id: p.id, on: '2026-07-01', r: '重复' })).code).toBe('PAIRING_ENDED');
    const household = await t.ok<{ household: { pairedCadres: { name: string }[] } }>(
      'sec_a3',
      'query($id: ID!) { household(id: $id) { pairedCadres { name } } }',
      { id: a3(12) },
    );
    expect(household.household.pairedCadres).toEqual([]);

    const { pairHousehold: again } = await t.ok<{ pairHousehold: PairingView }>('sec_a3', PAIR, {
      c: pids.cadreSouth,
      h: a3(12),
      on: '2026-07-01',
    });
    expect(again.id).not.toBe(p.id);
    const history = await t.ok<{ pairings: { totalCount: number; edges: { node: PairingView }[] } }>(
      'sec_a3',
      HISTORY,
      { h: a3(12), all: true },
    );
    expect(history.pairings.edges.map((e) => [e.node.startedOn, e.node.endedOn, e.node.endedReason])).toEqual([
      ['2026-07-01', null, null],
      ['2026-03-01', '2026-06-30', '党员外出务工'],
    ]);
    expect(
      (await t.ok<{ pairings: { totalCount: number } }>('sec_a3', HISTORY, { h: a3(12), all: false })).pairings
        .totalCount,
    ).toBe(1);
  });

  it("lets only one of several simultaneous requests take a cadre's last place", async () => {
    const cadre = await t.ok<{ cadre: { version: number } }>(
      'town_a',
      'query($id: ID!) { cadre(id: $id) { version } }',
      { id: ids.cadreA2 },
    );
    await t.ok('town_a', 'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id } }', {
      i: { id: ids.cadreA2, version: cadre.cadre.version, capacity: 1 },
    });
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => t.h.gql(PAIR, { c: ids.cadreA2, h: householdId(1, n) }, t.tokens.town_a)),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CADRE_FULL').length).toBe(3);
    const count = await t.ok<{ cadre: { pairedCount: number } }>(
      'town_a',
      'query($id: ID!) { cadre(id: $id) { pairedCount } }',
      { id: ids.cadreA2 },
    );
    expect(count.cadre.pairedCount).toBe(1);
  });

  it('lets a household have more than one cadre (a township cadre beside the village one)', async () => {
    await t.ok('sec_a3', PAIR, { c: ids.cadreTown, h: a3(0) });
    const h = await t.ok<{ household: { pairedCadres: { name: string }[] } }>(
      'sec_a3',
      'query($id: ID!) { household(id: $id) { pairedCadres { name } } }',
      { id: a3(0) },
    );
    expect(h.household.pairedCadres.map((c) => c.name).sort()).toEqual(['孙北山', '钱文华'].sort());
  });
});

describe('scoping and roles', () => {
  it("does not let a village see or pair another village's cadre or household", async () => {
    expect((await t.fails('sec_a1', PAIR, { c: ids.cadreB1, h: householdId(0, 5) })).code).toBe('CADRE_NOT_FOUND');
    expect((await t.fails('sec_a1', PAIR, { c: ids.cadreA1, h: householdId(2, 5) })).code).toBe('HOUSEHOLD_NOT_FOUND');
    expect((await t.fails('sec_a1', PAIR, { c: ids.cadreA2, h: householdId(0, 5) })).code).toBe('CADRE_NOT_FOUND');
    const other = await t.ok<{ pairings: { totalCount: number; edges: { node: { cadre: { name: string } } }[] } }>(
      'sec_b1',
      HISTORY,
      { all: true },
    );
    expect(other.pairings.edges.map((e) => e.node.cadre.name)).toEqual(['吴德才']);
    const invisible = await t.ok<{ pairings: { totalCount: number } }>('sec_a1', HISTORY, {
      h: householdId(2, 0),
      all: true,
    });
    expect(invisible.pairings.totalCount).toBe(0);
  });

  it("refuses a pair across jurisdictions (a village cadre with another village's household), even for the township", async () => {
    const cross = await t.fails('town_a', PAIR, { c: ids.cadreA1, h: householdId(1, 0) });
    expect(cross.code).toBe('FORBIDDEN');
    expect(cross.message).toContain('不能跨辖区结对');
    // a township cadre may take households in any village of the township
    await t.ok('sec_a1', PAIR, { c: ids.cadreTown, h: householdId(0, 5) });
  });

  it('refuses every write from read-only and plain cadre accounts', async () => {
    const open = await t.ok<{ pairings: { edges: { node: { id: string } }[] } }>('sec_a1', HISTORY, {
      h: householdId(0, 0),
    });
    const pairingId = open.pairings.edges[0]!.node.id;
    // households each account can see: the department the whole county, the cadre its own pairs
    for (const [user, h] of [
      ['dept', householdId(0, 6)],
      ['cadre_a1', householdId(0, 1)],
    ] as const) {
      expect(await t.fails(user, PAIR, { c: ids.cadreTown, h }), user).toMatchObject({ code: 'FORBIDDEN' });
      expect((await t.fails(user, END, { id: pairingId, on: '2026-08-01', r: '测试' })).code, user).toBe('FORBIDDEN');
      expect(
        (
          await t.fails(user, 'mutation($c: ID!, $h: ID!) { rejectPairingSuggestion(cadreId: $c, householdId: $h) }', {
            c: ids.cadreTown,
            h,
          })
        ).code,
        user,
      ).toBe('FORBIDDEN');
    }
    expect((await t.fails('dept', PAIR, { c: ids.cadreTown, h: householdId(0, 6) })).message).toBe(
      '只读账号不能修改数据',
    );
    // and a household that is not the cadre's own is not even visible to it
    expect((await t.fails('cadre_a1', PAIR, { c: ids.cadreA1, h: householdId(0, 6) })).code).toBe(
      'HOUSEHOLD_NOT_FOUND',
    );
    const still = await t.ok<{ pairings: { edges: { node: { endedOn: string | null } }[] } }>('sec_a1', HISTORY, {
      h: householdId(0, 0),
    });
    expect(still.pairings.edges[0]!.node.endedOn).toBeNull();
  });
});

interface RosterRowView {
  townshipCode: string;
  villageCode: string;
  village: string;
  grid: string | null;
  cadreName: string;
  cadrePost: string;
  cadrePhoneMasked: string | null;
  householdHead: string;
  householdAddress: string;
  startedOn: string;
}
const ROSTER =
  'query($r: String, $first: Int, $after: String) { pairingRoster(regionCode: $r, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { townshipCode township villageCode village grid cadreName cadrePost cadrePhoneMasked householdHead householdAddress startedOn } } } }';

describe('the pairing roster (联户花名册)', () => {
  it('lists current pairings grouped township → village → grid, phones masked, page by page', async () => {
    await t.ok('county', 'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id } }', {
      i: { id: pids.cadreNorth, version: 1, phone: '13712345678' },
    });
    const all = await t.ok<{ pairingRoster: { totalCount: number; edges: { node: RosterRowView }[] } }>(
      'town_a',
      ROSTER,
      { r: TOWN_A, first: 100 },
    );
    const rows = all.pairingRoster.edges.map((e) => e.node);
    expect(rows).toHaveLength(all.pairingRoster.totalCount);
    const keys = rows.map((r) => `${r.villageCode}|${r.grid ?? '\uffff'}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(rows.map((r) => r.villageCode))).toEqual(new Set([VILLAGE_A1, VILLAGE_A2, VILLAGE_A3]));
    expect(rows.find((r) => r.cadreName === '孙北山')).toMatchObject({
      township: '青山镇',
      village: '洪山村',
      grid: '北片网格',
      cadrePhoneMasked: '137****5678',
    });
    expect(JSON.stringify(all)).not.toContain('13712345678');

    const p1 = await t.ok<{ pairingRoster: { pageInfo: { endCursor: string }; edges: { node: RosterRowView }[] } }>(
      'town_a',
      ROSTER,
      { r: TOWN_A, first: 3 },
    );
    const p2 = await t.ok<{ pairingRoster: { edges: { node: RosterRowView }[] } }>('town_a', ROSTER, {
      r: TOWN_A,
      first: 3,
      after: p1.pairingRoster.pageInfo.endCursor,
    });
    expect([...p1.pairingRoster.edges, ...p2.pairingRoster.edges].map((e) => e.node)).toEqual(rows.slice(0, 6));
    expect((await t.fails('sec_a1', ROSTER, { r: VILLAGE_A2 })).code).toBe('FORBIDDEN');
    expect((await t.fails('screen', ROSTER, {})).code).toBe('FORBIDDEN');
  });

  it('does not grow its SQL statement count with the page size', async () => {
    const count = async (first: number): Promise<number> => {
      t.h.statements.length = 0;
      await t.ok('town_a', ROSTER, { r: TOWN_A, first });
      return t.h.statements.length;
    };
    expect(await count(10)).toBe(await count(2));
    const q =
      'query($first: Int) { pairings(first: $first) { edges { node { startedOn cadre { name capacity pairedCount } household { headName } } } } }';
    const pairings = async (first: number): Promise<number> => {
      t.h.statements.length = 0;
      await t.ok('town_a', q, { first });
      return t.h.statements.length;
    };
    expect(await pairings(10)).toBe(await pairings(2));
  });

  it('exports as .xlsx with Chinese headers and the same rows, masked, and writes an audit record', async () => {
    const { exportPairingRoster: file } = await t.ok<{
      exportPairingRoster: { fileName: string; contentType: string; contentBase64: string };
    }>('town_a', 'query($r: String) { exportPairingRoster(regionCode: $r) { fileName contentType contentBase64 } }', {
      r: TOWN_A,
    });
    expect(file.fileName).toBe('联户花名册-青山镇.xlsx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('联户花名册')!;
    const values = (n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([...ROSTER_HEADERS]);
    const roster = await t.ok<{ pairingRoster: { totalCount: number; edges: { node: RosterRowView }[] } }>(
      'town_a',
      ROSTER,
      { r: TOWN_A, first: 100 },
    );
    expect(ws.actualRowCount).toBe(roster.pairingRoster.totalCount + 1);
    roster.pairingRoster.edges.forEach(({ node: r }, i) => {
      expect(values(i + 2)).toEqual(
        [
          i + 1,
          '青山镇',
          r.village,
          r.grid ?? '',
          r.cadreName,
          r.cadrePost,
          r.cadrePhoneMasked ?? '',
          r.householdHead,
          r.householdAddress,
          r.startedOn,
        ].map((v) => (v === '' ? undefined : v)),
      );
    });
    expect(Buffer.from(file.contentBase64, 'base64').includes('13712345678')).toBe(false);
    const audit = await t.h.subgraph.orm.em.fork().find(AuditRecord, { subjectType: 'PairingRoster' });
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'EXPORT',
        actorName: 'town_a',
        divisionCode: TOWN_A,
        detail: `${roster.pairingRoster.totalCount} 行`,
      }),
    ]);
  });
});
