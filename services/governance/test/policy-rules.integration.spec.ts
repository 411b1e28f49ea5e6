import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, TOWN_A, TOWN_B, VILLAGE_A1, VILLAGE_A2, COUNTY } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';
import { A1, addPolicyFacts } from './policy.fixture.js';

let h: Harness;
let t: Record<Person, string>;

const CREATE = `mutation($i: PolicyInput!) { createPolicy(input: $i) { id version sensitive divisionCode } }`;
const UPDATE = `mutation($i: UpdatePolicyInput!) { updatePolicy(input: $i) { id version rule } }`;
const PREVIEW = `query($r: JSON!, $c: String) { policyRulePreview(rule: $r, regionCode: $c) { matching inScope } }`;
const BENEFITS = `query($id: ID!, $s: PolicyBenefitStatus) { policy(id: $id) {
  benefits(first: 100, status: $s) { totalCount edges { node { status household { id } } } } } }`;
const RECOMPUTE = `mutation($id: ID!) { recomputePolicyBenefits(policyId: $id) { matching added lapsed } }`;

type Benefits = {
  policy: { benefits: { totalCount: number; edges: { node: { status: string; household: { id: string } } }[] } } | null;
};

const base = {
  name: '测试政策',
  category: 'SOCIAL_SECURITY',
  summary: '测试用的政策要点',
  issuingBody: '县民政局',
  divisionCode: VILLAGE_A1,
};

async function create(rule: unknown, extra: Record<string, unknown> = {}, token = t.townA) {
  return ok(
    await h.gql<{ createPolicy: { id: string; version: number; sensitive: boolean } }>(
      CREATE,
      { i: { ...base, ...extra, rule } },
      token,
    ),
  ).createPolicy;
}

async function households(policyId: string, token = t.townA, status?: string): Promise<string[]> {
  const d = ok(await h.gql<Benefits>(BENEFITS, { id: policyId, s: status }, token));
  return (d.policy?.benefits.edges ?? []).map((e) => e.node.household.id).sort();
}

const ids = (...n: number[]): string[] => n.map(A1).sort();

/** Saves a new rule on a policy (at its current version): the benefits are recomputed with it. */
async function setRule(id: string, rule: unknown): Promise<void> {
  const q = `query($id: ID!) { policy(id: $id) { version } }`;
  const { version } = ok(await h.gql<{ policy: { version: number } }>(q, { id }, t.townA)).policy;
  ok(await h.gql(UPDATE, { i: { ...base, rule, id, version } }, t.townA));
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  await addPolicyFacts(h.subgraph.orm.em.fork());
  t = await tokensFor(h);
});
afterAll(async () => {
  await h?.stop();
});

describe('policy rules against hand-computed households of 石门村', () => {
  const cases: [string, unknown, number[]][] = [
    ['a member aged 80 or more (80 today counts, 79 does not)', { type: 'MEMBER_AGE', min: 80 }, [0, 4]],
    [
      '低保, 重病重残 or income below 10k',
      {
        type: 'ANY',
        conditions: [
          { type: 'HAS_TAG', tag: 'DIBAO' },
          { type: 'HAS_TAG', tag: 'SERIOUS_ILLNESS_DISABILITY' },
          { type: 'INCOME_BAND', bands: ['BELOW_10K'] },
        ],
      },
      [0, 2, 3],
    ],
    [
      'a child and no 留守儿童 tag in force (a removed tag is not a tag)',
      {
        type: 'ALL',
        conditions: [
          { type: 'MEMBER_AGE', max: 17 },
          { type: 'NOT', condition: { type: 'HAS_TAG', tag: 'LEFT_BEHIND_CHILD' } },
        ],
      },
      [2],
    ],
    ['three members or more', { type: 'HOUSEHOLD_SIZE', min: 3 }, [0, 2, 4, 5]],
    ['two members exactly', { type: 'HOUSEHOLD_SIZE', min: 2, max: 2 }, [1, 3, 6, 7]],
    ['income 10–30k', { type: 'INCOME_BAND', bands: ['FROM_10K_TO_30K'] }, [1]],
    ['only in 桃花村', { type: 'VILLAGE_IN', codes: [VILLAGE_A2] }, []],
    ['not 空巢', { type: 'NOT', condition: { type: 'HAS_TAG', tag: 'EMPTY_NEST_ELDERLY' } }, [0, 2, 3, 4, 5, 6, 7]],
  ];

  it.each(cases)('%s: the preview counts them and the saved policy lists exactly them', async (_, rule, expected) => {
    const preview = ok(
      await h.gql<{ policyRulePreview: { matching: number; inScope: number } }>(
        PREVIEW,
        { r: rule, c: VILLAGE_A1 },
        t.townA,
      ),
    ).policyRulePreview;
    expect(preview).toEqual({ matching: expected.length, inScope: 8 });
    const p = await create(rule);
    expect(await households(p.id)).toEqual(ids(...expected));
  });

  it('evaluates a whole township in the same statements as one village', async () => {
    const rule = { type: 'MEMBER_AGE', min: 60 };
    const one = await statementsOf(h, () => h.gql(PREVIEW, { r: rule, c: VILLAGE_A1 }, t.townA));
    const two = await statementsOf(h, () => h.gql(PREVIEW, { r: rule, c: TOWN_A }, t.townA));
    expect(two).toBe(one);
    const town = await create(rule, { divisionCode: TOWN_A });
    const village = await create(rule);
    const recomputeTown = await statementsOf(h, () => h.gql(RECOMPUTE, { id: town.id }, t.townA));
    const recomputeVillage = await statementsOf(h, () => h.gql(RECOMPUTE, { id: village.id }, t.townA));
    expect(recomputeTown).toBe(recomputeVillage);
  });
});

