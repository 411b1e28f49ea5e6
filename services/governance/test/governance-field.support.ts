import type { Principal, Role } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { COUNTY, fixture, ids, TOWN_A, TOWN_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';

/**
 * The set-up of the patrol and supervision tests: the shared fixture plus three field cadres (a grid member of A1,
 * one of A2, the grid leader of A1) and signed principals at every level (county, township, village, grid, cadre),
 * read-only and 三员 callers.
 */
const id = (n: number): string => `0190a000-0000-7000-8009-${String(n).padStart(12, '0')}`;
export const fids = { memberA1: id(1), memberA2: id(2), leaderA1: id(3), memberB1: ids.cadreB1 };

export const fieldFixture: typeof fixture = {
  ...fixture,
  cadres: [
    ...fixture.cadres,
    {
      id: fids.memberA1,
      name: '周网格',
      kind: 'PARTY_MEMBER',
      post: '网格员',
      divisionCode: VILLAGE_A1,
      gridId: ids.gridA1,
    },
    {
      id: fids.memberA2,
      name: '郑网格',
      kind: 'PARTY_MEMBER',
      post: '网格员',
      divisionCode: VILLAGE_A2,
      gridId: ids.gridA2,
    },
    {
      id: fids.leaderA1,
      name: '冯组长',
      kind: 'PARTY_MEMBER',
      post: '网格长',
      divisionCode: VILLAGE_A1,
      gridId: ids.gridA1,
    },
  ],
};

type Person = Omit<Principal, 'accountId' | 'roles'> & { roles: `${Role}`[] };
const person = (
  username: string,
  roles: `${Role}`[],
  divisionCode: string,
  cadreId: string | null = null,
  gridIds: string[] = [],
): Person => ({ username, roles, divisionCode, cadreId, gridIds });

export const FIELD_PEOPLE = {
  county: person('county', ['COUNTY_ADMIN'], COUNTY),
  dept: person('dept', ['COUNTY_DEPARTMENT'], COUNTY),
  sys: person('sys', ['SYSTEM_ADMIN'], COUNTY),
  townA: person('town_a', ['TOWNSHIP_ADMIN'], TOWN_A),
  leaderA: person('leader_a', ['TOWNSHIP_LEADER'], TOWN_A),
  townB: person('town_b', ['TOWNSHIP_ADMIN'], TOWN_B),
  secA1: person('sec_a1', ['VILLAGE_SECRETARY'], VILLAGE_A1),
  secB1: person('sec_b1', ['VILLAGE_SECRETARY'], VILLAGE_B1),
  glA1: person('gl_a1', ['GRID_LEADER'], VILLAGE_A1, fids.leaderA1, [ids.gridA1]),
  gmA1: person('gm_a1', ['CADRE'], VILLAGE_A1, fids.memberA1, [ids.gridA1]),
  gmA2: person('gm_a2', ['CADRE'], VILLAGE_A2, fids.memberA2, [ids.gridA2]),
  gmB1: person('gm_b1', ['CADRE'], VILLAGE_B1, fids.memberB1, [ids.gridB1]),
} as const;
export type FieldPerson = keyof typeof FIELD_PEOPLE;

export interface FieldHarness {
  h: Harness;
  principal(who: FieldPerson): Principal;
  gql<T>(who: FieldPerson, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Data of a call that must succeed (throws with the errors otherwise). */
  ok<T>(who: FieldPerson, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** First error's code, field and message of a call that must fail. */
  fails(
    who: FieldPerson,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ code?: string; field?: string; message: string }>;
}

export async function bootField(): Promise<FieldHarness> {
  const h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fieldFixture, h.crypto);
  const principals = {} as Record<FieldPerson, Principal>;
  const tokens = {} as Record<FieldPerson, string>;
  let n = 0;
  for (const [who, p] of Object.entries(FIELD_PEOPLE) as [FieldPerson, Person][]) {
    const principal: Principal = { ...p, accountId: id(500 + ++n), roles: p.roles as Role[], gridIds: [...p.gridIds] };
    principals[who] = principal;
    tokens[who] = (await h.signer.sign(principal)).token;
  }
  const gql = <T>(who: FieldPerson, query: string, variables: Record<string, unknown> = {}) =>
    h.gql<T>(query, variables, tokens[who]);
  return {
    h,
    principal: (who) => principals[who],
    gql,
    async ok<T>(who: FieldPerson, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const res = await gql<T>(who, query, variables);
      if (res.errors?.length) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
    async fails(who: FieldPerson, query: string, variables: Record<string, unknown> = {}) {
      const res = await gql(who, query, variables);
      if (!res.errors?.length) throw new Error(`${who}: expected an error, got ${JSON.stringify(res.data)}`);
      const e = res.errors[0]!;
      return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
    },
  };
}
