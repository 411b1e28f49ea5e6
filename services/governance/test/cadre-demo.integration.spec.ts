import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { demoPhone } from '../src/modules/cadre/index.js';
import { startGovernance, type Harness } from './harness.js';

let h: Harness;
let data: DemoDataset;
let token = '';

beforeAll(async () => {
  h = await startGovernance();
  data = generateDemoData();
  await loadDemo(h.subgraph.orm.em.fork(), data, h.crypto);
  const admin = data.accounts.find((a) => a.username === 'county_admin')!;
  token = (
    await h.signer.sign({
      accountId: admin.id,
      username: admin.username,
      roles: admin.roles as never,
      divisionCode: admin.divisionCode,
      gridIds: [],
      cadreId: null,
    })
  ).token;
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

describe('the demo cadres', () => {
  it('have work phones stored encrypted, the same ones every time, masked in answers', async () => {
    const rows = await h.subgraph.orm.em
      .getConnection()
      .execute<{ id: string; phone_cipher: string; phone_index: string; phone_masked: string }[]>(
        'select id, phone_cipher, phone_index, phone_masked from cadre',
      );
    expect(rows).toHaveLength(data.cadres.length);
    for (const r of rows) {
      const phone = demoPhone(r.id);
      expect(phone).toMatch(/^1[3-9]\d{9}$/);
      expect(h.crypto.decrypt(r.phone_cipher)).toBe(phone);
      expect(r.phone_index).toBe(h.crypto.blindIndex(phone));
      expect(r.phone_masked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
      expect(r.phone_cipher).not.toContain(phone);
    }
  });

  it('make township cadres liaison leaders, and keep every cadre within the capacity in force', async () => {
    const q =
      'query($after: String) { cadres(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { kind isLiaisonLeader capacity pairedCount phoneMasked } } } }';
    type Node = { kind: string; isLiaisonLeader: boolean; capacity: number; pairedCount: number; phoneMasked: string };
    const all: Node[] = [];
    for (let after: string | null = null, more = true; more;) {
      const res: {
        data?: { cadres: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Node }[] } };
      } = await h.gql(q, { after }, token);
      all.push(...res.data!.cadres.edges.map((e) => e.node));
      ({ hasNextPage: more, endCursor: after } = res.data!.cadres.pageInfo);
    }
    expect(all).toHaveLength(data.cadres.length);
    for (const c of all) {
      expect(c.isLiaisonLeader).toBe(c.kind === 'TOWNSHIP_CADRE');
      expect(c.pairedCount).toBeLessThanOrEqual(c.capacity);
      expect(c.phoneMasked).toMatch(/^1\d\d\*{4}\d{4}$/);
    }
    expect(all.filter((c) => c.kind === 'TOWNSHIP_CADRE').every((c) => c.capacity === 30)).toBe(true);
  });
});