describe('rule validation through the API', () => {
  it.each([
    [{ type: 'ALL', conditions: [{ type: 'MEMBER_AGE', min: 90, max: 80 }] }, 'rule.conditions.0.max'],
    [{ type: 'ANY', conditions: [{ type: 'HAS_TAG', tag: 'NOBODY' }] }, 'rule.conditions.0.tag'],
    [{ type: 'WHATEVER' }, 'rule.type'],
  ])('refuses %j with POLICY_RULE_INVALID on %s', async (rule, field) => {
    expectError(await h.gql(CREATE, { i: { ...base, rule } }, t.townA), 'POLICY_RULE_INVALID', field);
    expectError(await h.gql(PREVIEW, { r: rule }, t.townA), 'POLICY_RULE_INVALID', field);
  });

  it('checks the other fields with their own codes', async () => {
    const rule = { type: 'HOUSEHOLD_SIZE', min: 1 };
    expectError(
      await h.gql(CREATE, { i: { ...base, rule, name: '长'.repeat(61) } }, t.townA),
      'POLICY_NAME_INVALID',
      'name',
    );
    expectError(
      await h.gql(CREATE, { i: { ...base, rule, summary: '要'.repeat(501) } }, t.townA),
      'POLICY_SUMMARY_INVALID',
      'summary',
    );
    expectError(
      await h.gql(CREATE, { i: { ...base, rule, validFrom: '2026-05-01', validTo: '2026-04-01' } }, t.townA),
      'POLICY_VALID_TO_INVALID',
      'validTo',
    );
    expectError(
      await h.gql(CREATE, { i: { ...base, rule, divisionCode: '43' } }, t.townA),
      'POLICY_DIVISION_CODE_INVALID',
    );
  });
});

describe('who keeps the catalog', () => {
  const rule = { type: 'HOUSEHOLD_SIZE', min: 1 };
  it('county and township admins do; villages, cadres and departments do not', async () => {
    await create(rule, { divisionCode: COUNTY }, t.county);
    for (const who of ['secA1', 'cadreA1', 'dept'] as const)
      expectError(await h.gql(CREATE, { i: { ...base, rule } }, t[who]), 'FORBIDDEN');
  });

  it('a township admin writes only for its own township, and cannot rewrite the county’s policy', async () => {
    expectError(await h.gql(CREATE, { i: { ...base, rule, divisionCode: TOWN_B } }, t.townA), 'FORBIDDEN');
    const county = await create(rule, { divisionCode: COUNTY }, t.county);
    expectError(
      await h.gql(
        UPDATE,
        { i: { ...base, rule, divisionCode: COUNTY, id: county.id, version: county.version } },
        t.townA,
      ),
      'FORBIDDEN',
    );
  });

  it('a village sees policies issued above it, not those of other villages', async () => {
    const a1 = await create(rule);
    const q = `query($id: ID!) { policy(id: $id) { id } }`;
    expect(ok(await h.gql<{ policy: { id: string } | null }>(q, { id: a1.id }, t.secA1)).policy?.id).toBe(a1.id);
    expect(ok(await h.gql<{ policy: unknown }>(q, { id: a1.id }, t.secB1)).policy).toBeNull();
    expectError(await h.gql(RECOMPUTE, { id: '0190ffff-0000-7000-8000-000000000000' }, t.townA), 'POLICY_NOT_FOUND');
    expectError(await h.gql(RECOMPUTE, { id: 'nope' }, t.townA), 'POLICY_NOT_FOUND', 'policyId');
    expectError(await h.gql(RECOMPUTE, { id: a1.id }, t.secB1), 'FORBIDDEN');
  });
});

