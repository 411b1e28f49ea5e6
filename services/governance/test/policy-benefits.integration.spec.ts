import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, VILLAGE_A1, COUNTY } from './fixture.js';
import { expectError, ok, statementsOf, tokensFor, type Person } from './territory.support.js';
import { A1, addPolicyFacts } from './policy.fixture.js';

/*
 * Two county policies over the fixture (see policy.fixture.ts for 石门村's facts):
 *   elderly   (not sensitive): a member aged 80+        → 石门村 h0, h4
 *   housing   (sensitive):     低保 or 重病重残          → 石门村 h0, h2
 * cadre_a1 (赵红梅) is paired with h0, h1, h2.
 */
let h: Harness;
let t: Record<Person, string>;
const policy = { elderly: '', housing: '' };

const CREATE = `mutation($i: PolicyInput!) { createPolicy(input: $i) { id } }`;
const MOVE = `mutation($i: RecordPolicyBenefitInput!) { recordPolicyBenefit(input: $i) { status version changes { fromStatus toStatus changedBy } } }`;
const OF_HOUSEHOLD = `query($id: ID!) { household(id: $id) { policyBenefits { id status version policy { id name } } } }`;
const BRIEF = `mutation($i: BriefHouseholdInput!) { briefHousehold(input: $i) { id acknowledged policyIds briefedBy } }`;
const GAP = `query($d: Int!, $r: String) { policyGapReport(overdueDays: $d, regionCode: $r) { villageName policyId eligible informed applied total } }`;
const GAP_HH = `query($d: Int!, $p: ID, $n: Int) { policyGapHouseholds(overdueDays: $d, policyId: $p, first: $n) {
  totalCount edges { node { status waitingDays household { id address headName } policy { name } changes { toStatus } } } } }`;

type Benefit = { id: string; status: string; version: number; policy: { id: string; name: string } };
async function benefitsOf(household: string, token = t.townA): Promise<Benefit[]> {
  return (
    ok(await h.gql<{ household: { policyBenefits: Benefit[] } | null }>(OF_HOUSEHOLD, { id: household }, token))
      .household?.policyBenefits ?? []
  );
}
async function benefit(household: string, p: string): Promise<Benefit> {
  return (await benefitsOf(household)).find((b) => b.policy.id === p)!;
}
const move = (b: Benefit, status: string, token = t.townA) =>
  h.gql<{ recordPolicyBenefit: { status: string; version: number } }>(
    MOVE,
    { i: { benefitId: b.id, status, version: b.version } },
    token,
  );

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  await addPolicyFacts(h.subgraph.orm.em.fork());
  t = await tokensFor(h);
  const base = { category: 'SOCIAL_SECURITY', summary: '要点', issuingBody: '县民政局', divisionCode: COUNTY };
  policy.elderly = ok(
    await h.gql<{ createPolicy: { id: string } }>(
      CREATE,
      { i: { ...base, name: '高龄津贴', rule: { type: 'MEMBER_AGE', min: 80 } } },
      t.county,
    ),
  ).createPolicy.id;
  const housing = {
    type: 'ANY',
    conditions: ['DIBAO', 'SERIOUS_ILLNESS_DISABILITY'].map((tag) => ({ type: 'HAS_TAG', tag })),
  };
  policy.housing = ok(
    await h.gql<{ createPolicy: { id: string } }>(
      CREATE,
      { i: { ...base, name: '危房改造补助', rule: housing } },
      t.county,
    ),
  ).createPolicy.id;
});
afterAll(async () => {
  await h?.stop();
});

