import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@xiangzhi/auth';
import { SettingService } from '../src/modules/settings/index.js';
import { bootPairing, pids, a3, VILLAGE_A3, type PairingHarness } from './pairing.fixture.js';
import { householdId, ids, TOWN_A, VILLAGE_A1, VILLAGE_B1 } from './fixture.js';

let t: PairingHarness;
beforeAll(async () => {
  t = await bootPairing();
});
afterAll(async () => {
  await t?.h.stop();
});

const CADRE_FIELDS =
  'id name kind post divisionCode phoneMasked isLiaisonLeader capacity capacityMin ownCapacity pairedCount version grid { name }';
const CREATE = `mutation($i: CreateCadreInput!) { createCadre(input: $i) { ${CADRE_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { ${CADRE_FIELDS} } }`;
const CADRE = `query($id: ID!) { cadre(id: $id) { ${CADRE_FIELDS} households(first: 100) { totalCount edges { node { id villageCode } } } } }`;
const PAIR =
  'mutation($c: ID!, $h: ID!) { pairHousehold(input: { cadreId: $c, householdId: $h, startedOn: "2026-03-01" }) { id } }';

interface CadreView {
  id: string;
  name: string;
  phoneMasked: string | null;
  isLiaisonLeader: boolean;
  capacity: number;
  capacityMin: number;
  ownCapacity: number | null;
  pairedCount: number;
  version: number;
  grid: { name: string } | null;
  households?: { totalCount: number; edges: { node: { id: string; villageCode: string } }[] };
}
const row = async (id: string) =>
  (
    await t.h.subgraph.orm.em
      .fork()
      .getConnection()
      .execute<Record<string, unknown>[]>('select * from cadre where id = ?', [id])
  )[0]!;

describe('creating a cadre', () => {
  it('checks the phone and stores it only encrypted, with a blind index, answering the masked form', async () => {
    const bad = await t.fails('sec_a3', CREATE, {
      i: { name: '何春生', kind: 'PARTY_MEMBER', post: '农村党员', divisionCode: VILLAGE_A3, phone: '12345' },
    });
    expect(bad).toMatchObject({ code: 'CADRE_PHONE_INVALID', field: 'phone' });
    const { createCadre: c } = await t.ok<{ createCadre: CadreView }>('sec_a3', CREATE, {
      i: {
        name: ' 何春生 ',
        kind: 'PARTY_MEMBER',
        post: '农村党员',
        divisionCode: VILLAGE_A3,
        phone: '138 1234 5678',
        gridId: pids.gridNorth,
      },
    });
    expect(c).toMatchObject({
      name: '何春生',
      phoneMasked: '138****5678',
      isLiaisonLeader: false,
      capacity: 10,
      capacityMin: 5,
      ownCapacity: null,
      pairedCount: 0,
      version: 1,
      grid: { name: '北片网格' },
    });
    const stored = await row(c.id);
    expect(JSON.stringify(stored)).not.toContain('13812345678');
    expect(stored.phone_index).toBe(t.h.crypto.blindIndex('13812345678'));
    expect(t.h.crypto.decrypt(String(stored.phone_cipher))).toBe('13812345678');
  });

  it('names the field at fault', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: ' ', kind: 'PARTY_MEMBER', post: '党员', divisionCode: VILLAGE_A3 }, 'name'],
      [{ name: '甲', kind: 'TOWNSHIP_CADRE', post: '干部', divisionCode: VILLAGE_A3 }, 'divisionCode'],
      [
        { name: '甲', kind: 'PARTY_MEMBER', post: '党员', divisionCode: VILLAGE_A3, isLiaisonLeader: true },
        'isLiaisonLeader',
      ],
      [{ name: '甲', kind: 'PARTY_MEMBER', post: '党员', divisionCode: VILLAGE_A3, gridId: ids.gridA1 }, 'gridId'],
      [{ name: '甲', kind: 'PARTY_MEMBER', post: '党员', divisionCode: VILLAGE_A3, capacity: 0 }, 'capacity'],
      [{ name: '甲', kind: 'PARTY_MEMBER', post: '党员', divisionCode: '4309' }, 'divisionCode'],
    ];
    const codes: Record<string, string> = {
      name: 'CADRE_NAME_INVALID',
      divisionCode: 'CADRE_DIVISION_CODE_INVALID',
      isLiaisonLeader: 'CADRE_IS_LIAISON_LEADER_INVALID',
      gridId: 'GRID_NOT_FOUND',
      capacity: 'CADRE_CAPACITY_INVALID',
    };
    for (const [i, field] of cases)
      expect(await t.fails('sec_a3', CREATE, { i }), field).toMatchObject({ code: codes[field], field });
  });

  it('lets a township add its liaison leaders, and refuses other villages and read-only accounts', async () => {
    const { createCadre: leader } = await t.ok<{ createCadre: CadreView }>('town_a', CREATE, {
      i: {
        name: '欧阳明',
        kind: 'TOWNSHIP_CADRE',
        post: '副镇长（包村领导）',
        divisionCode: TOWN_A,
        isLiaisonLeader: true,
        phone: '0745-1234567',
      },
    });
    expect(leader).toMatchObject({ isLiaisonLeader: true, phoneMasked: '0745***4567' });
    const i = { name: '甲', kind: 'PARTY_MEMBER', post: '党员', divisionCode: VILLAGE_B1 };
    expect((await t.fails('sec_a3', CREATE, { i })).code).toBe('FORBIDDEN');
    expect(await t.fails('dept', CREATE, { i })).toMatchObject({ code: 'FORBIDDEN', message: '只读账号不能修改数据' });
    expect((await t.fails('cadre_a1', CREATE, { i: { ...i, divisionCode: VILLAGE_A1 } })).code).toBe('FORBIDDEN');
  });
});

