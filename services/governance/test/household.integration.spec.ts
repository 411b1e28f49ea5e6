import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import {
  HOUSEHOLD_FIELDS,
  LIST,
  fixturePlaintexts,
  headPhone,
  householdId,
  ids,
  idCard,
  registerFixture,
  tokenFor,
  groupIds,
  VILLAGE_A1,
  VILLAGE_A2,
  VILLAGE_B1,
  type HouseholdView,
  type ListData,
} from './household-fixture.js';

let h: Harness;
const t: Record<string, string> = {};
/** Every response body of this file, to prove no plaintext ID number or phone ever left the server. */
const bodies: string[] = [];

async function gql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  who: string,
): Promise<GqlResult<T>> {
  const res = await h.gql<T>(query, variables, t[who]);
  bodies.push(JSON.stringify(res));
  return res;
}
// an exact lookup by ID number or phone needs a reason (it is an unmask): every list call gives one
const list = (who: string, vars: Record<string, unknown> = {}) =>
  gql<ListData>(LIST, { first: 100, why: '核对身份信息', ...vars }, who);
const names = (res: GqlResult<ListData>): string[] => res.data!.households.edges.map((e) => e.node.headName).sort();
const code = (res: GqlResult<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;
const field = (res: GqlResult<unknown>): string | undefined => res.errors?.[0]?.extensions?.field;

const ONE = `query($id: ID!) { household(id: $id) { ${HOUSEHOLD_FIELDS} } }`;
const one = async (who: string, id: string): Promise<HouseholdView | null> =>
  (await gql<{ household: HouseholdView | null }>(ONE, { id }, who)).data!.household;

const CREATE = `mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { ${HOUSEHOLD_FIELDS} } }`;
const ADD =
  'mutation($input: AddResidentInput!) { addResident(input: $input) { id name relation sex birthDate isHead idCardMasked phoneMasked version } }';
const EDIT =
  'mutation($input: UpdateResidentInput!) { updateResident(input: $input) { id name relation sex birthDate isHead idCardMasked phoneMasked version } }';
const REMOVE = 'mutation($id: ID!, $v: Int!) { removeResident(id: $id, version: $v) }';
const SET_TAG =
  'mutation($h: ID!, $t: HouseholdTagKind!, $n: String) { setHouseholdTag(householdId: $h, tag: $t, note: $n) { id tags { tag setBy setAt note } } }';
const REMOVE_TAG =
  'mutation($h: ID!, $t: HouseholdTagKind!) { removeHouseholdTag(householdId: $h, tag: $t) { id tags { tag } } }';
const UNMASK = 'mutation($id: ID!, $f: UnmaskField!, $r: String!) { unmaskResident(id: $id, field: $f, reason: $r) }';

const residentId = (v: number, n: number, k: number): string =>
  `0190a000-0000-7000-8000-${String(5000 + v * 100 + n * 2 + k).padStart(12, '0')}`;
const B1_HOUSE = householdId(2, 0);
const B1_HEAD = residentId(2, 0, 0);
const b1Head = registerFixture.households[16].residents[0];

const head = (name: string, idCardNo?: string, phone?: string) => ({
  name,
  ...(idCardNo ? { idCardNo } : { sex: 'MALE' }),
  ...(phone ? { phone } : {}),
});

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of [
    'sec_a1',
    'sec_b1',
    'town_a',
    'cadre_a1',
    'county',
    'dept',
    'screen',
    'auditor',
    'committee_a1',
    'grid_a1',
  ])
    t[u] = await tokenFor(h, u);
});
afterAll(async () => {
  await h?.stop();
});

