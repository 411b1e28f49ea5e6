import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSigningKeys, TokenSigner } from '@xiangzhi/auth';
import { graphqlClient, type GraphqlClient, type GraphqlError } from '@xiangzhi/testing';
import { startStack, type ServiceName, type Stack } from './stack.js';
import { demoFacts, type LeaderboardLine } from './demo-facts.js';

let stack: Stack;
let facts: ReturnType<typeof demoFacts>;
let secretary: GraphqlClient;
let township: GraphqlClient;
/** Village 1 (secretary_1's), village 2 (its neighbour in the same township), township 1. */
let v1: string;
let v2: string;
let t1: string;

beforeAll(async () => {
  stack = await startStack();
  facts = demoFacts(stack.data);
  v1 = facts.account('secretary_1').divisionCode;
  v2 = facts.account('secretary_2').divisionCode;
  t1 = facts.account('township_admin_1').divisionCode;
  secretary = await stack.as('secretary_1');
  township = await stack.as('township_admin_1');
});
afterAll(async () => stack?.stop());

const VILLAGE_PAGE = `query VillagePage($village: String!, $cadre: ID!) {
  region(code: $village) { name households(first: 5) { totalCount } meetings(first: 3) { edges { node { date title } } } }
  cadre(id: $cadre) { name points { total } }
}`;
const VILLAGE_PAGE_WITH_RANKING = VILLAGE_PAGE.replace(
  /\}\s*$/,
  '  pointsLeaderboard(first: 3) { rank total cadre { name } }\n}',
);

interface VillagePage {
  region: {
    name: string;
    households: { totalCount: number };
    meetings: { edges: { node: { date: string; title: string } }[] } | null;
  } | null;
  cadre: { name: string; points: { total: number } | null } | null;
  pointsLeaderboard?: LeaderboardLine[];
}

const hasChinese = (s: string | undefined): boolean => /[\u4e00-\u9fff]/.test(s ?? '');
const codeOf = (errors: GraphqlError[] | undefined): unknown => errors?.[0]?.extensions?.code;

describe('one query answered by all three subgraphs', () => {
  it('gives secretary_1 the village, its households, meetings, a cadre’s points and the ranking', async () => {
    const cadre = facts.cadreWithPoints(v1);
    const res = await secretary.request<VillagePage>(VILLAGE_PAGE_WITH_RANKING, { village: v1, cadre: cadre.id });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      region: {
        name: facts.region(v1).name,
        households: { totalCount: facts.householdCount(v1) },
        meetings: { edges: facts.newestMeetings(v1, 3).map((node) => ({ node })) },
      },
      cadre: { name: cadre.name, points: { total: cadre.total } },
      pointsLeaderboard: facts.leaderboard(v1, 3),
    });
    // the demo county is big enough that these are real numbers, not empty lists
    expect(res.data?.region?.households.totalCount).toBeGreaterThan(100);
    expect(res.data?.region?.meetings?.edges).toHaveLength(3);
    expect(cadre.total).not.toBe(0);
  });

  it('gives a township admin every one of its villages with their totals, and its own ranking', async () => {
    type Township = {
      region: {
        children: {
          code: string;
          name: string;
          households: { totalCount: number };
          meetings: { totalCount: number } | null;
        }[];
      } | null;
      pointsLeaderboard: LeaderboardLine[];
    };
    const res = await township.request<Township>(
      `query($t: String!) {
      region(code: $t) { children { code name households(first: 1) { totalCount } meetings(first: 1) { totalCount } } }
      pointsLeaderboard(regionCode: $t, first: 5) { rank total cadre { name } }
    }`,
      { t: t1 },
    );
    expect(res.errors).toBeUndefined();
    const villages = facts.childrenOf(t1);
    expect(villages).toHaveLength(3);
    expect(res.data?.region?.children).toEqual(
      villages.map((v) => ({
        code: v.code,
        name: v.name,
        households: { totalCount: facts.householdCount(v.code) },
        meetings: { totalCount: facts.meetingCount(v.code) },
      })),
    );
    expect(res.data?.pointsLeaderboard).toEqual(facts.leaderboard(t1, 5));
  });
});

