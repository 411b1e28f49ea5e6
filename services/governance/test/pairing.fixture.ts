import { HouseholdTag, HouseholdTagKind } from '../src/modules/household/index.js';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { COUNTY, fixture, PASSWORD, TOWN_A } from './fixture.js';

/**
 * Shared set-up of the cadre, pairing and contact-card tests: the base fixture plus a village of 20 households in two
 * grids.
 */
const id = (n: number): string => `0190a000-0000-7000-8001-${String(n).padStart(12, '0')}`;

export const VILLAGE_A3 = '430999001003';
export const pids = {
  gridNorth: id(1),
  gridSouth: id(2),
  cadreNorth: id(10),
  cadreSouth: id(11),
  cadreCommittee: id(12),
  secA3: id(100),
  dept: id(101),
  api: id(102),
  countyAdmin: id(103),
};
/** Households of village A3: 0–9 in the north grid, 10–19 in the south grid. */
export const a3 = (n: number): string => id(1000 + n);
/** Special-group households of A3 (tags set by `bootPairing`). */
export const SPECIAL_A3: Record<number, HouseholdTagKind> = {
  0: HouseholdTagKind.DIBAO,
  5: HouseholdTagKind.EMPTY_NEST_ELDERLY,
  12: HouseholdTagKind.WUBAO,
};

const SURNAMES = ['周', '吴', '郑', '冯', '蒋', '沈', '韩', '朱', '秦', '许'];
const GIVEN = ['大山', '桂花'];

export const pairingFixture: typeof fixture = {
  ...fixture,
  regions: [...fixture.regions, { code: VILLAGE_A3, name: '洪山村', level: 'VILLAGE', parentCode: TOWN_A }],
  grids: [
    ...fixture.grids,
    { id: pids.gridNorth, villageCode: VILLAGE_A3, name: '北片网格', leaderCadreId: null },
    { id: pids.gridSouth, villageCode: VILLAGE_A3, name: '南片网格', leaderCadreId: null },
  ],
  households: [
    ...fixture.households,
    ...Array.from({ length: 20 }, (_, n) => {
      const north = n < 10;
      const head = `${SURNAMES[n % 10]}${GIVEN[north ? 0 : 1]}`;
      return {
        id: a3(n),
        villageCode: VILLAGE_A3,
        gridId: north ? pids.gridNorth : pids.gridSouth,
        address: `洪山村${north ? '北片' : '南片'}${String(n + 1).padStart(2, '0')}号`,
        headName: head,
        residents: [
          {
            id: id(5000 + n),
            name: head,
            relation: '户主',
            sex: north ? ('MALE' as const) : ('FEMALE' as const),
            birthDate: '1958-05-01',
          },
        ],
      };
    }),
  ],
  cadres: [
    ...fixture.cadres,
    {
      id: pids.cadreNorth,
      name: '孙北山',
      kind: 'PARTY_MEMBER',
      post: '网格员',
      divisionCode: VILLAGE_A3,
      gridId: pids.gridNorth,
    },
    {
      id: pids.cadreSouth,
      name: '陈南溪',
      kind: 'PARTY_MEMBER',
      post: '党小组长',
      divisionCode: VILLAGE_A3,
      gridId: pids.gridSouth,
    },
    {
      id: pids.cadreCommittee,
      name: '林委员',
      kind: 'VILLAGE_COMMITTEE',
      post: '村委委员',
      divisionCode: VILLAGE_A3,
      gridId: null,
    },
  ],
  accounts: [
    ...fixture.accounts,
    {
      id: pids.secA3,
      username: 'sec_a3',
      displayName: '洪山村书记',
      password: PASSWORD,
      roles: ['VILLAGE_SECRETARY'],
      divisionCode: VILLAGE_A3,
      cadreId: null,
      gridIds: [],
    },
    {
      id: pids.dept,
      username: 'dept',
      displayName: '县民政局',
      password: PASSWORD,
      roles: ['COUNTY_DEPARTMENT'],
      divisionCode: COUNTY,
      cadreId: null,
      gridIds: [],
    },
    {
      id: pids.api,
      username: 'screen',
      displayName: '县大屏',
      password: PASSWORD,
      roles: ['API_CLIENT'],
      divisionCode: COUNTY,
      cadreId: null,
      gridIds: [],
    },
    {
      id: pids.countyAdmin,
      username: 'county',
      displayName: '县管理员',
      password: PASSWORD,
      roles: ['COUNTY_ADMIN'],
      divisionCode: COUNTY,
      cadreId: null,
      gridIds: [],
    },
  ],
};

export const USERS = ['sec_a1', 'sec_b1', 'sec_a3', 'town_a', 'cadre_a1', 'dept', 'screen', 'county'] as const;
export type User = (typeof USERS)[number];

export interface PairingHarness {
  h: Harness;
  tokens: Record<User, string>;
  /** Runs a GraphQL request as a user and returns data, failing the test on any error. */
  ok<T>(user: User, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Runs a request expected to fail and returns its first error's code and field. */
  fails(
    user: User,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ code?: string; field?: string; message: string }>;
}

/** A governance subgraph on a fresh database with `pairingFixture`, A3's special-group tags, and a token per user. */
export async function bootPairing(): Promise<PairingHarness> {
  const h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), pairingFixture, h.crypto);
  const em = h.subgraph.orm.em.fork();
  // the tags of A3 are exactly these, whatever other demo loaders add
  await em.nativeDelete(HouseholdTag, { household: { villageCode: VILLAGE_A3 } });
  for (const [n, tag] of Object.entries(SPECIAL_A3))
    em.create(HouseholdTag, { household: a3(Number(n)), tag, setBy: 'sec_a3' });
  await em.flush();
  const tokens = {} as Record<User, string>;
  for (const u of USERS) {
    const res = await h.gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u, p: PASSWORD },
    );
    if (!res.data) throw new Error(`login ${u}: ${JSON.stringify(res.errors)}`);
    tokens[u] = res.data.login.accessToken;
  }
  return {
    h,
    tokens,
    async ok<T>(user: User, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await h.gql<T>(query, variables, tokens[user]);
      if (res.errors?.length) throw new Error(`${user}: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
    async fails(user: User, query: string, variables: Record<string, unknown> = {}) {
      const res = await h.gql(query, variables, tokens[user]);
      if (!res.errors?.length) throw new Error(`${user}: expected an error, got ${JSON.stringify(res.data)}`);
      const e = res.errors[0]!;
      return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
    },
  };
}
