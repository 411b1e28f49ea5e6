import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '@xiangzhi/testing';
import type { Role } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { ok } from './case.fixture.js';

let h: Harness;
let data: DemoDataset;

beforeAll(async () => {
  h = await startGovernance();
  data = generateDemoData();
  await loadDemo(h.subgraph.orm.em.fork(), data, h.crypto);
}, 120_000);
afterAll(async () => {
  await h?.stop();
});

const tokenOf = async (username: string): Promise<string> => {
  const a = data.accounts.find((x) => x.username === username)!;
  const p = { accountId: a.id, username, roles: a.roles as Role[], divisionCode: a.divisionCode, gridIds: a.gridIds };
  return (await h.signer.sign({ ...p, cadreId: a.cadreId })).token;
};

describe('the demo cases', () => {
  it('show the first village a ledger in various states, each with its timeline', async () => {
    const q = `{ cases(first: 20) { totalCount edges { node { status level timeline { action } } } } }`;
    type Data = {
      cases: { totalCount: number; edges: { node: { status: string; level: string; timeline: unknown[] } }[] };
    };
    const { cases } = ok(await h.gql<Data>(q, {}, await tokenOf('secretary_1')));
    expect(cases.totalCount).toBe(5);
    expect(cases.edges.map((e) => e.node.status).sort()).toEqual(
      ['ACCEPTED', 'CLOSED', 'ESCALATED', 'IN_PROGRESS', 'REPORTED'].sort(),
    );
    for (const e of cases.edges) expect(e.node.timeline.length).toBeGreaterThan(0);
    // the other villages' secretaries start with an empty ledger
    expect(ok(await h.gql<Data>(q, {}, await tokenOf('secretary_2'))).cases.totalCount).toBe(0);
  });
});