describe('jurisdiction through the gateway', () => {
  it('shows secretary_1 nothing of village 2: no region, no cadre', async () => {
    const cadre = facts.cadreWithPoints(v2);
    const res = await secretary.request<VillagePage>(VILLAGE_PAGE, { village: v2, cadre: cadre.id });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ region: null, cadre: null });
  });

  it.each([
    ['households', 'query($r: String) { households(regionCode: $r) { totalCount } }'],
    ['meetings', 'query($r: String) { meetings(regionCode: $r) { totalCount } }'],
    ['pointsLeaderboard', 'query($r: String) { pointsLeaderboard(regionCode: $r) { total } }'],
  ])('refuses secretary_1 the %s of village 2 with FORBIDDEN and a Chinese message', async (field, query) => {
    const res = await secretary.request(query, { r: v2 });
    // households is non-null (the whole answer is null); meetings and points are nullable (partial answers when a
    // subgraph is down)
    expect((res.data as Record<string, unknown> | null)?.[field] ?? null).toBeNull();
    expect(codeOf(res.errors)).toBe('FORBIDDEN');
    expect(hasChinese(res.errors?.[0]?.message)).toBe(true);
  });

  it('refuses secretary_1 to record a meeting or points in village 2, and stores nothing', async () => {
    const other = facts.cadreWithPoints(v2);
    const meeting = await secretary.request(
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      {
        input: { kind: 'WEEKLY_BRIEFING', villageCode: v2, date: '2026-11-16T00:30:00Z', title: '越权登记的碰头会' },
      },
    );
    expect(codeOf(meeting.errors)).toBe('FORBIDDEN');
    // manual points are requests (issue 9): a cadre of another village is not one the secretary can name
    const award = await secretary.request(
      'mutation($input: RequestPointEntryInput!) { requestPointEntry(input: $input) { id } }',
      { input: { kind: 'COMMENDATION', cadreId: other.id, points: 5, reason: '越权记分', month: '2026-11' } },
    );
    expect(codeOf(award.errors)).toBe('CADRE_NOT_FOUND');

    // the township, which does see village 2, finds it exactly as the demo left it
    const after = await township.request<{ meetings: { totalCount: number }; cadre: { points: { total: number } } }>(
      'query($r: String, $c: ID!) { meetings(regionCode: $r) { totalCount } cadre(id: $c) { points { total } } }',
      { r: v2, c: other.id },
    );
    expect(after.data).toEqual({
      meetings: { totalCount: facts.meetingCount(v2) },
      cadre: { points: { total: other.total } },
    });
  });
});

describe('the supergraph third parties read', () => {
  it('describes every type, field, input field and enum value in Chinese', async () => {
    type Named = { name: string; description: string | null };
    type SchemaTypes = {
      __schema: {
        types: (Named & {
          kind: string;
          fields: Named[] | null;
          inputFields: Named[] | null;
          enumValues: Named[] | null;
        })[];
      };
    };
    // introspection is the system administrator's alone (INTROSPECTION=admin)
    const res = await (
      await stack.as('sysadmin')
    ).request<SchemaTypes>(
      '{ __schema { types { name kind description fields { name description } inputFields { name description } enumValues { name description } } } }',
    );
    expect(res.errors).toBeUndefined();
    // scalars (built-in, or from graphql-scalars) keep their standard English descriptions
    const ours = res.data!.__schema.types.filter(
      (t) => !t.name.startsWith('__') && t.kind !== 'SCALAR' && !['Query', 'Mutation'].includes(t.name),
    );
    expect(ours.map((t) => t.name)).toEqual(
      expect.arrayContaining(['HouseholdConnection', 'MeetingEdge', 'PointEntryConnection', 'PageInfo']),
    );
    const undescribed = ours.flatMap((t) => [
      ...(hasChinese(t.description ?? undefined) ? [] : [t.name]),
      ...[...(t.fields ?? []), ...(t.inputFields ?? []), ...(t.enumValues ?? [])]
        .filter((f) => !hasChinese(f.description ?? undefined))
        .map((f) => `${t.name}.${f.name}`),
    ]);
    expect(undescribed).toEqual([]);
  });
});

describe('tokens the gateway refuses', () => {
  const expectLoginAgain = async (token: string, message: string): Promise<void> => {
    const res = await stack.client
      .withToken(token)
      .request(VILLAGE_PAGE, { village: v1, cadre: facts.cadreWithPoints(v1).id });
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
  };
  it('asks to log in again when the access token has expired', async () => {
    const { token } = await stack.signer.sign(facts.principal('secretary_1'), -10);
    await expectLoginAgain(token, '登录已过期，请重新登录');
  });
  it('calls a token signed by another key, or altered, invalid', async () => {
    const forger = await TokenSigner.fromPem((await generateSigningKeys()).privateKeyPem);
    await expectLoginAgain(
      (await forger.sign({ ...facts.principal('secretary_1'), divisionCode: '430999' })).token,
      '登录凭证无效，请重新登录',
    );
    const { token } = await stack.signer.sign(facts.principal('secretary_1'));
    const [header, payload, signature] = token.split('.');
    const widened = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), div: '430999' }),
    ).toString('base64url');
    await expectLoginAgain(`${header}.${widened}.${signature}`, '登录凭证无效，请重新登录');
  });
});