describe('benefit transitions', () => {
  it('moves ELIGIBLE → INFORMED → APPLIED → GRANTED and refuses every skip or step back', async () => {
    let b = await benefit(A1(4), policy.elderly);
    expect(b.status).toBe('ELIGIBLE');
    for (const wrong of ['APPLIED', 'GRANTED', 'DECLINED', 'INELIGIBLE', 'ELIGIBLE'])
      expectError(await move(b, wrong), 'POLICY_BENEFIT_STATUS_INVALID', 'status');
    ok(await move(b, 'INFORMED'));
    b = await benefit(A1(4), policy.elderly);
    for (const wrong of ['GRANTED', 'ELIGIBLE', 'INFORMED'])
      expectError(await move(b, wrong), 'POLICY_BENEFIT_STATUS_INVALID', 'status');
    ok(await move(b, 'APPLIED'));
    b = await benefit(A1(4), policy.elderly);
    expectError(await move(b, 'INFORMED'), 'POLICY_BENEFIT_STATUS_INVALID', 'status');
    const granted = ok(await move(b, 'GRANTED')).recordPolicyBenefit;
    expect(granted).toMatchObject({
      status: 'GRANTED',
      changes: [
        { fromStatus: null, toStatus: 'ELIGIBLE', changedBy: 'county' },
        { fromStatus: 'ELIGIBLE', toStatus: 'INFORMED', changedBy: 'town_a' },
        { fromStatus: 'INFORMED', toStatus: 'APPLIED', changedBy: 'town_a' },
        { fromStatus: 'APPLIED', toStatus: 'GRANTED', changedBy: 'town_a' },
      ],
    });
    b = await benefit(A1(4), policy.elderly);
    for (const wrong of ['DECLINED', 'APPLIED', 'INFORMED'])
      expectError(await move(b, wrong), 'POLICY_BENEFIT_STATUS_INVALID', 'status');
  });

  it('lets an informed household decline, and a declined benefit is final', async () => {
    const hh = A1(2);
    let b = await benefit(hh, policy.housing);
    ok(await move(b, 'INFORMED'));
    b = await benefit(hh, policy.housing);
    ok(await move(b, 'DECLINED'));
    b = await benefit(hh, policy.housing);
    expect(b.status).toBe('DECLINED');
    expectError(await move(b, 'APPLIED'), 'POLICY_BENEFIT_STATUS_INVALID');
  });

  it('refuses a stale version', async () => {
    const b = await benefit(A1(0), policy.elderly);
    expectError(await move({ ...b, version: b.version + 5 }, 'INFORMED'), 'CONFLICT');
  });
});

describe('scoping', () => {
  it('a cadre records only for paired households; others are not found', async () => {
    const h4 = await benefit(A1(4), policy.elderly);
    expectError(await move(h4, 'DECLINED', t.cadreA1), 'POLICY_BENEFIT_NOT_FOUND', 'benefitId');
    expect(await benefitsOf(A1(4), t.cadreA1)).toEqual([]);
    expect((await benefitsOf(A1(0), t.cadreA1)).map((b) => b.policy.name).sort()).toEqual(['危房改造补助', '高龄津贴']);
  });

  it('another village sees nothing of 石门村; read-only roles cannot record', async () => {
    const b = await benefit(A1(0), policy.elderly);
    expectError(await move(b, 'INFORMED', t.secB1), 'POLICY_BENEFIT_NOT_FOUND');
    expectError(await move(b, 'INFORMED', t.dept), 'FORBIDDEN');
    const gap = ok(await h.gql<{ policyGapReport: { villageName: string }[] }>(GAP, { d: 0 }, t.secB1)).policyGapReport;
    expect(gap.map((r) => r.villageName)).not.toContain('石门村');
  });
});

describe('sensitive facts', () => {
  it('a county department sees the counts of a 低保 policy but not which households', async () => {
    const q = `query($id: ID!) { policy(id: $id) { sensitive benefitCounts { status count } benefits(first: 50) { totalCount } } }`;
    const seen = ok(
      await h.gql<{
        policy: { sensitive: boolean; benefitCounts: { count: number }[]; benefits: { totalCount: number } };
      }>(q, { id: policy.housing }, t.dept),
    ).policy;
    expect(seen.sensitive).toBe(true);
    expect(seen.benefitCounts.reduce((n, c) => n + c.count, 0)).toBe(2);
    expect(seen.benefits.totalCount).toBe(0);
    expect((await benefitsOf(A1(0), t.dept)).map((b) => b.policy.name)).toEqual(['高龄津贴']);
    const rows = ok(
      await h.gql<{ policyGapHouseholds: { edges: { node: { policy: { name: string } } }[] } }>(
        GAP_HH,
        { d: 0, n: 100 },
        t.dept,
      ),
    ).policyGapHouseholds.edges.map((e) => e.node.policy.name);
    expect(rows).not.toContain('危房改造补助');
    expect(rows).toContain('高龄津贴');
  });
});

