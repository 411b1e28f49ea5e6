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
afterAll(async () => {
  await h?.stop();
});

const CREATE = 'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id } }';
const LIST = 'query($s: String) { households(search: $s, first: 100) { edges { node { address } } } }';

describe('the register lists addresses as people read them', () => {
  it('puts 一组2号 before 一组10号 and 二组 before 十组, whatever the text order', async () => {
    for (const address of ['排序村十组1号', '排序村一组10号', '排序村二组1号', '排序村一组2号', '排序村三组1号']) {
      const res = await h.gql(
        CREATE,
        { input: { villageCode: VILLAGE_A1, gridId: ids.gridA1, address, head: { name: '排序', sex: 'MALE' } } },
        token,
      );
      expect(res.errors).toBeUndefined();
    }
    const res = await h.gql<{ households: { edges: { node: { address: string } }[] } }>(LIST, { s: '排序村' }, token);
    expect(res.data?.households.edges.map((e) => e.node.address)).toEqual([
      '排序村一组2号',
      '排序村一组10号',
      '排序村二组1号',
      '排序村三组1号',
      '排序村十组1号',
    ]);
  });

  it('moves a household to its new place when its address is corrected (the stored order key follows)', async () => {
    const created = await h.gql<{ createHousehold: { id: string; version: number } }>(
      'mutation($input: CreateHouseholdInput!) { createHousehold(input: $input) { id version } }',
      {
        input: {
          villageCode: VILLAGE_A1,
          gridId: ids.gridA1,
          address: '改址村九组1号',
          head: { name: '改址', sex: 'MALE' },
        },
      },
      token,
    );
    await h.gql(
      CREATE,
      {
        input: {
          villageCode: VILLAGE_A1,
          gridId: ids.gridA1,
          address: '改址村二组1号',
          head: { name: '改址', sex: 'MALE' },
        },
      },
      token,
    );
    const house = created.data?.createHousehold;
    expect(house).toBeDefined();
    const moved = await h.gql(
      'mutation($input: UpdateHouseholdInput!) { updateHousehold(input: $input) { id } }',
      { input: { id: house?.id, version: house?.version, address: '改址村一组1号' } },
      token,
    );
    expect(moved.errors).toBeUndefined();
    const res = await h.gql<{ households: { edges: { node: { address: string } }[] } }>(LIST, { s: '改址村' }, token);
    expect(res.data?.households.edges.map((e) => e.node.address)).toEqual(['改址村一组1号', '改址村二组1号']);
  });
});

describe('one register entry per person', () => {
  it('lets exactly one of several simultaneous registrations of the same ID number through', async () => {
    const input = (n: number) => ({
      villageCode: VILLAGE_A1,
      gridId: ids.gridA1,
      address: `石门村同时登记${n}号`,
      head: { name: '周同时', idCardNo: '110105195001010012' },
    });
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) => h.gql<{ createHousehold: { id: string } | null }>(CREATE, { input: input(n) }, token)),
    );
    const created = results.filter((r) => r.data?.createHousehold?.id);
    expect(created).toHaveLength(1);
    for (const r of results.filter((x) => !x.data?.createHousehold)) {
      expect(['DUPLICATE_ID_CARD', 'CONFLICT']).toContain(r.errors?.[0]?.extensions?.code);
    }
    const rows = await h.subgraph.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from household where address like '石门村同时登记%'");
    expect(rows[0].n).toBe(1);
  });
});
