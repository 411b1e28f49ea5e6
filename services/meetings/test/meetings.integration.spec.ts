import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { pendingSchemaSql } from '@xiangzhi/subgraph-kit';
import type { DemoMeeting } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { principal, startHarness, type Harness } from './support/harness.js';

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const A2 = '430999001002';
const B = '430999002001';

const chair = randomUUID();
const meeting = (villageCode: string, date: string, title: string): DemoMeeting => ({
  id: v7(),
  kind: 'VILLAGERS_FORUM',
  villageCode,
  date,
  title,
  chairCadreId: chair,
  minutes: `${title}纪要：张三反映道路问题`,
});
// two in A, one in A2 (both township 1), two in B (township 2)
const fixtures = [
  meeting(A, '2026-01-10T09:00:00Z', 'A 一月说事会'),
  meeting(A, '2026-02-10T09:00:00Z', 'A 二月说事会'),
  meeting(A2, '2026-01-20T09:00:00Z', 'A2 一月说事会'),
  meeting(B, '2026-01-15T09:00:00Z', 'B 一月说事会'),
  meeting(B, '2026-02-15T09:00:00Z', 'B 二月说事会'),
];
const idOf = (title: string): string => fixtures.find((m) => m.title === title)!.id;

const LIST = `query($regionCode: String, $first: Int, $after: String) {
  meetings(regionCode: $regionCode, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title villageCode date kind minutes village { code } chair { id } } }
  }
}`;
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Meeting { id title }
  ... on Region { code meetings(first: 10) { totalCount edges { node { id villageCode } } } }
} }`;
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id kind villageCode title date minutes village { code } chair { id } } }`;

type ListData = {
  meetings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Record<string, unknown> & { title: string; villageCode: string } }[];
  };
};
type EntitiesData = {
  _entities: (null | {
    id?: string;
    title?: string;
    code?: string;
    meetings?: { totalCount: number; edges: { node: { id: string; villageCode: string } }[] } | null;
  })[];
};

let h: Harness;
let secretaryA: string;
let township1: string;
let county: string;