describe('updating a cadre', () => {
  it('takes the version, refuses a stale one without writing, and clears what is set to null', async () => {
    const { cadre } = await t.ok<{ cadre: CadreView }>('sec_a3', CADRE, { id: pids.cadreNorth });
    const { updateCadre: first } = await t.ok<{ updateCadre: CadreView }>('sec_a3', UPDATE, {
      i: { id: cadre.id, version: cadre.version, post: '网格员、党小组长', phone: '13900001111' },
    });
    expect(first).toMatchObject({ version: cadre.version + 1, phoneMasked: '139****1111', name: '孙北山' });
    const stale = await t.fails('sec_a3', UPDATE, { i: { id: cadre.id, version: cadre.version, name: '改名' } });
    expect(stale.code).toBe('CONFLICT');
    const { updateCadre: second } = await t.ok<{ updateCadre: CadreView }>('sec_a3', UPDATE, {
      i: { id: cadre.id, version: first.version, phone: null, gridId: null },
    });
    expect(second).toMatchObject({ name: '孙北山', phoneMasked: null, grid: null });
    expect((await row(cadre.id)).phone_cipher).toBeNull();
    expect((await t.fails('sec_a1', UPDATE, { i: { id: cadre.id, version: second.version, name: 'x' } })).code).toBe(
      'CADRE_NOT_FOUND',
    );
  });
});

