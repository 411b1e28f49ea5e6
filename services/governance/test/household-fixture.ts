import { idCardCheckChar } from '@xiangzhi/testing';
import { fixture, householdId, ids, PASSWORD, COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import type { Harness } from './harness.js';

type Dataset = typeof fixture;

/** A valid GB 11643 number for a birth date, sex and sequence (430999 = the demo county). */
export function idCard(birthDate: string, sex: 'MALE' | 'FEMALE', seq: number): string {
  const s = seq * 2 + (sex === 'MALE' ? 1 : 0);
  const first17 = `430999${birthDate.replaceAll('-', '')}${String(s % 1000).padStart(3, '0')}`;
  return first17 + idCardCheckChar(first17);
}

/** The phone of household `n` of village index `v` (head) — every one distinct. */
export const headPhone = (v: number, n: number): string =>
  `139${String(v).padStart(2, '0')}${String(n).padStart(6, '0')}`;

const gid = (n: number): string => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
export const groupIds = { a1One: gid(200), a1Two: gid(201), b1One: gid(202) };

/**
 * The fixture register with what issue 3 adds: ID numbers and phones of every person, villager
 * groups, special-group tags, and more accounts (county, read-only, 三员, a dashboard client).
 */
export const registerFixture: Dataset = {
  ...fixture,
  villagerGroups: [
    { id: groupIds.a1One, villageCode: VILLAGE_A1, name: '一组' },
    { id: groupIds.a1Two, villageCode: VILLAGE_A1, name: '二组' },
    { id: groupIds.b1One, villageCode: VILLAGE_B1, name: '一组' },
  ],
  households: fixture.households.map((h, i) => {
    const v = Math.floor(i / 8);
    const n = i % 8;
    return {
      ...h,
      groupId: v === 0 ? (n < 4 ? groupIds.a1One : groupIds.a1Two) : v === 2 ? groupIds.b1One : null,
      incomeBand: 'FROM_10K_TO_30K' as const,
      productionSituation: '种植水稻3亩',
      livingSituation: '住房安全',
      difficulties: null,
      tags:
        n === 0
          ? [
              { tag: 'DIBAO' as const, note: '农村低保一类', setOn: '2026-03-01' },
              { tag: 'EMPTY_NEST_ELDERLY' as const, note: null, setOn: '2026-03-01' },
            ]
          : n === 1
            ? [{ tag: 'LEFT_BEHIND_CHILD' as const, note: null, setOn: '2026-04-01' }]
            : [],
      residents: h.residents.map((r, k) => ({
        ...r,
        idCardNo: idCard(r.birthDate, r.sex, v * 100 + n * 2 + k),
        phone: k === 0 ? headPhone(v, n) : null,
        occupation: '务农',
        health: n === 0 && k === 1 ? '肢体残疾（三级）' : null,
      })),
    };
  }),
  accounts: [
    ...fixture.accounts,
    ...(
      [
        ['county', ['COUNTY_ADMIN'], COUNTY, null, []],
        ['dept', ['COUNTY_DEPARTMENT'], COUNTY, null, []],
        ['auditor', ['AUDITOR'], COUNTY, null, []],
        ['secadmin', ['SECURITY_ADMIN'], COUNTY, null, []],
        ['screen', ['API_CLIENT'], COUNTY, null, []],
        ['committee_a1', ['VILLAGE_COMMITTEE'], VILLAGE_A1, null, []],
        ['grid_a1', ['GRID_LEADER'], VILLAGE_A1, null, [ids.gridA1]],
        ['sec_a2', ['VILLAGE_SECRETARY'], VILLAGE_A2, null, []],
        ['leader_a', ['TOWNSHIP_LEADER'], TOWN_A, ids.cadreTown, []],
      ] as const
    ).map(([username, roles, divisionCode, cadreId, gridIds], i) => ({
      id: gid(300 + i),
      username,
      displayName: username,
      password: PASSWORD,
      roles: [...roles],
      divisionCode,
      cadreId,
      gridIds: [...gridIds],
    })),
  ],
};

/** Every plaintext ID number and phone of the fixture: none may appear in the database or the logs. */
export const fixturePlaintexts = (): string[] =>
  registerFixture.households.flatMap((h) =>
    h.residents.flatMap((r) => [r.idCardNo, r.phone].filter((x): x is string => !!x)),
  );

/** A signed access token for a fixture account, without the cost of a login per test. */
export async function tokenFor(h: Harness, username: string): Promise<string> {
  const a = registerFixture.accounts.find((x) => x.username === username);
  if (!a) throw new Error(`no fixture account ${username}`);
  const { token } = await h.signer.sign({
    accountId: a.id,
    username: a.username,
    roles: a.roles as never,
    divisionCode: a.divisionCode,
    gridIds: a.gridIds,
    cadreId: a.cadreId,
  });
  return token;
}

export { householdId, ids, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1, TOWN_A, COUNTY };

/** GraphQL selections used across the register tests. */
export const HOUSEHOLD_FIELDS = `id villageCode address headName memberCount incomeBand productionSituation livingSituation difficulties version
  group { id name } tags { tag setBy setAt note }
  residents { id name relation sex birthDate birthYear isHead idCardMasked phoneMasked occupation version }
  pairedCadres { id name }`;

export const LIST = `query($r: String, $s: String, $g: ID, $t: HouseholdTagKind, $id: String, $p: String, $why: String, $u: Boolean, $first: Int, $after: String) {
  households(regionCode: $r, search: $s, gridId: $g, tag: $t, idCardNo: $id, phone: $p, lookupReason: $why, unpaired: $u, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${HOUSEHOLD_FIELDS} } } } }`;

export interface ResidentView {
  id: string;
  name: string;
  relation: string;
  sex: string;
  birthDate: string | null;
  isHead: boolean;
  idCardMasked: string | null;
  phoneMasked: string | null;
  version: number;
}
export interface HouseholdView {
  id: string;
  villageCode: string;
  address: string;
  headName: string;
  memberCount: number;
  version: number;
  incomeBand: string | null;
  group: { id: string; name: string } | null;
  tags: { tag: string; setBy: string; setAt: string; note: string | null }[];
  residents: ResidentView[];
  pairedCadres: { id: string; name: string }[];
}
export interface ListData {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: HouseholdView }[];
  };
}
