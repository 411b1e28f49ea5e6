import { expect } from 'vitest';
import type { Role } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { Cadre, CadreKind } from '../src/modules/cadre/index.js';
import { Case } from '../src/modules/case/index.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { COUNTY, TOWN_A, TOWN_B, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1, fixture, householdId, ids } from './fixture.js';

// The case ledger's tests share this: the small fixture, a second cadre in 石门村 (one with no grid: OWN
// means responsible or raiser only), and principals at every level, signed directly.

export const cadreX = '0190a000-0000-7000-8000-000000000077';
const acct = (n: number): string => `0190c500-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const CASE_PEOPLE = {
  county: { roles: ['COUNTY_ADMIN'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  dept: { roles: ['COUNTY_DEPARTMENT'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  townA: { roles: ['TOWNSHIP_ADMIN'], divisionCode: TOWN_A, cadreId: null, gridIds: [] },
  townB: { roles: ['TOWNSHIP_ADMIN'], divisionCode: TOWN_B, cadreId: null, gridIds: [] },
  secA1: { roles: ['VILLAGE_SECRETARY'], divisionCode: VILLAGE_A1, cadreId: null, gridIds: [] },
  secA2: { roles: ['VILLAGE_SECRETARY'], divisionCode: VILLAGE_A2, cadreId: null, gridIds: [] },
  secB1: { roles: ['VILLAGE_SECRETARY'], divisionCode: VILLAGE_B1, cadreId: null, gridIds: [] },
  leaderA1: { roles: ['GRID_LEADER'], divisionCode: VILLAGE_A1, cadreId: ids.cadreA1, gridIds: [ids.gridA1] },
  cadreX: { roles: ['CADRE'], divisionCode: VILLAGE_A1, cadreId: cadreX, gridIds: [] },
  sysadmin: { roles: ['SYSTEM_ADMIN'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  auditor: { roles: ['AUDITOR'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
  security: { roles: ['SECURITY_ADMIN'], divisionCode: COUNTY, cadreId: null, gridIds: [] },
} satisfies Record<string, { roles: `${Role}`[]; divisionCode: string; cadreId: string | null; gridIds: string[] }>;
export type CasePerson = keyof typeof CASE_PEOPLE;
export const accountOf = (p: CasePerson): string => acct(Object.keys(CASE_PEOPLE).indexOf(p) + 1);

export interface CaseWorld {
  h: Harness;
  t: Record<CasePerson, string>;
}

export async function startCaseWorld(): Promise<CaseWorld> {
  const h = await startGovernance(process.env.CASE_TEST_LOG ? { logLevel: 'error' } : {});
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  const em = h.subgraph.orm.em.fork();
  em.create(Cadre, {
    id: cadreX,
    name: '周立新',
    kind: CadreKind.PARTY_MEMBER,
    post: '农村党员',
    divisionCode: VILLAGE_A1,
  });
  await em.flush();
  const t = {} as Record<CasePerson, string>;
  for (const [name, p] of Object.entries(CASE_PEOPLE) as [CasePerson, (typeof CASE_PEOPLE)[CasePerson]][]) {
    const signed = await h.signer.sign({
      accountId: accountOf(name),
      username: name,
      ...p,
      roles: p.roles as Role[],
      gridIds: [...p.gridIds],
    });
    t[name] = signed.token;
  }
  return { h, t };
}

export const CASE_FIELDS = `id code title status level divisionCode version escalationCount returnCount reopenCount
  closeType result satisfaction feedback objectionUntil availableActions flags participants
  responsible { id name } household { id } timeline { action fromStatus toStatus fromLevel toLevel actorName reason }`;

export interface CaseView {
  id: string;
  code: string;
  title: string;
  status: string;
  level: string;
  divisionCode: string;
  version: number;
  escalationCount: number;
  returnCount: number;
  reopenCount: number;
  closeType: string | null;
  result: string | null;
  satisfaction: string | null;
  feedback: string | null;
  objectionUntil: string | null;
  availableActions: string[];
  flags: string[];
  participants: string[];
  responsible: { id: string; name: string } | null;
  household: { id: string } | null;
  timeline: {
    action: string;
    fromStatus: string | null;
    toStatus: string;
    fromLevel: string | null;
    toLevel: string;
    actorName: string | null;
    reason: string | null;
  }[];
}

const RAISE = `mutation($i: RaiseCaseInput!) { raiseCase(input: $i) { ${CASE_FIELDS} } }`;
const MOVE = `mutation($i: CaseTransitionInput!) { transitionCase(input: $i) { ${CASE_FIELDS} } }`;
const ONE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;

export function ok<T>(res: GqlResult<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

export function expectError(res: GqlResult, code: string, field?: string): void {
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
}

/** A household of 石门村 in grid A1 (household 3..7 are not paired with anyone). */
export const HOUSEHOLD_A1 = householdId(0, 5);

export function caseApi(w: CaseWorld) {
  const raiseRaw = (who: CasePerson, input: Record<string, unknown>) =>
    w.h.gql<{ raiseCase: CaseView }>(RAISE, { i: input }, w.t[who]);
  const moveRaw = (who: CasePerson, input: Record<string, unknown>) =>
    w.h.gql<{ transitionCase: CaseView }>(MOVE, { i: input }, w.t[who]);
  return {
    raiseRaw,
    moveRaw,
    raise: async (who: CasePerson, input: Record<string, unknown> = {}) =>
      ok(
        await raiseRaw(who, {
          title: '危房改造补助政策咨询',
          description: '想了解危房改造补助政策，屋顶漏雨',
          kind: 'DEMAND',
          domain: 'LIVELIHOOD',
          source: 'HOTLINE',
          householdId: HOUSEHOLD_A1,
          ...input,
        }),
      ).raiseCase,
    get: async (who: CasePerson, id: string) =>
      ok(await w.h.gql<{ case: CaseView | null }>(ONE, { id }, w.t[who])).case,
    /** Acts with the case's current version. */
    act: async (who: CasePerson, c: { id: string; version: number }, action: string, extra: object = {}) =>
      ok(await moveRaw(who, { caseId: c.id, version: c.version, action, ...extra })).transitionCase,
    /** Puts the case into a state directly (the transition table is tested from every status). */
    force: async (id: string, state: Partial<Record<keyof Case, unknown>>) => {
      await w.h.subgraph.orm.em.fork().nativeUpdate(Case, { id }, state as object);
    },
  };
}