describe('reading a household', () => {
  it('shows the head first, masked ID numbers and phones, group, tags with who set them, paired cadres', async () => {
    const hh = (await one('sec_a1', householdId(0, 0)))!;
    expect(hh).toMatchObject({
      headName: '王建国',
      memberCount: 2,
      incomeBand: 'FROM_10K_TO_30K',
      group: { id: groupIds.a1One, name: '一组' },
      pairedCadres: [{ name: '赵红梅' }],
    });
    expect(hh.residents.map((r) => [r.name, r.isHead, r.relation])).toEqual([
      ['王建国', true, '户主'],
      ['周0妹', false, '配偶'],
    ]);
    const head0 = registerFixture.households[0].residents[0];
    expect(hh.residents[0]).toMatchObject({
      idCardMasked: `${head0.idCardNo!.slice(0, 4)}**********${head0.idCardNo!.slice(-4)}`,
      phoneMasked: '139****0000',
      birthDate: '1960-03-01',
    });
    expect(hh.tags.map((x) => x.tag).sort()).toEqual(['DIBAO', 'EMPTY_NEST_ELDERLY']);
    expect(hh.tags.find((x) => x.tag === 'DIBAO')).toMatchObject({ setBy: 'sec_a1', note: '农村低保一类' });
  });

  it('hides sensitive tags (低保 …) from roles that may not see personal data, and refuses filtering by them', async () => {
    expect((await one('dept', householdId(0, 0)))!.tags.map((x) => x.tag)).toEqual(['EMPTY_NEST_ELDERLY']);
    expect(code(await list('dept', { t: 'DIBAO' }))).toBe('FORBIDDEN');
    expect((await list('dept', { t: 'EMPTY_NEST_ELDERLY' })).data!.households.totalCount).toBe(3);
  });
});

describe('searching the register', () => {
  it('finds by head name, member name, pinyin initials and address, inside the own village only', async () => {
    expect(names(await list('sec_a1', { s: '王建' }))).toEqual(['王建国']);
    expect(names(await list('sec_a1', { s: '周3妹' }))).toEqual(['刘建国']);
    expect(names(await list('sec_a1', { s: 'wjg' }))).toEqual(['王建国']);
    expect(names(await list('sec_a1', { s: 'ZJG' }))).toEqual(['张建国', '赵建国']);
    expect(names(await list('sec_a1', { s: '石门村5号' }))).toEqual(['陈建国']);
    expect((await list('sec_a1', { s: '周0妹' })).data!.households.totalCount).toBe(1);
    expect((await list('town_a', { s: '周0妹' })).data!.households.totalCount).toBe(2);
  });

  it('finds by exact ID number or phone of any member through the blind index', async () => {
    const spouse = registerFixture.households[3].residents[1];
    expect(names(await list('sec_a1', { id: spouse.idCardNo }))).toEqual(['刘建国']);
    expect(names(await list('sec_a1', { p: headPhone(0, 4) }))).toEqual(['陈建国']);
    expect(
      names(await list('sec_a1', { p: `+86 ${headPhone(0, 4).slice(0, 3)} ${headPhone(0, 4).slice(3)}` })),
    ).toEqual(['陈建国']);
    expect(field(await list('sec_a1', { id: '11010519491231002' }))).toBe('idCardNo');
    expect(field(await list('sec_a1', { p: '12345' }))).toBe('phone');
  });

  it('filters by tag, grid and pairing, with the total count and pages', async () => {
    expect(names(await list('sec_a1', { t: 'LEFT_BEHIND_CHILD' }))).toEqual(['李建国']);
    expect((await list('sec_a1', { g: ids.gridA1 })).data!.households.totalCount).toBe(8);
    expect((await list('sec_a1', { u: true })).data!.households.totalCount).toBe(5);
    expect(names(await list('sec_a1', { u: false }))).toEqual(['张建国', '李建国', '王建国'].sort());
    const p1 = await list('town_a', { u: true, first: 7 });
    expect(p1.data!.households).toMatchObject({ totalCount: 13, pageInfo: { hasNextPage: true } });
    const p2 = await list('town_a', { u: true, first: 7, after: p1.data!.households.pageInfo.endCursor });
    expect(p2.data!.households.edges).toHaveLength(6);
    expect(new Set([...p1.data!.households.edges, ...p2.data!.households.edges].map((e) => e.node.id)).size).toBe(13);
  });

  it('does not grow its SQL statement count with the page size', async () => {
    const q =
      'query($first: Int) { households(first: $first) { edges { node { headName group { name } residents { name idCardMasked } tags { tag } pairedCadres { name } } } } }';
    for (const who of ['town_a', 'cadre_a1']) {
      const count = async (first: number): Promise<number> => {
        h.statements.length = 0;
        expect((await gql(q, { first }, who)).errors).toBeUndefined();
        return h.statements.length;
      };
      expect(await count(16)).toBe(await count(2));
    }
  });
});

