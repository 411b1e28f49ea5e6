import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphqlClient } from '@xiangzhi/testing';
import { startStack, type Stack } from './stack.js';

// The meetings page asks one document across two subgraphs: the meetings come from meetings, each one's village
// and chair from governance. With governance down the page still gets its meetings, those fields null and an
// error saying which part is missing (the page shows its warning then: PagedQueryState `showPartial`).

/** The meetings page's own document, as the frontend sends it. */
const MEETINGS_PAGE = readFileSync(
  new URL('../../../frontends/meetings/src/meetings-query.graphql', import.meta.url),
  'utf8',
);

interface MeetingNode {
  id: string;
  title: string;
  date: string;
  village: { name: string } | null;
  chair: { name: string } | null;
}
interface MeetingsPage {
  meetings: { totalCount: number; edges: { node: MeetingNode }[] } | null;
}

let stack: Stack;
let secretary: GraphqlClient;
const ask = () => secretary.request<MeetingsPage>(MEETINGS_PAGE, { regionCode: null, first: 20 });

beforeAll(async () => {
  stack = await startStack({ services: ['governance', 'meetings'] });
  secretary = await stack.as('secretary_1');
});
afterAll(async () => stack?.stop());

describe('the meetings page while governance is down', () => {
  it('still lists its meetings, with the village and chair null and an error naming governance', async () => {
    const up = await ask();
    expect(up.errors).toBeUndefined();
    const meetings = up.data!.meetings!.edges.map((e) => e.node);
    expect(meetings.length).toBeGreaterThan(0);
    // with governance up, its fields are there (every demo meeting has a village and a chair)
    expect(meetings.every((m) => m.village?.name && m.chair?.name)).toBe(true);

    await stack.stopSubgraph('governance');
    try {
      const down = await ask();
      const nodes = down.data?.meetings?.edges.map((e) => e.node) ?? [];
      // the part meetings answers is all there
      expect(nodes.map(({ id, title, date }) => ({ id, title, date }))).toEqual(
        meetings.map(({ id, title, date }) => ({ id, title, date })),
      );
      expect(down.data?.meetings?.totalCount).toBe(up.data!.meetings!.totalCount);
      // governance's fields are empty, and the answer says why, in Chinese, naming the subgraph
      expect(nodes.every((m) => m.village === null && m.chair === null)).toBe(true);
      expect(down.errors?.length).toBeGreaterThan(0);
      expect(down.errors![0]).toMatchObject({
        message: expect.stringContaining('（governance）暂时无法访问'),
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'governance' },
      });
    } finally {
      await stack.restartSubgraph('governance');
    }
    const back = await ask();
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual(up.data);
  });
});
