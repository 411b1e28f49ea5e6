import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { GraphqlClient, GraphqlError } from '@xiangzhi/testing';
import { startStack, type Stack } from './stack.js';
import { demoFacts } from './demo-facts.js';

// The meetings and points pages as the frontends ask for them (frontends/meetings, frontends/points).
const MEETINGS_PAGE = `query MeetingsList($regionCode: String, $first: Int) {
  meetings(regionCode: $regionCode, first: $first) {
    totalCount edges { node { id title village { code name } chair { id name post } } }
  }
}`;
const LEADERBOARD = `query PointsLeaderboard($regionCode: String, $first: Int) {
  pointsLeaderboard(regionCode: $regionCode, first: $first) { rank total cadre { id name post kind } }
}`;
const CREATE = 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id chair { id name } } }';
// manual points are requests a second person approves (issue 9)
const AWARD = 'mutation($input: RequestPointEntryInput!) { requestPointEntry(input: $input) { id cadre { id name } } }';

type MeetingsPage = {
  meetings: {
    totalCount: number;
    edges: { node: { id: string; title: string; chair: { id: string; name: string } | null } }[];
  } | null;
};
type Leaderboard = {
  pointsLeaderboard: { rank: number; total: number; cadre: { id: string; name: string } | null }[] | null;
};

let stack: Stack;
let facts: ReturnType<typeof demoFacts>;
let secretary: GraphqlClient;
let v1: string;
let v2: string;
/**
 * A cadre of village 2, and a meeting and a ledger line of village 1 that name them (written before the checks
 * existed).
 */
let stranger: { id: string; name: string };
const legacyMeeting = randomUUID();
const legacyLine = randomUUID();

const codes = (errors: GraphqlError[] | undefined): unknown[] => (errors ?? []).map((e) => e.extensions?.code);

beforeAll(async () => {
  stack = await startStack();
  facts = demoFacts(stack.data);
  v1 = facts.account('secretary_1').divisionCode;
  v2 = facts.account('secretary_2').divisionCode;
  stranger = facts.cadreWithPoints(v2);
  await stack
    .subgraph('meetings')
    .orm.em.fork()
    .getConnection()
    .execute(
      `insert into meeting (id, kind, village_code, date, title, chair_cadre_id, version) values (?, 'COMMITTEE', ?, ?, '邻村干部主持的两委会', ?, 1)`,
      [legacyMeeting, v1, '2030-01-01T00:00:00Z', stranger.id],
    );
  await stack
    .subgraph('points')
    .orm.em.fork()
    .getConnection()
    .execute(
      `insert into point_entry (id, cadre_id, division_code, points, reason, occurred_at, created_by, version) values (?, ?, ?, 999, '历史记录', now(), ?, 1)`,
      [legacyLine, stranger.id, v1, randomUUID()],
    );
  secretary = await stack.as('secretary_1');
});
afterAll(async () => stack?.stop());

describe('a cadre the caller may not see, named by a meeting or a ledger line', () => {
  it('shows the village’s meetings page with that chair as empty, not 服务器内部错误', async () => {
    const res = await secretary.request<MeetingsPage>(MEETINGS_PAGE, { first: 3 });
    expect(res.errors).toBeUndefined();
    const node = res.data?.meetings?.edges.find((e) => e.node.id === legacyMeeting)?.node;
    expect(node).toMatchObject({ title: '邻村干部主持的两委会', chair: null });
    // the other meetings keep their chairs
    expect(res.data?.meetings?.edges.filter((e) => e.node.id !== legacyMeeting).every((e) => e.node.chair?.name)).toBe(
      true,
    );
  });

  it('shows the village’s ranking with that cadre’s row but no name, not 服务器内部错误', async () => {
    const res = await secretary.request<Leaderboard>(LEADERBOARD, { first: 3 });
    expect(res.errors).toBeUndefined();
    expect(res.data?.pointsLeaderboard?.[0]).toMatchObject({ rank: 1, cadre: null });
    expect(res.data?.pointsLeaderboard?.slice(1).every((r) => r.cadre?.name)).toBe(true);
  });
});

describe('writes that name a cadre, through the gateway', () => {
  it('refuses a chair of village 2 for a meeting of village 1 with CADRE_NOT_FOUND on chairCadreId', async () => {
    const res = await secretary.request(CREATE, {
      input: {
        kind: 'COMMITTEE',
        villageCode: v1,
        date: '2026-03-01T08:00:00Z',
        title: '请邻村干部主持',
        chairCadreId: stranger.id,
      },
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'CADRE_NOT_FOUND', field: 'chairCadreId' } });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('records a meeting chaired by a cadre of the own village, and shows the chair', async () => {
    const own = stack.data.cadres.find((c) => c.divisionCode === v1)!;
    const res = await secretary.request<{ createMeeting: { chair: { id: string; name: string } | null } }>(CREATE, {
      input: {
        kind: 'COMMITTEE',
        villageCode: v1,
        date: '2026-03-01T08:00:00Z',
        title: '两委会',
        chairCadreId: own.id,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createMeeting.chair).toEqual({ id: own.id, name: own.name });
  });

  it('refuses points for a cadre of village 2 booked to village 1, and for an id that does not exist, alike', async () => {
    const input = (cadreId: string) => ({
      input: { kind: 'COMMENDATION', cadreId, points: 5, reason: '协助调解', month: '2026-03' },
    });
    const other = await secretary.request(AWARD, input(stranger.id));
    const none = await secretary.request(AWARD, input(randomUUID()));
    expect(other.errors?.[0]).toMatchObject({ extensions: { code: 'CADRE_NOT_FOUND', field: 'cadreId' } });
    expect(none.errors?.[0]).toEqual({ ...other.errors?.[0] });
  });
});

describe('三员 through the gateway', () => {
  it.each(['sysadmin', 'secadmin', 'auditor'])(
    'refuses %s every meetings and points field with FORBIDDEN',
    async (username) => {
      const client = await stack.as(username);
      const county = facts.account(username).divisionCode;
      expect(codes((await client.request(MEETINGS_PAGE, { first: 3 })).errors)).toEqual(['FORBIDDEN']);
      expect(codes((await client.request(LEADERBOARD, { regionCode: county })).errors)).toEqual(['FORBIDDEN']);
      const meeting = await client.request(CREATE, {
        input: { kind: 'COMMITTEE', villageCode: v1, date: '2026-03-01T08:00:00Z', title: '管理员登记' },
      });
      expect(codes(meeting.errors)).toEqual(['FORBIDDEN']);
      const award = await client.request(AWARD, {
        input: { kind: 'COMMENDATION', cadreId: stranger.id, points: 5, reason: '管理员记分', month: '2026-03' },
      });
      expect(codes(award.errors)).toEqual(['FORBIDDEN']);
    },
  );
});