beforeAll(async () => {
  h = await startHarness();
  await loadDemo(h.subgraph.orm.em.fork(), { meetings: fixtures });
  // the chair is a cadre of village A in governance (meetings asks it about chairs)
  await h.addCadres([{ id: chair, divisionCode: A }]);
  secretaryA = await h.token(principal(Role.VILLAGE_SECRETARY, A));
  township1 = await h.token(principal(Role.TOWNSHIP_ADMIN, T1));
  county = await h.token(principal(Role.COUNTY_ADMIN, COUNTY));
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

describe('database schema', () => {
  it('is exactly what the entities describe after the migrations', async () => {
    expect(await pendingSchemaSql(h.subgraph.orm)).toBe('');
  });
});

describe('transport and authentication', () => {
  it('refuses a request without a valid gateway signature', async () => {
    expect((await h.request(LIST, {}, { token: secretaryA, signed: false })).status).toBe(401);
  });
  it('answers UNAUTHENTICATED without a token, or with a forged one', async () => {
    const none = await h.request(LIST);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await h.request(LIST, {}, { token: `${secretaryA.slice(0, -4)}AAAA` });
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const entities = await h.request(ENTITIES, { r: [{ __typename: 'Region', code: A }] });
    expect(entities.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('jurisdiction', () => {
  it('shows a village secretary only the own village, newest first', async () => {
    const res = await h.request<ListData>(LIST, {}, { token: secretaryA });
    expect(res.errors).toBeUndefined();
    expect(res.data?.meetings.edges.map((e) => e.node.title)).toEqual(['A 二月说事会', 'A 一月说事会']);
    expect(res.data?.meetings.totalCount).toBe(2);
    const node = res.data?.meetings.edges[0]?.node;
    expect(node).toMatchObject({
      village: { code: A },
      chair: { id: chair },
      kind: 'VILLAGERS_FORUM',
      date: '2026-02-10T09:00:00.000Z',
    });
  });
  it('refuses a neighbour village and narrows the own township to the own village', async () => {
    const other = await h.request<ListData>(LIST, { regionCode: B }, { token: secretaryA });
    expect(other.data?.meetings ?? null).toBeNull();
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const up = await h.request<ListData>(LIST, { regionCode: T1 }, { token: secretaryA });
    expect(up.data?.meetings.edges.every((e) => e.node.villageCode === A)).toBe(true);
  });
  it('hides another village’s meeting by id, as if it did not exist', async () => {
    const q = 'query($id: ID!) { meeting(id: $id) { id title } }';
    expect((await h.request(q, { id: idOf('B 一月说事会') }, { token: secretaryA })).data).toEqual({ meeting: null });
    expect((await h.request(q, { id: idOf('A 一月说事会') }, { token: secretaryA })).data).toEqual({
      meeting: { id: idOf('A 一月说事会'), title: 'A 一月说事会' },
    });
    // a malformed id names no meeting either: null, as for an unknown one
    expect((await h.request(q, { id: 'not-a-uuid' }, { token: secretaryA })).data).toEqual({ meeting: null });
  });
  it('gives nothing of village B through federation references', async () => {
    const res = await h.request<EntitiesData>(
      ENTITIES,
      {
        r: [
          { __typename: 'Meeting', id: idOf('B 一月说事会') },
          { __typename: 'Meeting', id: idOf('A 一月说事会') },
          { __typename: 'Region', code: B },
          { __typename: 'Region', code: T1 },
          { __typename: 'Region', code: A },
        ],
      },
      { token: secretaryA },
    );
    expect(res.errors).toBeUndefined();
    const [meetingB, meetingA, regionB, township, regionA] = res.data!._entities;
    expect(meetingB).toBeNull();
    expect(meetingA).toMatchObject({ title: 'A 一月说事会' });
    expect(regionB).toEqual({ code: B, meetings: null });
    expect(township).toEqual({ code: T1, meetings: null });
    expect(regionA?.meetings?.totalCount).toBe(2);
    expect(regionA?.meetings?.edges.every((e) => e.node.villageCode === A)).toBe(true);
  });
  it('shows a township user all its villages and nothing of the other township', async () => {
    const res = await h.request<ListData>(LIST, {}, { token: township1 });
    expect(res.data?.meetings.edges.map((e) => e.node.title)).toEqual([
      'A 二月说事会',
      'A2 一月说事会',
      'A 一月说事会',
    ]);
    const region = await h.request<EntitiesData>(
      ENTITIES,
      {
        r: [
          { __typename: 'Region', code: T1 },
          { __typename: 'Region', code: B },
        ],
      },
      { token: township1 },
    );
    expect(region.data?._entities[0]?.meetings?.totalCount).toBe(3);
    expect(region.data?._entities[1]?.meetings).toBeNull();
  });
  it('pages with cursors', async () => {
    const first = await h.request<ListData>(LIST, { first: 2 }, { token: county });
    expect(first.data?.meetings).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const next = await h.request<ListData>(
      LIST,
      { first: 2, after: first.data?.meetings.pageInfo.endCursor },
      { token: county },
    );
    expect(next.data?.meetings.edges.map((e) => e.node.title)).toEqual(['A2 一月说事会', 'B 一月说事会']);
    const tooMany = await h.request(LIST, { first: 500 }, { token: county });
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
  it('never gives minutes to an aggregate-only API client', async () => {
    const api = await h.token(principal(Role.API_CLIENT, COUNTY));
    const res = await h.request<ListData>(LIST, { first: 1 }, { token: api });
    expect(res.data?.meetings.edges[0]?.node.minutes).toBeNull();
    const own = await h.request<ListData>(LIST, { first: 1 }, { token: county });
    expect(own.data?.meetings.edges[0]?.node.minutes).toContain('纪要');
  });
});

describe('createMeeting', () => {
  const input = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    kind: 'WEEKLY_BRIEFING',
    villageCode: A,
    date: '2026-03-02T08:30:00Z',
    title: '  三月第一周碰头会 ',
    chairCadreId: chair,
    minutes: null,
    ...over,
  });
  it('records a meeting in the own village', async () => {
    const res = await h.request<{ createMeeting: Record<string, unknown> }>(
      CREATE,
      { input: input() },
      { token: secretaryA },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createMeeting).toMatchObject({
      kind: 'WEEKLY_BRIEFING',
      villageCode: A,
      title: '三月第一周碰头会',
      village: { code: A },
      chair: { id: chair },
      minutes: null,
    });
    const id = res.data?.createMeeting.id as string;
    const back = await h.request('query($id: ID!) { meeting(id: $id) { title } }', { id }, { token: township1 });
    expect(back.data).toEqual({ meeting: { title: '三月第一周碰头会' } });
  });
  it('refuses another village with FORBIDDEN and stores nothing', async () => {
    const res = await h.request(CREATE, { input: input({ villageCode: B, title: '越权登记' }) }, { token: secretaryA });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const count = await h.subgraph.orm.em.fork().count('Meeting', { title: '越权登记' });
    expect(count).toBe(0);
  });
  it.each([
    [{ title: '   ' }, 'MEETING_TITLE_INVALID', 'title'],
    [{ title: '会'.repeat(101) }, 'MEETING_TITLE_INVALID', 'title'],
    [{ villageCode: '4309990010' }, 'MEETING_VILLAGE_CODE_INVALID', 'villageCode'],
    [{ villageCode: T1 }, 'MEETING_VILLAGE_CODE_INVALID', 'villageCode'],
    [{ date: '1999-12-31T00:00:00Z' }, 'MEETING_DATE_INVALID', 'date'],
    [{ chairCadreId: 'someone' }, 'CADRE_NOT_FOUND', 'chairCadreId'],
  ])('answers the module’s code with the field for %j', async (over, code, field) => {
    const res = await h.request(CREATE, { input: input(over) }, { token: secretaryA });
    expect(res.errors?.[0]?.extensions).toEqual({ code, field });
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
  it('rejects an unknown kind before it reaches the service', async () => {
    const res = await h.request(CREATE, { input: input({ kind: 'PICNIC' }) }, { token: secretaryA });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
  it.each([Role.COUNTY_DEPARTMENT, Role.AUDITOR, Role.API_CLIENT])('refuses the read-only role %s', async (role) => {
    const token = await h.token(principal(role, COUNTY));
    const res = await h.request(CREATE, { input: input() }, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('SQL per request', () => {
  it('resolves Region.meetings for 2 or 6 regions with the same number of statements', async () => {
    const regions = (codes: string[]) => codes.map((code) => ({ __typename: 'Region', code }));
    h.queries.length = 0;
    await h.request(ENTITIES, { r: regions([A, B]) }, { token: county });
    const few = h.queries.length;
    h.queries.length = 0;
    await h.request(ENTITIES, { r: regions([A, A2, B, T1, '430999002', COUNTY]) }, { token: county });
    // one statement for the pages of every region, one for their counts
    expect(few).toBe(2);
    expect(h.queries.length).toBe(few);
  });
  it('lists a page of 1 or of 20 meetings, with village and chair, in the same number of statements', async () => {
    h.queries.length = 0;
    await h.request(LIST, { first: 1 }, { token: county });
    const one = h.queries.length;
    h.queries.length = 0;
    const page = await h.request<ListData>(LIST, { first: 20 }, { token: county });
    expect(page.data?.meetings.edges.length).toBeGreaterThan(5);
    expect(one).toBe(2);
    expect(h.queries.length).toBe(one);
  });
});
