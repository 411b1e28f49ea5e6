import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { ids, registerFixture, tokenFor, VILLAGE_A1 } from './household-fixture.js';

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), registerFixture, h.crypto);
  token = await tokenFor(h, 'sec_a1');
});
afterAll(async () => { await h?.stop(); });

const CREATE = 'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }';
const LIST = 'query($s: String) { households(search: $s, first: 100) { edges { node { address } } } }';

describe('the register lists addresses as people read them', () => {
  it('puts 一组2号 before 一组10号 and 二组 before 十组, whatever the text order', async () => {
    for (const address of ['排序村十组1号', '排序村一组10号', '排序村二组1号', '排序村一组2号', '排序村三组1号']) {
      const res = await h.gql(CREATE, { input: { villageCode: VILLAGE_A1, gridId: ids.gridA1, address, head: { name: '排序', sex: 'MALE' } } }, token);
      expect(res.errors).toBeUndefined();
    }
    const res = await h.gql<{ households: { edges: { node: { address: string } }[] } }>(LIST, { s: '排序村' }, token);
    expect(res.data?.households.edges.map((e) => e.node.address)).toEqual(['排序村一组2号', '排序村一组10号', '排序村二组1号', '排序村三组1号', '排序村十组1号']);
  });
});