describe('briefing (宣讲) and the 政策明白卡', () => {
  it('records a briefing that informs the eligible policies, and refuses a policy the household is not owed', async () => {
    expectError(
      await h.gql(BRIEF, { i: { householdId: A1(1), policyIds: [policy.elderly], acknowledged: true } }, t.cadreA1),
      'POLICY_BRIEFING_POLICY_IDS_INVALID',
      'policyIds',
    );
    expectError(
      await h.gql(BRIEF, { i: { householdId: A1(4), policyIds: [policy.elderly], acknowledged: true } }, t.cadreA1),
      'HOUSEHOLD_NOT_FOUND',
    );
    const done = ok(
      await h.gql<{ briefHousehold: { acknowledged: boolean; briefedBy: string } }>(
        BRIEF,
        {
          i: {
            householdId: A1(0),
            policyIds: [policy.elderly, policy.housing],
            acknowledged: true,
            acknowledgedBy: '周0妹',
          },
        },
        t.cadreA1,
      ),
    ).briefHousehold;
    expect(done).toMatchObject({ acknowledged: true, briefedBy: 'cadre_a1' });
    expect((await benefitsOf(A1(0))).map((b) => b.status)).toEqual(['INFORMED', 'INFORMED']);
  });

  it('prints the card for a household in reach, null for one out of reach', async () => {
    const q = `query($id: ID!) { policyCard(householdId: $id) { fileName contentType contentBase64 } }`;
    const card = ok(
      await h.gql<{ policyCard: { fileName: string; contentType: string; contentBase64: string } }>(
        q,
        { id: A1(0) },
        t.cadreA1,
      ),
    ).policyCard;
    expect(card.contentType).toBe('application/pdf');
    expect(card.fileName).toContain('政策明白卡');
    expect(Buffer.from(card.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(ok(await h.gql<{ policyCard: unknown }>(q, { id: A1(4) }, t.cadreA1)).policyCard).toBeNull();
  });
});

describe('the gap report (应享未享)', () => {
  it('counts owed households by village and policy, and none that waited less than N days', async () => {
    const rows = ok(
      await h.gql<{
        policyGapReport: {
          villageName: string;
          policyId: string;
          eligible: number;
          informed: number;
          applied: number;
          total: number;
        }[];
      }>(GAP, { d: 0, r: VILLAGE_A1 }, t.townA),
    ).policyGapReport;
    const of = (p: string) => rows.find((r) => r.policyId === p && r.villageName === '石门村');
    // elderly: h0 informed (briefing), h4 granted → 1 owed; housing: h0 informed, h2 declined → 1 owed
    expect(of(policy.elderly)).toMatchObject({ eligible: 0, informed: 1, applied: 0, total: 1 });
    expect(of(policy.housing)).toMatchObject({ eligible: 0, informed: 1, applied: 0, total: 1 });
    expect(ok(await h.gql<{ policyGapReport: unknown[] }>(GAP, { d: 30 }, t.townA)).policyGapReport).toEqual([]);
    expectError(await h.gql(GAP, { d: 999 }, t.townA), 'POLICY_OVERDUE_DAYS_INVALID', 'overdueDays');
  });

  it('lists households without a statement per row (10 vs 50 rows)', async () => {
    await h.subgraph.orm.em.fork().execute(`update household set member_count = 1`);
    const many = ok(
      await h.gql<{ createPolicy: { id: string } }>(
        CREATE,
        {
          i: {
            category: 'OTHER',
            summary: '要点',
            issuingBody: '县',
            divisionCode: COUNTY,
            name: '全体',
            rule: { type: 'HOUSEHOLD_SIZE', min: 1 },
          },
        },
        t.county,
      ),
    ).createPolicy.id;
    const few = await statementsOf(h, () => h.gql(GAP_HH, { d: 0, p: many, n: 10 }, t.county));
    const lots = await statementsOf(h, () => h.gql(GAP_HH, { d: 0, p: many, n: 50 }, t.county));
    expect(lots).toBe(few);
    const LIST = `query($n: Int) { policies(first: $n) { edges { node { name benefitCounts { count } } } } }`;
    expect(await statementsOf(h, () => h.gql(LIST, { n: 1 }, t.county))).toBe(
      await statementsOf(h, () => h.gql(LIST, { n: 3 }, t.county)),
    );
  });
});