describe('capacity', () => {
  it("defaults to the jurisdiction (10), refuses the 11th household with CADRE_FULL, and a cadre's own capacity overrides", async () => {
    for (let n = 10; n < 20; n++) await t.ok('sec_a3', PAIR, { c: pids.cadreCommittee, h: a3(n) });
    const full = await t.fails('sec_a3', PAIR, { c: pids.cadreCommittee, h: a3(1) });
    expect(full).toMatchObject({ code: 'CADRE_FULL', field: 'cadreId' });
    expect(full.message).toContain('上限 10 户');
    let { cadre } = await t.ok<{ cadre: CadreView }>('sec_a3', CADRE, { id: pids.cadreCommittee });
    expect(cadre).toMatchObject({ capacity: 10, pairedCount: 10, ownCapacity: null });
    ({ updateCadre: cadre } = await t.ok<{ updateCadre: CadreView }>('sec_a3', UPDATE, {
      i: { id: cadre.id, version: cadre.version, capacity: 12 },
    }));
    expect(cadre).toMatchObject({ capacity: 12, ownCapacity: 12 });
    await t.ok('sec_a3', PAIR, { c: pids.cadreCommittee, h: a3(1) });
    const below = await t.fails('sec_a3', UPDATE, { i: { id: cadre.id, version: cadre.version, capacity: 5 } });
    expect(below).toMatchObject({ code: 'CAPACITY_BELOW_PAIRED', field: 'capacity' });
    expect(
      (await t.fails('sec_a3', UPDATE, { i: { id: cadre.id, version: cadre.version, capacity: null } })).code,
    ).toBe('CAPACITY_BELOW_PAIRED');
  });

  it("takes 30 and more households where the township sets pairing.capacityMax to 40 (seed 002), the village's own value winning below it", async () => {
    // the demo loader gives township cadres 30 of their own; back to the jurisdiction's value
    const { cadre: own } = await t.ok<{ cadre: CadreView }>('town_a', CADRE, { id: ids.cadreTown });
    const { updateCadre: before } = await t.ok<{ updateCadre: CadreView }>('town_a', UPDATE, {
      i: { id: own.id, version: own.version, capacity: null },
    });
    expect(before).toMatchObject({ capacity: 10, ownCapacity: null });
    const townAdmin = {
      accountId: pids.countyAdmin,
      username: 'town_a',
      roles: [Role.TOWNSHIP_ADMIN],
      divisionCode: TOWN_A,
      gridIds: [],
      cadreId: null,
    };
    await new SettingService(t.h.subgraph.orm.em.fork()).set(townAdmin, TOWN_A, 'pairing.capacityMax', 40);
    const targets = [
      ...Array.from({ length: 8 }, (_, n) => householdId(0, n)),
      ...Array.from({ length: 8 }, (_, n) => householdId(1, n)),
      ...Array.from({ length: 15 }, (_, n) => a3(n)),
    ];
    for (const h of targets) await t.ok('town_a', PAIR, { c: ids.cadreTown, h });
    const after = await t.ok<{ cadre: CadreView }>('town_a', CADRE, { id: ids.cadreTown });
    expect(after.cadre).toMatchObject({ capacity: 40, pairedCount: 31 });
    expect(after.cadre.households?.totalCount).toBe(31);
    // a village in the township that keeps 10 for its own cadres
    await new SettingService(t.h.subgraph.orm.em.fork()).set(townAdmin, VILLAGE_A3, 'pairing.capacityMax', 10);
    const village = await t.ok<{ cadre: CadreView }>('town_a', CADRE, { id: pids.cadreSouth });
    const neighbour = await t.ok<{ cadre: CadreView }>('town_a', CADRE, { id: ids.cadreA1 });
    expect([village.cadre.capacity, neighbour.cadre.capacity]).toEqual([10, 40]);
  });

  it("shows a village only its own households of a township cadre, while the count is the cadre's whole load", async () => {
    const { cadre } = await t.ok<{ cadre: CadreView }>('sec_a1', CADRE, { id: ids.cadreTown });
    expect(cadre.pairedCount).toBe(31);
    expect(cadre.households?.totalCount).toBe(8);
    expect(new Set(cadre.households?.edges.map((e) => e.node.villageCode))).toEqual(new Set([VILLAGE_A1]));
  });
});

describe('the cadre list', () => {
  it('does not grow its SQL statement count with the page size', async () => {
    const q =
      'query($first: Int) { cadres(first: $first) { totalCount edges { node { name capacity capacityMin pairedCount grid { name } households(first: 5) { totalCount edges { node { headName } } } } } } }';
    const count = async (first: number): Promise<number> => {
      t.h.statements.length = 0;
      const data = await t.ok<{ cadres: { edges: unknown[] } }>('town_a', q, { first });
      expect(data.cadres.edges).toHaveLength(first);
      return t.h.statements.length;
    };
    expect(await count(8)).toBe(await count(3));
  });

  it('searches by name or post within the jurisdiction only', async () => {
    const q =
      'query($s: String, $r: String) { cadres(search: $s, regionCode: $r) { totalCount edges { node { name divisionCode } } } }';
    const found = await t.ok<{ cadres: { edges: { node: { name: string } }[] } }>('town_a', q, { s: '网格员' });
    expect(found.cadres.edges.map((e) => e.node.name)).toContain('孙北山');
    expect((await t.fails('sec_a1', q, { r: VILLAGE_B1 })).code).toBe('FORBIDDEN');
  });
});