describe('scoping: nothing of another village is visible or changeable', () => {
  it('hides it from lists, search, ID and phone lookup, tag and grid filters, by id and through _entities', async () => {
    expect(code(await list('sec_a1', { r: VILLAGE_B1 }))).toBe('FORBIDDEN');
    for (const vars of [{ s: '卫东' }, { id: b1Head.idCardNo }, { p: b1Head.phone }, { g: ids.gridB1 }, { s: 'wwd' }]) {
      expect((await list('sec_a1', vars)).data!.households.totalCount).toBe(0);
    }
    expect((await list('sec_a1', { t: 'DIBAO' })).data!.households.edges.map((e) => e.node.villageCode)).toEqual([
      VILLAGE_A1,
    ]);
    expect(await one('sec_a1', B1_HOUSE)).toBeNull();
    const entities = await gql<{ _entities: unknown[] }>(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Household { headName residents { name } } } }',
      { r: [{ __typename: 'Household', id: B1_HOUSE }] },
      'sec_a1',
    );
    expect(entities.data!._entities).toEqual([null]);
  });

  it('refuses every write to it, and leaves it as it was', async () => {
    const before = (await one('sec_b1', B1_HOUSE))!;
    const attempts = [
      gql(UPDATE, { input: { id: B1_HOUSE, version: before.version, address: '改' } }, 'sec_a1'),
      gql(ADD, { input: { householdId: B1_HOUSE, resident: { name: '外人', relation: '子', sex: 'MALE' } } }, 'sec_a1'),
      gql(EDIT, { input: { id: B1_HEAD, version: 1, name: '改名' } }, 'sec_a1'),
      gql(REMOVE, { id: residentId(2, 0, 1), v: 1 }, 'sec_a1'),
      gql(SET_TAG, { h: B1_HOUSE, t: 'WUBAO' }, 'sec_a1'),
      gql(REMOVE_TAG, { h: B1_HOUSE, t: 'DIBAO' }, 'sec_a1'),
      gql(UNMASK, { id: B1_HEAD, f: 'ID_CARD_NO', r: '核实身份' }, 'sec_a1'),
    ];
    // another village's household or resident is answered as one that does not exist
    const notFound = ['HOUSEHOLD_NOT_FOUND', 'HOUSEHOLD_NOT_FOUND', 'RESIDENT_NOT_FOUND', 'RESIDENT_NOT_FOUND'];
    expect((await Promise.all(attempts)).map(code)).toEqual([
      ...notFound,
      'HOUSEHOLD_NOT_FOUND',
      'HOUSEHOLD_NOT_FOUND',
      'RESIDENT_NOT_FOUND',
    ]);
    const create = { input: { villageCode: VILLAGE_B1, address: '柳溪村99号', head: head('外来户') } };
    expect(code(await gql(CREATE, create, 'sec_a1'))).toBe('FORBIDDEN');
    expect(await one('sec_b1', B1_HOUSE)).toEqual(before);
  });

  it('limits a cadre to the paired households and read-only roles to reading', async () => {
    expect(await one('cadre_a1', householdId(0, 5))).toBeNull();
    expect(
      code(await gql(UPDATE, { input: { id: householdId(0, 5), version: 1, difficulties: 'x' } }, 'cadre_a1')),
    ).toBe('HOUSEHOLD_NOT_FOUND');
    expect(
      code(
        await gql(UPDATE, { input: { id: householdId(0, 1), version: 1, difficulties: '孩子上学路远' } }, 'cadre_a1'),
      ),
    ).toBeUndefined();
    for (const who of ['dept', 'auditor', 'screen']) {
      expect(
        code(await gql(UPDATE, { input: { id: householdId(0, 2), version: 1, difficulties: 'x' } }, who)),
        who,
      ).toBe('FORBIDDEN');
      expect(
        code(await gql(CREATE, { input: { villageCode: VILLAGE_A1, address: '石门村50号', head: head('某某') } }, who)),
        who,
      ).toBe('FORBIDDEN');
    }
    expect(
      code(
        await gql(
          CREATE,
          { input: { villageCode: VILLAGE_A1, gridId: ids.gridA1, address: '石门村51号', head: head('网格登记') } },
          'grid_a1',
        ),
      ),
    ).toBeUndefined();
    expect(
      code(
        await gql(
          CREATE,
          { input: { villageCode: VILLAGE_A1, address: '石门村52号', head: head('无网格') } },
          'grid_a1',
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('registering households and residents', () => {
  it('checks ID numbers by GB 11643 through the API: the standard vector passes, every one-digit change is refused', async () => {
    const ok = await gql<{ createHousehold: HouseholdView }>(
      CREATE,
      {
        input: {
          villageCode: VILLAGE_A1,
          gridId: ids.gridA1,
          groupId: groupIds.a1Two,
          address: '石门村二组20号',
          head: head('钱秀兰', '11010519491231002x', '137 2345 6789'),
        },
      },
      'sec_a1',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createHousehold).toMatchObject({
      headName: '钱秀兰',
      memberCount: 1,
      group: { name: '二组' },
      version: 1,
    });
    expect(ok.data!.createHousehold.residents[0]).toMatchObject({
      isHead: true,
      relation: '户主',
      sex: 'FEMALE',
      birthDate: '1949-12-31',
      idCardMasked: '1101**********002X',
      phoneMasked: '137****6789',
    });
    const valid = '11010519491231002X';
    for (let i = 0; i < 18; i++) {
      const c = valid[i] === 'X' ? '0' : String((Number(valid[i]) + 1) % 10);
      const res = await gql(
        CREATE,
        {
          input: {
            villageCode: VILLAGE_A1,
            address: '石门村30号',
            head: head('错号', valid.slice(0, i) + c + valid.slice(i + 1)),
          },
        },
        'sec_a1',
      );
      expect(code(res), `position ${i}`).toBe('HOUSEHOLD_ID_CARD_NO_INVALID');
      expect(field(res)).toBe('head.idCardNo');
    }
    const dup = await gql(
      CREATE,
      { input: { villageCode: VILLAGE_A1, address: '石门村31号', head: head('重复', valid) } },
      'sec_a1',
    );
    expect([code(dup), field(dup)]).toEqual(['DUPLICATE_ID_CARD', 'head.idCardNo']);
    expect(names(await list('sec_a1', { s: 'qxl' }))).toEqual(['钱秀兰']);
    expect(names(await list('sec_a1', { id: '11010519491231002x' }))).toEqual(['钱秀兰']);
  });

  it('names the field of every bad input', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ villageCode: VILLAGE_A1, address: '  ', head: head('甲') }, 'address', 'HOUSEHOLD_ADDRESS_INVALID'],
      [
        { villageCode: VILLAGE_A1, address: '石门村40号', head: { name: '乙', sex: 'MALE', phone: '12345' } },
        'head.phone',
        'HOUSEHOLD_PHONE_INVALID',
      ],
      [
        { villageCode: VILLAGE_A1, address: '石门村40号', head: { name: '', sex: 'MALE' } },
        'head.name',
        'HOUSEHOLD_NAME_INVALID',
      ],
      [{ villageCode: VILLAGE_A1, address: '石门村40号', head: { name: '丙' } }, 'head.sex', 'HOUSEHOLD_SEX_INVALID'],
      [
        {
          villageCode: VILLAGE_A1,
          address: '石门村40号',
          head: { name: '丁', sex: 'MALE', idCardNo: '11010519491231002X' },
        },
        'head.sex',
        'HOUSEHOLD_SEX_INVALID',
      ],
      [
        { villageCode: VILLAGE_A1, address: '石门村40号', groupId: groupIds.b1One, head: head('戊') },
        'groupId',
        'VILLAGER_GROUP_NOT_FOUND',
      ],
      [
        { villageCode: VILLAGE_A1, address: '石门村40号', gridId: ids.gridA2, head: head('己') },
        'gridId',
        'GRID_NOT_FOUND',
      ],
      [
        { villageCode: '4309990010', address: '石门村40号', head: head('庚') },
        'villageCode',
        'HOUSEHOLD_VILLAGE_CODE_INVALID',
      ],
    ];
    for (const [input, expected, expectedCode] of cases) {
      const res = await gql(CREATE, { input }, 'sec_a1');
      expect([code(res), field(res)], expected).toEqual([expectedCode, expected]);
      expect(res.errors![0].message).toMatch(/\p{Script=Han}/u);
    }
    const rel = await gql(
      ADD,
      { input: { householdId: householdId(0, 6), resident: { name: '杨小明', sex: 'MALE' } } },
      'sec_a1',
    );
    expect([code(rel), field(rel)]).toEqual(['HOUSEHOLD_RELATION_INVALID', 'resident.relation']);
    const bad = await gql(
      EDIT,
      { input: { id: residentId(0, 6, 1), version: 1, idCardNo: '110105194912310021' } },
      'sec_a1',
    );
    expect([code(bad), field(bad)]).toEqual(['HOUSEHOLD_ID_CARD_NO_INVALID', 'idCardNo']);
  });

  it('keeps the member count right as residents come and go, and never removes a head who has members', async () => {
    const house = householdId(0, 7);
    const added = await gql<{ addResident: { id: string; version: number; sex: string; birthDate: string } }>(
      ADD,
      {
        input: {
          householdId: house,
          resident: { name: '黄小龙', relation: '子', idCardNo: idCard('2010-05-05', 'MALE', 7) },
        },
      },
      'sec_a1',
    );
    expect(added.data!.addResident).toMatchObject({ sex: 'MALE', birthDate: '2010-05-05' });
    let hh = (await one('sec_a1', house))!;
    expect(hh.memberCount).toBe(3);
    expect(hh.residents.map((r) => r.name)).toEqual(['黄建国', '周7妹', '黄小龙']);
    const headRow = hh.residents[0];
    const refused = await gql(REMOVE, { id: headRow.id, v: headRow.version }, 'sec_a1');
    expect([code(refused), field(refused)]).toEqual(['HEAD_NOT_REMOVABLE', 'id']);
    expect(
      (
        await gql<{ removeResident: boolean }>(
          REMOVE,
          { id: added.data!.addResident.id, v: added.data!.addResident.version },
          'sec_a1',
        )
      ).data!.removeResident,
    ).toBe(true);
    hh = (await one('sec_a1', house))!;
    expect(hh.memberCount).toBe(2);
    expect(
      code(
        await gql(
          ADD,
          { input: { householdId: house, resident: { name: '二户主', relation: '户主', sex: 'MALE' } } },
          'sec_a1',
        ),
      ),
    ).toBe('HOUSEHOLD_RELATION_INVALID');
  });

  it('renames the household with its head, and takes sex and birth date from a corrected ID number', async () => {
    const house = householdId(0, 6);
    const [headRow, spouse] = (await one('sec_a1', house))!.residents;
    const renamed = await gql<{ updateResident: { version: number } }>(
      EDIT,
      { input: { id: headRow.id, version: headRow.version, name: '杨卫国' } },
      'sec_a1',
    );
    expect(renamed.errors).toBeUndefined();
    expect((await one('sec_a1', house))!.headName).toBe('杨卫国');
    expect(names(await list('sec_a1', { s: 'ywg' }))).toEqual(['杨卫国']);
    const newId = idCard('1963-08-09', 'FEMALE', 33);
    const fixed = await gql<{
      updateResident: { sex: string; birthDate: string; idCardMasked: string; phoneMasked: string | null };
    }>(EDIT, { input: { id: spouse.id, version: spouse.version, idCardNo: newId, phone: '0745-1234567' } }, 'sec_a1');
    expect(fixed.data!.updateResident).toMatchObject({
      sex: 'FEMALE',
      birthDate: '1963-08-09',
      idCardMasked: `4309**********${newId.slice(-4)}`,
      phoneMasked: '0745***4567',
    });
    expect(names(await list('sec_a1', { id: newId }))).toEqual(['杨卫国']);
    const old = registerFixture.households[6].residents[1].idCardNo;
    expect((await list('sec_a1', { id: old })).data!.households.totalCount).toBe(0);
  });
});

describe('optimistic locking', () => {
  it('refuses the second of two edits made from the same version, and keeps the first', async () => {
    const house = householdId(0, 3);
    const v = (await one('sec_a1', house))!.version;
    const first = await gql<{ updateHousehold: HouseholdView }>(
      UPDATE,
      { input: { id: house, version: v, address: '石门村四号（新）', incomeBand: 'BELOW_10K' } },
      'sec_a1',
    );
    expect(first.data!.updateHousehold).toMatchObject({ address: '石门村四号（新）', version: v + 1 });
    const second = await gql(UPDATE, { input: { id: house, version: v, address: '别人改的' } }, 'committee_a1');
    expect(code(second)).toBe('CONFLICT');
    expect(second.errors![0].message).toBe('数据已被他人修改，请刷新后重试');
    expect((await one('sec_a1', house))!).toMatchObject({
      address: '石门村四号（新）',
      incomeBand: 'BELOW_10K',
      version: v + 1,
    });
  });

  it('does the same for residents, and for removing one', async () => {
    const [, spouse] = (await one('sec_a1', householdId(0, 4)))!.residents;
    expect(
      (await gql(EDIT, { input: { id: spouse.id, version: spouse.version, occupation: '个体经营' } }, 'sec_a1')).errors,
    ).toBeUndefined();
    expect(
      code(
        await gql(EDIT, { input: { id: spouse.id, version: spouse.version, occupation: '外出务工' } }, 'committee_a1'),
      ),
    ).toBe('CONFLICT');
    expect(code(await gql(REMOVE, { id: spouse.id, v: spouse.version }, 'sec_a1'))).toBe('CONFLICT');
    const after = (await one('sec_a1', householdId(0, 4)))!;
    expect(after.memberCount).toBe(2);
    expect(after.residents[1]).toMatchObject({ version: spouse.version + 1 });
  });
});

describe('special-group tags', () => {
  it('records who set a tag and when, updates its note when set again, and keeps the history on removal', async () => {
    const house = householdId(0, 5);
    const set = await gql<{ setHouseholdTag: HouseholdView }>(
      SET_TAG,
      { h: house, t: 'LEFT_BEHIND_ELDERLY', n: '子女均在外务工' },
      'committee_a1',
    );
    const tag = set.data!.setHouseholdTag.tags[0];
    expect(tag).toMatchObject({ tag: 'LEFT_BEHIND_ELDERLY', setBy: 'committee_a1', note: '子女均在外务工' });
    expect(Date.now() - Date.parse(tag.setAt)).toBeLessThan(60_000);
    const again = await gql<{ setHouseholdTag: HouseholdView }>(
      SET_TAG,
      { h: house, t: 'LEFT_BEHIND_ELDERLY', n: '已联系子女' },
      'sec_a1',
    );
    expect(again.data!.setHouseholdTag.tags).toEqual([{ ...tag, note: '已联系子女' }]);
    expect(
      (await gql<{ removeHouseholdTag: HouseholdView }>(REMOVE_TAG, { h: house, t: 'LEFT_BEHIND_ELDERLY' }, 'sec_a1'))
        .data!.removeHouseholdTag.tags,
    ).toEqual([]);
    const rows = await h.subgraph.orm.em
      .getConnection()
      .execute<{ set_by: string; removed_by: string; removed_at: string }[]>(
        'select set_by, removed_by, removed_at from household_tag where household_id = ? and tag = ?',
        [house, 'LEFT_BEHIND_ELDERLY'],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ set_by: 'committee_a1', removed_by: 'sec_a1' });
    expect(rows[0].removed_at).toBeTruthy();
  });
});

