import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, PASSWORD } from './fixture.js';

// 我的农户: a cadre opening the register sees the households paired with them.
let h: Harness;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  for (const u of ['cadre_a1', 'sec_a1']) {
    const res = await h.gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u, p: PASSWORD },
    );
    tokens[u] = res.data!.login.accessToken;
  }
});
afterAll(async () => {
  await h?.stop();
});

const MINE = 'query($m: Boolean) { households(mine: $m, first: 100) { totalCount edges { node { id } } } }';
const ids = async (who: string, mine: boolean | null): Promise<{ total: number; ids: string[] }> => {
  const res = await h.gql<{ households: { totalCount: number; edges: { node: { id: string } }[] } }>(
    MINE,
    { m: mine },
    tokens[who],
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return { total: res.data.households.totalCount, ids: res.data.households.edges.map((e) => e.node.id).sort() };
};

describe('households(mine: true)', () => {
  it("lists the cadre's own pairs", async () => {
    const mine = await ids('cadre_a1', true);
    expect(mine.ids).toEqual([householdId(0, 0), householdId(0, 1), householdId(0, 2)].sort());
    expect(mine.total).toBe(3);
  });
  it('is empty for an account with no cadre record, which otherwise sees the whole village', async () => {
    expect((await ids('sec_a1', true)).total).toBe(0);
    expect((await ids('sec_a1', null)).total).toBeGreaterThan(3);
  });
});