describe('query limits', () => {
  const nested = (levels: number): string =>
    `{ regions { ${'children { '.repeat(levels - 2)}code${' }'.repeat(levels - 2)} } }`;
  it('refuses a query nested deeper than MAX_DEPTH with QUERY_TOO_DEEP and a Chinese message', async () => {
    expect((await township.request(nested(12))).errors).toBeUndefined();
    const res = await township.request(nested(13));
    expect(res.data).toBeNull();
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(res.errors?.[0]?.message).toBe('查询嵌套层级过深：最多 12 层，本次 13 层，请减少嵌套后再试');
  });
  it('refuses a query that would cost too much (pages inside pages) with QUERY_TOO_COMPLEX', async () => {
    const res = await township.request(
      '{ cadres(first: 100) { edges { node { name points { entries(first: 100) { edges { node { reason points } } } } } } } }',
    );
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors?.[0]?.message).toMatch(/^查询过于复杂：复杂度上限 20000，本次 \d+/);
  });
  it('counts a named fragment like the same fields written inline (the pages share fragments)', async () => {
    const strict = await stack.startGateway({ MAX_DEPTH: '4', MAX_COST: '700' });
    try {
      const { token } = await stack.signer.sign(facts.principal('secretary_1'));
      const client = graphqlClient(strict.url, { token });
      const inline = await client.request('{ cadres(first: 20) { edges { node { id name post } } } }');
      expect(inline.errors).toBeUndefined();
      const spread = await client.request(
        '{ cadres(first: 20) { edges { node { ...Row } } } } fragment Row on Cadre { id name post }',
      );
      expect(spread.errors).toBeUndefined();
      expect(spread.data).toEqual(inline.data);
    } finally {
      await strict.stop();
    }
  });
  it('applies the limits the environment sets', async () => {
    const strict = await stack.startGateway({ MAX_DEPTH: '4', MAX_COST: '100' });
    try {
      const { token } = await stack.signer.sign(facts.principal('secretary_1'));
      const client = graphqlClient(strict.url, { token });
      expect((await client.request('{ me { username } }')).data).toEqual({ me: { username: 'secretary_1' } });
      const deep = await client.request(
        'query($v: String!) { region(code: $v) { meetings(first: 1) { edges { node { title } } } } }',
        { v: v1 },
      );
      expect(deep.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        ['QUERY_TOO_DEEP', '查询嵌套层级过深：最多 4 层，本次 5 层，请减少嵌套后再试'],
      ]);
      const wide = await client.request('{ cadres(first: 50) { edges { node { name post } } } }');
      expect(wide.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      await strict.stop();
    }
  });
});

describe('a subgraph that is down', () => {
  const whileDown = async (name: ServiceName, check: () => Promise<void>): Promise<void> => {
    await stack.stopSubgraph(name);
    try {
      await check();
    } finally {
      await stack.restartSubgraph(name);
    }
  };
  const unavailable = (name: ServiceName, path: (string | number)[]) =>
    expect.objectContaining({
      path,
      message: expect.stringContaining(`（${name}）暂时无法访问`),
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: name },
    });

  it('costs only its own fields: points down gives the village page with `points: null` and an error naming points', async () => {
    const cadre = facts.cadreWithPoints(v1);
    await whileDown('points', async () => {
      const res = await secretary.request<VillagePage>(VILLAGE_PAGE, { village: v1, cadre: cadre.id });
      expect(res.data?.region).toEqual({
        name: facts.region(v1).name,
        households: { totalCount: facts.householdCount(v1) },
        meetings: { edges: facts.newestMeetings(v1, 3).map((node) => ({ node })) },
      });
      expect(res.data?.cadre).toEqual({ name: cadre.name, points: null });
      expect(res.errors).toEqual([unavailable('points', ['cadre', 'points'])]);
      // a root field of the points subgraph is non-null in the contract: it can only fail, but it says why
      const board = await secretary.request('{ pointsLeaderboard(first: 3) { total } }');
      expect(board.errors).toEqual([unavailable('points', ['pointsLeaderboard'])]);
    });
    const back = await secretary.request<VillagePage>(VILLAGE_PAGE, { village: v1, cadre: cadre.id });
    expect(back.errors).toBeUndefined();
    expect(back.data?.cadre).toEqual({ name: cadre.name, points: { total: cadre.total } });
  });

  it('keeps a new gateway from starting, naming the subgraph that is missing', async () => {
    await whileDown('points', async () => {
      const started = Date.now();
      await expect(stack.startGateway({ COMPOSE_TIMEOUT_MS: '300' })).rejects.toThrow(
        /^子图不可用，无法组合超图.*: points \(http:\/\/127\.0\.0\.1:\d+\/graphql: connect ECONNREFUSED/,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
    });
  });

  it('meetings down gives the village page with `meetings: null` and an error naming meetings', async () => {
    const cadre = facts.cadreWithPoints(v1);
    await whileDown('meetings', async () => {
      const res = await secretary.request<VillagePage>(VILLAGE_PAGE, { village: v1, cadre: cadre.id });
      expect(res.data).toEqual({
        region: { name: facts.region(v1).name, households: { totalCount: facts.householdCount(v1) }, meetings: null },
        cadre: { name: cadre.name, points: { total: cadre.total } },
      });
      expect(res.errors).toEqual([unavailable('meetings', ['region', 'meetings'])]);
    });
  });
});