describe('grid capacity', () => {
  it('refuses a household for a full area grid, by the setting in force for the village', async () => {
    const count = (await list('sec_a1', { g: ids.gridA1 })).data!.households.totalCount;
    const set = await gql(
      'mutation($c: String!, $v: JSON!) { updateSetting(divisionCode: $c, key: "grid.areaCapacity", value: $v) { value source } }',
      { c: VILLAGE_A1, v: count },
      'sec_a1',
    );
    expect(set.data).toEqual({ updateSetting: { value: count, source: VILLAGE_A1 } });
    const full = await gql(
      CREATE,
      { input: { villageCode: VILLAGE_A1, gridId: ids.gridA1, address: '石门村60号', head: head('满格') } },
      'sec_a1',
    );
    expect([code(full), field(full)]).toEqual(['GRID_FULL', 'gridId']);
    expect(full.errors![0].message).toContain(`上限 ${count} 户`);
    expect((await list('sec_a1', { g: ids.gridA1 })).data!.households.totalCount).toBe(count);
    expect(
      code(
        await gql(
          CREATE,
          { input: { villageCode: VILLAGE_A2, gridId: ids.gridA2, address: '桃花村60号', head: head('邻村') } },
          'town_a',
        ),
      ),
    ).toBeUndefined();
  });

  it('lets concurrent registrations fill a grid to its capacity and never past it', async () => {
    const count = (await list('sec_a1', { g: ids.gridA1 })).data!.households.totalCount;
    await gql(
      'mutation($c: String!, $v: JSON!) { updateSetting(divisionCode: $c, key: "grid.areaCapacity", value: $v) { value } }',
      { c: VILLAGE_A1, v: count + 2 },
      'sec_a1',
    );
    const names = ['甲', '乙', '丙', '丁', '戊', '己'];
    const results = await Promise.all(
      names.map((n, i) =>
        gql(
          CREATE,
          { input: { villageCode: VILLAGE_A1, gridId: ids.gridA1, address: `石门村7${i}号`, head: head(`并发${n}`) } },
          'sec_a1',
        ),
      ),
    );
    const outcomes = results.map((r) => code(r) ?? 'OK').sort();
    expect(outcomes).toEqual(['GRID_FULL', 'GRID_FULL', 'GRID_FULL', 'GRID_FULL', 'OK', 'OK']);
    expect((await list('sec_a1', { g: ids.gridA1 })).data!.households.totalCount).toBe(count + 2);
  });
});

describe('masking', () => {
  it('never returned a plaintext ID number or phone in any response of this file', () => {
    expect(bodies.length).toBeGreaterThan(60);
    const all = bodies.join('\n');
    for (const plain of [...fixturePlaintexts(), '11010519491231002X', '13723456789', '07451234567'])
      expect(all).not.toContain(plain);
    expect(all).not.toMatch(/cipher|blindIndex|id_card_index/i);
  });

  it('unmask is the only way to plaintext (checked in household-pii)', async () => {
    expect(code(await gql(UNMASK, { id: residentId(0, 0, 0), f: 'ID_CARD_NO', r: '核实' }, 'dept'))).toBe('FORBIDDEN');
  });
});