describe('recomputation after a rule edit', () => {
  it('lapses open benefits that no longer match, keeps granted ones, and restores them when the rule matches again', async () => {
    const p = await create({ type: 'MEMBER_AGE', min: 80 });
    expect(await households(p.id)).toEqual(ids(0, 4));
    // h4 gets all the way to GRANTED
    const q = `query($id: ID!) { policy(id: $id) { benefits(first: 10) { edges { node { id version household { id } } } } } }`;
    const rows = ok(
      await h.gql<{
        policy: { benefits: { edges: { node: { id: string; version: number; household: { id: string } } }[] } };
      }>(q, { id: p.id }, t.townA),
    ).policy.benefits.edges.map((e) => e.node);
    const h4 = rows.find((r) => r.household.id === A1(4))!;
    const MOVE = `mutation($i: RecordPolicyBenefitInput!) { recordPolicyBenefit(input: $i) { status version } }`;
    let v = h4.version;
    for (const status of ['INFORMED', 'APPLIED', 'GRANTED'])
      v = ok(
        await h.gql<{ recordPolicyBenefit: { version: number } }>(
          MOVE,
          { i: { benefitId: h4.id, status, version: v } },
          t.townA,
        ),
      ).recordPolicyBenefit.version;

    await setRule(p.id, { type: 'MEMBER_AGE', min: 85 });
    expect(await households(p.id, t.townA, 'INELIGIBLE')).toEqual([]);
    expect(await households(p.id)).toEqual(ids(0, 4));
    expect(await households(p.id, t.townA, 'GRANTED')).toEqual(ids(4));

    // only h0 (86) stays; nothing lapsed because h4 was granted; widen to 90: h0 lapses
    const wider = ok(await h.gql<{ recomputePolicyBenefits: unknown }>(RECOMPUTE, { id: p.id }, t.townA));
    expect(wider.recomputePolicyBenefits).toEqual({ matching: 1, added: 0, lapsed: 0 });
    await setRule(p.id, { type: 'MEMBER_AGE', min: 90 });
    expect(await households(p.id, t.townA, 'INELIGIBLE')).toEqual(ids(0));
    await setRule(p.id, { type: 'MEMBER_AGE', min: 80 });
    expect(await households(p.id, t.townA, 'ELIGIBLE')).toEqual(ids(0));
    const hist = `query($id: ID!) { policy(id: $id) { benefits(first: 10, status: ELIGIBLE) { edges { node { changes { fromStatus toStatus changedBy } } } } } }`;
    const changes = ok(
      await h.gql<{ policy: { benefits: { edges: { node: { changes: unknown[] } }[] } } }>(hist, { id: p.id }, t.townA),
    ).policy.benefits.edges[0]!.node.changes;
    expect(changes).toEqual([
      { fromStatus: null, toStatus: 'ELIGIBLE', changedBy: 'town_a' },
      { fromStatus: 'ELIGIBLE', toStatus: 'INELIGIBLE', changedBy: 'town_a' },
      { fromStatus: 'INELIGIBLE', toStatus: 'ELIGIBLE', changedBy: 'town_a' },
    ]);
  });

  it('an inactive policy is owed to nobody', async () => {
    const p = await create({ type: 'HOUSEHOLD_SIZE', min: 1 }, { active: false });
    expect(await households(p.id)).toEqual([]);
  });
});
