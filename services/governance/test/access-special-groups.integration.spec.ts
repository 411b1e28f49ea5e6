import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { householdId, registerFixture, tokenFor, VILLAGE_A1 } from './household-fixture.js';

/*
 * Issue 6: a read-only role must not infer the sensitive tags it cannot see (低保, 监测 …) from
 * what pairing tells it: the special flag of a suggestion, the special-group count, or an order
 * that puts special groups first. Those who may see personal data keep all three.
 */
let h: Harness;
const t: Record<string, string> = {};
/** An unpaired household that is 监测户: only the tag (sensitive) makes it special. */
const MONITORED = householdId(0, 5);

const COVERAGE = `query($r: String) { pairingCoverage(regionCode: $r) {
  totalHouseholds unpairedHouseholds specialUnpaired unpaired(first: 50) { edges { node { id } } } } }`;
type Coverage = {
  pairingCoverage: {
    totalHouseholds: number;
    unpairedHouseholds: number;
    specialUnpaired: number | null;
    unpaired: { edges: { node: { id: string } }[] };
  };
};
const COUNTS =
  'query($r: String) { pairingCoverage(regionCode: $r) { totalHouseholds unpairedHouseholds specialUnpaired } }';
const SUGGEST = 'query($v: String!) { suggestPairings(villageCode: $v) { household { id } special reason } }';
type Suggest = { suggestPairings: { household: { id: string }; special: boolean | null; reason: string }[] };

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  for (const u of ['dept', 'sec_a1', 'screen']) t[u] = await tokenFor(h, u);
  const tag = await h.gql(
    'mutation($h: ID!) { setHouseholdTag(householdId: $h, tag: MONITORED) { id } }',
    { h: MONITORED },
    t.sec_a1,
  );
  expect(tag.errors).toBeUndefined();
});
afterAll(async () => {
  await h?.stop();
});

describe('special groups in pairing', () => {
  it('shows the village secretary the special household first, flagged, with the count', async () => {
    const cov = (await h.gql<Coverage>(COVERAGE, { r: VILLAGE_A1 }, t.sec_a1)).data!.pairingCoverage;
    expect(cov.specialUnpaired).toBe(1);
    expect(cov.unpaired.edges[0]!.node.id).toBe(MONITORED);
    const plan = (await h.gql<Suggest>(SUGGEST, { v: VILLAGE_A1 }, t.sec_a1)).data!.suggestPairings;
    expect(plan[0]).toMatchObject({ household: { id: MONITORED }, special: true });
    expect(plan[0]!.reason).toContain('特殊群体优先');
  });

  it('tells a county department nothing that ties a tag to a household: no flag, no count, no special-first order', async () => {
    const res = await h.gql<Coverage>(COVERAGE, { r: VILLAGE_A1 }, t.dept);
    expect(res.errors).toBeUndefined();
    const cov = res.data!.pairingCoverage;
    expect(cov).toMatchObject({ totalHouseholds: 8, unpairedHouseholds: 5, specialUnpaired: null });
    // the unpaired list in address order (石门村4号 … 8号), not with the 监测户 first
    expect(cov.unpaired.edges.map((e) => e.node.id)).toEqual([3, 4, 5, 6, 7].map((n) => householdId(0, n)));

    const suggest = await h.gql<Suggest>(SUGGEST, { v: VILLAGE_A1 }, t.dept);
    expect(suggest.errors).toBeUndefined();
    const plan = suggest.data!.suggestPairings;
    expect(plan.length).toBeGreaterThan(0);
    for (const s of plan) {
      expect(s.special).toBeNull();
      expect(s.reason).not.toContain('特殊群体');
    }
    expect(plan[0]!.household.id).not.toBe(MONITORED);
    expect(JSON.stringify(suggest)).not.toContain('MONITORED');
  });

  it('gives a dashboard the coverage numbers without the special-group count', async () => {
    const res = await h.gql<Coverage>(COUNTS, { r: VILLAGE_A1 }, t.screen);
    expect(res.errors).toBeUndefined();
    expect(res.data!.pairingCoverage).toEqual({ totalHouseholds: 8, unpairedHouseholds: 5, specialUnpaired: null });
  });
});
