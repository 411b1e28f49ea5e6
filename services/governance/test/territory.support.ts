import { expect } from 'vitest';
import type { Role } from '@xiangzhi/auth';
import type { GqlResult, Harness } from './harness.js';
import { COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_B1, ids } from './fixture.js';

/**
 * Principals of the shared fixture, signed directly (no login round trip): the territory, grid and visit tests use
 * these.
 */
export const PEOPLE = {
  county: { username: 'county', roles: ['COUNTY_ADMIN'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  dept: { username: 'dept', roles: ['COUNTY_DEPARTMENT'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  dashboard: { username: 'screen', roles: ['API_CLIENT'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  townA: { username: 'town_a', roles: ['TOWNSHIP_ADMIN'], divisionCode: TOWN_A, cadreId: null, gridIds: [] },
  secA1: { username: 'sec_a1', roles: ['VILLAGE_SECRETARY'], divisionCode: VILLAGE_A1, cadreId: null, gridIds: [] },
  secB1: { username: 'sec_b1', roles: ['VILLAGE_SECRETARY'], divisionCode: VILLAGE_B1, cadreId: null, gridIds: [] },
  cadreA1: { username: 'cadre_a1', roles: ['CADRE'], divisionCode: VILLAGE_A1, cadreId: ids.cadreA1, gridIds: [] },
} satisfies Record<
  string,
  { username: string; roles: `${Role}`[]; divisionCode: string; cadreId: string | null; gridIds: string[] }
>;

export type Person = keyof typeof PEOPLE;

let counter = 0;
/** Access tokens for every fixture person. */
export async function tokensFor(h: Harness): Promise<Record<Person, string>> {
  const out = {} as Record<Person, string>;
  for (const [name, p] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    const accountId = `0190b000-0000-7000-8000-${String(++counter).padStart(12, '0')}`;
    out[name] = (await h.signer.sign({ accountId, ...p, roles: p.roles as Role[], gridIds: [...p.gridIds] })).token;
  }
  return out;
}

/** The first error's code (and field, when the test names one). */
export function expectError(res: GqlResult, code: string, field?: string): void {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
}

/** The data of a call that must succeed. */
export function ok<T>(res: GqlResult<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** Statements one GraphQL call costs. */
export async function statementsOf(h: Harness, run: () => Promise<GqlResult>): Promise<number> {
  h.statements.length = 0;
  const res = await run();
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return h.statements.length;
}
