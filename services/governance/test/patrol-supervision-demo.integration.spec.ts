import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoDataset } from '@xiangzhi/testing';
import type { Role } from '@xiangzhi/auth';
import { loadDemo } from '../src/demo.js';
import { startGovernance, type Harness } from './harness.js';
import { ok } from './territory.support.js';

let h: Harness;
let data: DemoDataset;

beforeAll(async () => {
  h = await startGovernance();
  data = generateDemoData();
  await loadDemo(h.subgraph.orm.em.fork(), data, h.crypto);
}, 120_000);
afterAll(async () => h?.stop());

const tokenOf = async (username: string): Promise<string> => {
  const a = data.accounts.find((x) => x.username === username)!;
  const p = { accountId: a.id, username, roles: a.roles as Role[], divisionCode: a.divisionCode, gridIds: a.gridIds };
  return (await h.signer.sign({ ...p, cadreId: a.cadreId })).token;
};

describe('the demo patrols and supervision cards', () => {
  it('give the first cadre points to patrol today, a month with misses, and cards in every state', async () => {
    const token = await tokenOf('cadre_1');
    const day = ok(await h.gql<{ myPatrolDay: { state: string }[] }>('{ myPatrolDay { state } }', {}, token));
    expect(day.myPatrolDay.length).toBeGreaterThanOrEqual(3);
    const month = new Date().toISOString().slice(0, 7);
    const figures = ok(
      await h.gql<{ patrolFigures: { checkIns: number }[] }>(
        'query($m: String!) { patrolFigures(month: $m) { checkIns missed } }',
        { m: month },
        await tokenOf('secretary_1'),
      ),
    );
    expect(figures.patrolFigures.length).toBeGreaterThan(0);
    const cards = ok(
      await h.gql<{ supervisionTasks: { edges: { node: { status: string; overdue: boolean } }[] } }>(
        '{ supervisionTasks(mine: true) { edges { node { status overdue } } } }',
        {},
        token,
      ),
    );
    const nodes = cards.supervisionTasks.edges.map((e) => e.node);
    expect(nodes.map((n) => n.status).sort()).toEqual(['ACCEPTED', 'ISSUED', 'ISSUED', 'REPORTED']);
    expect(nodes.filter((n) => n.overdue)).toHaveLength(1);
  });
});
