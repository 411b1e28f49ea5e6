import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import type { DemoMeeting } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const B = '430999002001';

const cadre = { a: v7(), a2: v7(), township: v7(), b: v7() };
const meetingA = v7();
// written before chairs were checked: a meeting of village A chaired by a cadre of village B
const legacy = v7();
const fixtures: DemoMeeting[] = [
  {
    id: meetingA,
    kind: 'VILLAGERS_FORUM',
    villageCode: A,
    date: '2026-01-10T09:00:00Z',
    title: 'A 一月说事会',
    chairCadreId: cadre.a,
    minutes: '纪要',
  },
  {
    id: legacy,
    kind: 'COMMITTEE',
    villageCode: A,
    date: '2026-01-05T09:00:00Z',
    title: '邻村干部主持',
    chairCadreId: cadre.b,
    minutes: '',
  },
];

const LIST = '{ meetings { totalCount edges { node { id title minutes chair { id } } } } }';
const ONE = 'query($id: ID!) { meeting(id: $id) { id } }';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on Meeting { id title } ... on Region { code meetings(first: 5) { totalCount } } } }`;
const CREATE =
  'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id title minutes chair { id } } }';

type List = {
  meetings: {
    totalCount: number;
    edges: { node: { id: string; title: string; minutes: string | null; chair: { id: string } | null } }[];
  } | null;
};
type Created = {
  createMeeting: { id: string; title: string; minutes: string | null; chair: { id: string } | null } | null;
};

let h: Harness;
const as = (
  role: Role,
  division = role === Role.VILLAGE_SECRETARY || role === Role.CADRE || role === Role.GRID_LEADER ? A : COUNTY,
) => h.token(principal(role, division));
const input = (over: Record<string, unknown> = {}) => ({
  input: {
    kind: 'COMMITTEE',
    villageCode: A,
    date: '2026-03-01T08:00:00Z',
    title: '三月两委会',
    chairCadreId: null,
    minutes: null,
    ...over,
  },
});
const errorOf = (res: GraphqlResult) => res.errors?.[0];
const stored = (title: string): Promise<number> => h.subgraph.orm.em.fork().count('Meeting', { title });

beforeAll(async () => {
  h = await startHarness();
  await loadDemo(h.subgraph.orm.em.fork(), { meetings: fixtures });
  await h.addCadres([
    { id: cadre.a, divisionCode: A },
    { id: cadre.a2, divisionCode: '430999001002' },
    { id: cadre.township, divisionCode: T1 },
    { id: cadre.b, divisionCode: B },
  ]);
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
  h.governanceQueries.length = 0;
});

describe('三员分立: the system, security and audit administrators see and write no meetings', () => {
  it.each([Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR])(
    'refuses %s every query and mutation with FORBIDDEN',
    async (role) => {
      const token = await as(role);
      const answers = [
        await h.request(LIST, {}, { token }),
        await h.request(ONE, { id: meetingA }, { token }),
        await h.request(ENTITIES, { r: [{ __typename: 'Meeting', id: meetingA }] }, { token }),
        await h.request(ENTITIES, { r: [{ __typename: 'Region', code: A }] }, { token }),
        await h.request(CREATE, input({ title: `${role} 登记` }), { token }),
      ];
      for (const res of answers) {
        expect(errorOf(res)?.extensions?.code).toBe('FORBIDDEN');
        expect(errorOf(res)?.message).toMatch(/[\u4e00-\u9fff]/);
      }
      expect(JSON.stringify(answers.map((a) => a.data))).not.toContain('A 一月说事会');
      expect(await stored(`${role} 登记`)).toBe(0);
    },
  );
});

describe('who records a meeting', () => {
  it.each([Role.CADRE, Role.GRID_LEADER, Role.COUNTY_DEPARTMENT, Role.API_CLIENT])(
    'refuses %s with FORBIDDEN and stores nothing',
    async (role) => {
      const res = await h.request(CREATE, input({ title: `${role} 登记` }), { token: await as(role) });
      expect(errorOf(res)?.extensions?.code).toBe('FORBIDDEN');
      expect(await stored(`${role} 登记`)).toBe(0);
    },
  );
  it('lets a plain cadre and an API client read, the client without minutes', async () => {
    const own = await h.request<List>(LIST, {}, { token: await as(Role.CADRE) });
    expect(own.errors).toBeUndefined();
    expect(own.data?.meetings?.totalCount).toBe(2);
    const api = await h.request<List>(LIST, {}, { token: await as(Role.API_CLIENT) });
    expect(api.errors).toBeUndefined();
    expect(api.data?.meetings?.edges.map((e) => e.node.minutes)).toEqual([null, null]);
  });
});

describe('the chair a meeting names', () => {
  const secretary = () => as(Role.VILLAGE_SECRETARY);
  it('accepts a cadre of the village, or of its township', async () => {
    for (const id of [cadre.a, cadre.township]) {
      const res = await h.request<Created>(CREATE, input({ chairCadreId: id }), { token: await secretary() });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createMeeting?.chair).toEqual({ id });
    }
  });
  it('refuses a cadre of another village and an id that does not exist alike, with CADRE_NOT_FOUND on chairCadreId', async () => {
    const other = await h.request(CREATE, input({ chairCadreId: cadre.b, title: '外村主持' }), {
      token: await secretary(),
    });
    const missing = await h.request(CREATE, input({ chairCadreId: v7(), title: '外村主持' }), {
      token: await secretary(),
    });
    expect(errorOf(other)).toMatchObject({ extensions: { code: 'CADRE_NOT_FOUND', field: 'chairCadreId' } });
    expect(errorOf(other)?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(errorOf(missing)).toEqual(errorOf(other));
    // a county user sees village B's cadre, but it does not belong to a meeting of village A either
    const county = await h.request(CREATE, input({ chairCadreId: cadre.b, title: '外村主持' }), {
      token: await as(Role.COUNTY_ADMIN),
    });
    expect(errorOf(county)?.extensions).toEqual({ code: 'CADRE_NOT_FOUND', field: 'chairCadreId' });
    const sibling = await h.request(CREATE, input({ chairCadreId: cadre.a2, title: '外村主持' }), {
      token: await as(Role.TOWNSHIP_ADMIN, T1),
    });
    expect(errorOf(sibling)?.extensions).toEqual({ code: 'CADRE_NOT_FOUND', field: 'chairCadreId' });
    expect(await stored('外村主持')).toBe(0);
  });
  it('shows a chair the caller may not see as empty, without an error', async () => {
    const res = await h.request<List>(LIST, {}, { token: await secretary() });
    expect(res.errors).toBeUndefined();
    const chairs = Object.fromEntries(
      res
        .data!.meetings!.edges.filter((e) => [meetingA, legacy].includes(e.node.id))
        .map((e) => [e.node.id, e.node.chair]),
    );
    expect(chairs).toEqual({ [meetingA]: { id: cadre.a }, [legacy]: null });
  });
  it('asks governance once per request, however many chairs the page shows', async () => {
    const token = await as(Role.COUNTY_ADMIN);
    await h.request(LIST.replace('meetings', 'meetings(first: 1)'), {}, { token });
    const one = h.governanceQueries.length;
    h.governanceQueries.length = 0;
    const page = await h.request<List>(LIST.replace('meetings', 'meetings(first: 20)'), {}, { token });
    expect(page.data?.meetings?.edges.length).toBeGreaterThan(3);
    expect(one).toBeGreaterThan(0);
    expect(h.governanceQueries.length).toBe(one);
  });
});

describe('text a meeting carries', () => {
  const secretary = () => as(Role.VILLAGE_SECRETARY);
  it.each([
    [{ title: '会议\u0000名称' }, 'BAD_USER_INPUT', 'title'],
    [{ title: '会议\n名称' }, 'MEETING_TITLE_INVALID', 'title'],
    [{ title: '会议\u007f名称' }, 'BAD_USER_INPUT', 'title'],
    [{ minutes: '纪要\u0007内容' }, 'BAD_USER_INPUT', 'minutes'],
  ])('refuses control characters in %j with %s on the field', async (over, code, field) => {
    const before = await h.subgraph.orm.em.fork().count('Meeting', {});
    const res = await h.request(CREATE, input(over), { token: await secretary() });
    // the subgraph kit's input guard (generic code) names the path (`input.title`), the service the field
    expect(errorOf(res)?.extensions).toEqual({
      code,
      field: expect.stringMatching(new RegExp(`(^|\\.)${field}$`)),
    });
    expect(errorOf(res)?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await h.subgraph.orm.em.fork().count('Meeting', {})).toBe(before);
  });
  it('stores minutes up to 20,000 characters and refuses longer ones on the field', async () => {
    const long = '会议纪要。'.repeat(4000);
    const res = await h.request<Created>(CREATE, input({ minutes: long }), { token: await secretary() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createMeeting?.minutes).toHaveLength(20_000);
    const over = await h.request(CREATE, input({ minutes: `${long}。` }), { token: await secretary() });
    expect(errorOf(over)?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: expect.stringMatching(/(^|\.)minutes$/),
    });
  });
  it('keeps the line breaks of minutes', async () => {
    const res = await h.request<Created>(CREATE, input({ minutes: '一、道路\r\n二、\t水渠' }), {
      token: await secretary(),
    });
    expect(res.data?.createMeeting?.minutes).toBe('一、道路\r\n二、\t水渠');
  });
  it('refuses a region code or id far too long with BAD_USER_INPUT', async () => {
    const token = await secretary();
    expect(
      errorOf(
        await h.request(
          'query($r: String) { meetings(regionCode: $r) { totalCount } }',
          { r: '4'.repeat(5000) },
          { token },
        ),
      )?.extensions,
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    expect(errorOf(await h.request(ONE, { id: 'x'.repeat(5000) }, { token }))?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
  });
});
