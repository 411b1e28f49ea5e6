import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { householdId, ids, registerFixture, tokenFor, COUNTY, VILLAGE_A1 } from './household-fixture.js';

/*
 * 三员分立 (MLPS level 3): the system administrator, the security administrator and the auditor
 * administer the system and read no business data at all — households, residents, cadres, grids,
 * pairings, visits, coverage, roster, exports, imports, cards, business settings — nor write any.
 */
let h: Harness;
const t: Record<string, string> = {};
const code = (res: GqlResult<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;

const HOUSE = householdId(0, 0);
const RESIDENT = '0190a000-0000-7000-8000-000000005000';
const PAIRING = '0190a000-0000-7000-8000-000000009000';
const JOB = '0190a000-0000-7000-8000-000000000999';

/** Every business query of the governance subgraph, with variables a business role would send. */
const QUERIES: [string, string, Record<string, unknown>][] = [
  ['households', 'query { households(first: 100) { totalCount edges { node { headName } } } }', {}],
  ['household', 'query($id: ID!) { household(id: $id) { headName residents { name } } }', { id: HOUSE }],
  [
    'region households',
    'query($c: String!) { region(code: $c) { households { totalCount edges { node { headName } } } } }',
    { c: COUNTY },
  ],
  ['region grids', 'query($c: String!) { region(code: $c) { grids { name } } }', { c: VILLAGE_A1 }],
  ['region villager groups', 'query($c: String!) { region(code: $c) { villagerGroups { name } } }', { c: VILLAGE_A1 }],
  ['cadres', 'query { cadres(first: 100) { totalCount edges { node { name } } } }', {}],
  ['cadre', 'query($id: ID!) { cadre(id: $id) { name } }', { id: ids.cadreA1 }],
  ['grid', 'query($id: ID!) { grid(id: $id) { name } }', { id: ids.gridA1 }],
  ['villagerGroups', 'query($v: String!) { villagerGroups(villageCode: $v) { name } }', { v: VILLAGE_A1 }],
  ['settings', 'query($d: String!) { settings(divisionCode: $d) { key value } }', { d: VILLAGE_A1 }],
  ['visits', 'query { visits(first: 10) { totalCount } }', {}],
  ['visitCoverage', 'query { visitCoverage(period: "2026-01", groupBy: VILLAGE) { name paired } }', {}],
  ['notVisited', 'query { notVisited(period: "2026-01") { totalCount } }', {}],
  ['pairings', 'query { pairings { totalCount edges { node { id } } } }', {}],
  ['pairingCoverage', 'query { pairingCoverage { totalHouseholds pairedHouseholds } }', {}],
  ['suggestPairings', 'query($v: String!) { suggestPairings(villageCode: $v) { reason } }', { v: VILLAGE_A1 }],
  ['pairingRoster', 'query { pairingRoster { totalCount } }', {}],
  ['exportPairingRoster', 'query { exportPairingRoster { fileName } }', {}],
  ['exportRegister', 'query { exportRegister { fileName } }', {}],
  ['contactCards', 'query($h: [ID!]) { contactCards(householdIds: $h) { fileName } }', { h: [HOUSE] }],
  ['importJob', 'query($id: ID!) { importJob(id: $id) { status } }', { id: JOB }],
];

/** Every business mutation, with inputs that would pass for a village secretary. */
const MUTATIONS: [string, string, Record<string, unknown>][] = [
  [
    'createHousehold',
    'mutation($i: CreateHouseholdInput!) { createHousehold(input: $i) { id } }',
    {
      i: { villageCode: VILLAGE_A1, gridId: ids.gridA1, address: '石门村88号', head: { name: '新户主', sex: 'MALE' } },
    },
  ],
  [
    'updateHousehold',
    'mutation($i: UpdateHouseholdInput!) { updateHousehold(input: $i) { id } }',
    { i: { id: HOUSE, version: 1, difficulties: '三员写入' } },
  ],
  [
    'addResident',
    'mutation($i: AddResidentInput!) { addResident(input: $i) { id } }',
    { i: { householdId: HOUSE, resident: { name: '新成员', relation: '子', sex: 'MALE' } } },
  ],
  ['setHouseholdTag', 'mutation($h: ID!) { setHouseholdTag(householdId: $h, tag: MONITORED) { id } }', { h: HOUSE }],
  [
    'unmaskResident',
    'mutation($id: ID!) { unmaskResident(id: $id, field: ID_CARD_NO, reason: "核实身份") }',
    { id: RESIDENT },
  ],
  [
    'createCadre',
    'mutation($i: CreateCadreInput!) { createCadre(input: $i) { id } }',
    { i: { name: '新党员', kind: 'PARTY_MEMBER', post: '农村党员', divisionCode: VILLAGE_A1 } },
  ],
  [
    'updateCadre',
    'mutation($i: UpdateCadreInput!) { updateCadre(input: $i) { id } }',
    { i: { id: ids.cadreA1, version: 1, post: '改职务' } },
  ],
  [
    'createGrid',
    'mutation($i: CreateGridInput!) { createGrid(input: $i) { id } }',
    { i: { name: '新片区', level: 'AREA', divisionCode: VILLAGE_A1 } },
  ],
  [
    'assignGridMember',
    'mutation($i: AssignGridMemberInput!) { assignGridMember(input: $i) { id } }',
    { i: { gridId: ids.gridA1, cadreId: ids.cadreA1, role: 'MEMBER' } },
  ],
  [
    'moveHousehold',
    'mutation($i: MoveHouseholdInput!) { moveHousehold(input: $i) { id } }',
    { i: { householdId: HOUSE, version: 1, toGridId: ids.gridA1, reason: '调整' } },
  ],
  [
    'createVillagerGroup',
    'mutation($i: CreateVillagerGroupInput!) { createVillagerGroup(input: $i) { id } }',
    { i: { villageCode: VILLAGE_A1, name: '九组' } },
  ],
  [
    'updateSetting',
    'mutation($d: String!) { updateSetting(divisionCode: $d, key: "grid.areaCapacity", value: 80) { value } }',
    { d: VILLAGE_A1 },
  ],
  [
    'recordVisit',
    'mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }',
    { i: { householdId: HOUSE, cadreIds: [ids.cadreA1], method: 'IN_PERSON', living: '住房安全' } },
  ],
  [
    'validateRegisterImport',
    'mutation($v: String!) { validateRegisterImport(villageCode: $v, fileName: "a.xlsx", contentBase64: "UEsDBA==") { id } }',
    { v: VILLAGE_A1 },
  ],
  [
    'pairHousehold',
    'mutation($i: PairHouseholdInput!) { pairHousehold(input: $i) { id } }',
    { i: { cadreId: ids.cadreA1, householdId: householdId(0, 5) } },
  ],
  [
    'endPairing',
    'mutation($i: EndPairingInput!) { endPairing(input: $i) { id } }',
    { i: { id: PAIRING, endedOn: '2026-08-01', reason: '调整' } },
  ],
  [
    'acceptPairingSuggestion',
    'mutation($c: ID!, $h: ID!) { acceptPairingSuggestion(cadreId: $c, householdId: $h) { id } }',
    { c: ids.cadreA1, h: householdId(0, 6) },
  ],
  [
    'rejectPairingSuggestion',
    'mutation($c: ID!, $h: ID!) { rejectPairingSuggestion(cadreId: $c, householdId: $h) }',
    { c: ids.cadreA1, h: householdId(0, 7) },
  ],
];

/** Row counts of every business table: a refused write changes none of them. */
async function businessCounts(): Promise<Record<string, number>> {
  const tables = [
    'household',
    'resident',
    'household_tag',
    'cadre',
    'grid',
    'grid_member',
    'villager_group',
    'pairing',
    'pairing_rejection',
    'visit',
    'setting',
    'import_job',
    'household_grid_move',
    'audit_record',
  ];
  const out: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await h.subgraph.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from ${table}`);
    out[table] = Number(row!.n);
  }
  return out;
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of ['auditor', 'secadmin', 'sec_a1']) t[u] = await tokenFor(h, u);
  const sysadmin = {
    accountId: '0190a000-0000-7000-8000-000000000777',
    username: 'sysadmin',
    roles: [Role.SYSTEM_ADMIN],
    divisionCode: COUNTY,
    gridIds: [],
    cadreId: null,
  };
  t.sysadmin = (await h.signer.sign(sysadmin)).token;
});
afterAll(async () => {
  await h?.stop();
});

describe('三员分立: the system administrator, security administrator and auditor see no business data', () => {
  it.each(['sysadmin', 'secadmin', 'auditor'])(
    '%s is refused every business query (FORBIDDEN, no data)',
    async (who) => {
      for (const [name, query, variables] of QUERIES) {
        const res = await h.gql(query, variables, t[who]);
        expect(code(res), `${who} ${name}: ${JSON.stringify(res)}`).toBe('FORBIDDEN');
        expect(JSON.stringify(res.data ?? null), `${who} ${name}`).not.toMatch(/王建国|赵红梅|第1网格|一组/);
      }
    },
  );

  it.each(['sysadmin', 'secadmin', 'auditor'])(
    '%s is refused every business write, and nothing changes',
    async (who) => {
      const before = await businessCounts();
      for (const [name, query, variables] of MUTATIONS) {
        const res = await h.gql(query, variables, t[who]);
        expect(code(res), `${who} ${name}: ${JSON.stringify(res.errors)}`).toBe('FORBIDDEN');
        expect(res.data ?? null, `${who} ${name}`).toBeNull();
      }
      expect(await businessCounts()).toEqual(before);
    },
  );

  it('tells them why in Chinese, and still lets them read the division tree they assign accounts to', async () => {
    const res = await h.gql('query { households { totalCount } }', {}, t.auditor);
    expect(res.errors?.[0]?.message).toContain('三员');
    const region = await h.gql<{ region: { name: string } | null }>(
      'query($c: String!) { region(code: $c) { name } }',
      { c: VILLAGE_A1 },
      t.sysadmin,
    );
    expect(region.data?.region?.name).toBe('石门村');
  });

  it('keeps the village secretary on the same queries (the refusals above are about the role, not the queries)', async () => {
    for (const [name, query, variables] of QUERIES.filter(
      ([n]) => !['importJob', 'exportRegister', 'exportPairingRoster', 'contactCards'].includes(n),
    )) {
      const res = await h.gql(query, variables, t.sec_a1);
      expect(res.errors, `${name}: ${JSON.stringify(res.errors)}`).toBeUndefined();
    }
    const list = await h.gql<{ households: { totalCount: number } }>(
      'query { households { totalCount } }',
      {},
      t.sec_a1,
    );
    expect(list.data!.households.totalCount).toBe(8);
  });
});
