import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import type { DemoMeeting } from '@xiangzhi/testing';
import { loadDemo } from '../src/demo.js';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';

const T1 = '430999001';
const X = '430999001005';
const Y = '430999001006';
const Z = '430999001007';
const B = '430999002001';
const cadre = { chair: v7(), team: v7(), liaison: v7() };

const CREATE = 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }';
const HOLD = 'mutation($id: ID!) { holdMeeting(id: $id) { id } }';
const CANCEL = 'mutation($id: ID!) { cancelMeeting(id: $id, reason: "改期") { id } }';
const RECORD = 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawAttendance(id: $id) { id } }';
const RULE = `query($year: Int!, $regionCode: String) { observerRule(year: $year, regionCode: $regionCode) {
  villageCode year forumsHeld liaisonAttendances liaisonRequired liaisonMet workTeamMonths workTeamMissingMonths workTeamMet
  village { code } } }`;

let h: Harness;
let township: string;
let secretaryX: string;
let secretaryB: string;

async function ok<T = Record<string, { id: string }>>(res: Promise<GraphqlResult<T>>): Promise<T> {
  const r = await res;
  expect(r.errors).toBeUndefined();
  return r.data as T;
}
const call = (query: string, variables: Record<string, unknown>) =>
  ok(h.request<Record<string, { id: string }>>(query, variables, { token: township }));
async function meeting(villageCode: string, month: number, kind = 'VILLAGERS_FORUM'): Promise<string> {
  const date = `2025-${String(month).padStart(2, '0')}-10T01:00:00Z`;
  const input = { kind, villageCode, date, title: `${month}月说事会`, place: '村部' };
  return (await call(CREATE, { input })).createMeeting!.id;
}
const observe = async (meetingId: string, cadreId: string, observerKind: string, present = true): Promise<string> =>
  (await call(RECORD, { input: { meetingId, cadreId, role: 'OBSERVER', observerKind, present } })).recordAttendance!.id;

beforeAll(async () => {
  h = await startHarness();
  await h.addCadres([
    { id: cadre.chair, divisionCode: X },
    { id: cadre.team, divisionCode: T1 },
    { id: cadre.liaison, divisionCode: T1 },
  ]);
  township = await h.token(principal(Role.TOWNSHIP_ADMIN, T1));
  secretaryX = await h.token(principal(Role.VILLAGE_SECRETARY, X));
  secretaryB = await h.token(principal(Role.VILLAGE_SECRETARY, B));
}, 120_000);
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

describe('列席 rule (liaison leader ≥ 4 forums a year, work team every month)', () => {
  it('counts a hand-built 2025: held forums only, present and not withdrawn observers only', async () => {
    // village X: a forum each month; the liaison leader present in Jan, Apr, Jul (3: not met), recorded absent
    // in Oct and withdrawn in Nov; the work team every month but June (its June forum was cancelled)
    for (let month = 1; month <= 12; month++) {
      const id = await meeting(X, month);
      if ([1, 4, 7].includes(month)) await observe(id, cadre.liaison, 'LIAISON_LEADER');
      if (month === 10) await observe(id, cadre.liaison, 'LIAISON_LEADER', false);
      if (month === 11) await call(WITHDRAW, { id: await observe(id, cadre.liaison, 'LIAISON_LEADER') });
      if (month !== 6) await observe(id, cadre.team, 'WORK_TEAM');
      await call(HOLD, { id });
    }
    const cancelled = await meeting(X, 6);
    await observe(cancelled, cadre.team, 'WORK_TEAM');
    await call(CANCEL, { id: cancelled });
    // a committee meeting the liaison leader sat in on is no forum
    const committee = await meeting(X, 3, 'COMMITTEE');
    await observe(committee, cadre.liaison, 'LIAISON_LEADER');
    await call(HOLD, { id: committee });
    // village Y: four forums with the liaison leader (met), no work team
    for (const month of [2, 3, 5, 8]) {
      const id = await meeting(Y, month);
      await observe(id, cadre.liaison, 'LIAISON_LEADER');
      await call(HOLD, { id });
    }

    const rule = (await ok(h.request<{ observerRule: unknown[] }>(RULE, { year: 2025 }, { token: township })))
      .observerRule;
    expect(rule).toEqual([
      {
        villageCode: X,
        year: 2025,
        forumsHeld: 12,
        liaisonAttendances: 3,
        liaisonRequired: 4,
        liaisonMet: false,
        workTeamMonths: [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12],
        workTeamMissingMonths: [6],
        workTeamMet: false,
        village: { code: X },
      },
      {
        villageCode: Y,
        year: 2025,
        forumsHeld: 4,
        liaisonAttendances: 4,
        liaisonRequired: 4,
        liaisonMet: true,
        workTeamMonths: [],
        workTeamMissingMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        workTeamMet: false,
        village: { code: Y },
      },
    ]);
    // a year with nothing held: every village of the jurisdiction still listed, none met
    const next = (
      await ok(
        h.request<{ observerRule: { liaisonMet: boolean; forumsHeld: number }[] }>(
          RULE,
          { year: 2024 },
          { token: township },
        ),
      )
    ).observerRule;
    expect(next.map((r) => [r.forumsHeld, r.liaisonMet])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  it('shows a village only its own row, and a neighbour nothing; a bad year is refused on its field', async () => {
    const own = await ok(
      h.request<{ observerRule: { villageCode: string }[] }>(RULE, { year: 2025 }, { token: secretaryX }),
    );
    expect(own.observerRule.map((r) => r.villageCode)).toEqual([X]);
    const none = await ok(h.request<{ observerRule: unknown[] }>(RULE, { year: 2025 }, { token: secretaryB }));
    expect(none.observerRule).toEqual([]);
    const bad = await h.request(RULE, { year: 1999 }, { token: township });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'MEETING_YEAR_INVALID', field: 'year' });
  });
});

describe('calendar', () => {
  const CALENDAR = `{ meetingCalendar(from: "2026-10-01", to: "2026-10-31", regionCode: "${Z}") {
    id date kind status title place village { code } chair { id } attendance { id role observerKind present cadre { id } } } }`;
  const fixtures = (n: number, offset: number): DemoMeeting[] =>
    Array.from({ length: n }, (_, i) => ({
      id: v7(),
      kind: 'COMMITTEE',
      villageCode: Z,
      date: `2026-10-${String(((i + offset) % 28) + 1).padStart(2, '0')}T01:00:00Z`,
      title: `两委会议 ${i + offset}`,
      chairCadreId: cadre.chair,
      minutes: '',
    }));

  it('reads 10 or 50 meetings with their attendance in the same number of statements', async () => {
    const first = fixtures(10, 0);
    await loadDemo(h.subgraph.orm.em.fork(), { meetings: first });
    for (const m of first.slice(0, 3))
      await call(RECORD, { input: { meetingId: m.id, name: '村民代表', role: 'MEMBER', present: true } });
    h.queries.length = 0;
    const ten = await ok(
      h.request<{ meetingCalendar: { attendance: unknown[] }[] }>(CALENDAR, {}, { token: township }),
    );
    const tenStatements = h.queries.length;
    expect(ten.meetingCalendar).toHaveLength(10);
    expect(ten.meetingCalendar.filter((m) => m.attendance.length === 1)).toHaveLength(3);
    await loadDemo(h.subgraph.orm.em.fork(), { meetings: fixtures(40, 10) });
    h.queries.length = 0;
    const fifty = await ok(h.request<{ meetingCalendar: { date: string }[] }>(CALENDAR, {}, { token: township }));
    expect(fifty.meetingCalendar).toHaveLength(50);
    expect(h.queries.length).toBe(tenStatements);
    const dates = fifty.meetingCalendar.map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('refuses a range longer than 62 days or a malformed date on `from`', async () => {
    for (const [from, to] of [
      ['2026-01-01', '2026-04-01'],
      ['2026-13-01', '2026-12-31'],
      ['2026-03-02', '2026-03-01'],
    ]) {
      const r = await h.request(`{ meetingCalendar(from: "${from}", to: "${to}") { id } }`, {}, { token: township });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'MEETING_RANGE_INVALID', field: 'from' });
    }
  });
});

describe('notice and forum day', () => {
  it('prints the notice as a PDF; a neighbour gets null', async () => {
    const id = await meeting(X, 9);
    const q = `query($id: ID!) { meetingNoticePdf(id: $id) { fileName contentType contentBase64 } }`;
    const pdf = (await ok(h.request<{ meetingNoticePdf: Record<string, string> }>(q, { id }, { token: secretaryX })))
      .meetingNoticePdf;
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.fileName).toBe('会议通知-9月说事会.pdf');
    expect(Buffer.from(pdf.contentBase64!, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await ok(h.request(q, { id }, { token: secretaryB }))).meetingNoticePdf).toBeNull();
  });

  it('proposes the default day until the township sets one; only settings managers set it', async () => {
    const q = `query($v: String!) { forumDay(villageCode: $v) { villageCode day isDefault nextDate } }`;
    const set = `mutation($v: String!, $d: Int!) { setForumDay(villageCode: $v, day: $d) { day isDefault nextDate } }`;
    const before = (await ok(h.request<{ forumDay: Record<string, unknown> }>(q, { v: X }, { token: secretaryX })))
      .forumDay;
    expect(before).toMatchObject({ villageCode: X, day: 10, isDefault: true });
    expect(String(before.nextDate)).toMatch(/^\d{4}-\d{2}-10$/);
    const denied = await h.request(set, { v: X, d: 15 }, { token: secretaryX });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await h.request(set, { v: X, d: 31 }, { token: township });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'MEETING_FORUM_DAY_INVALID', field: 'day' });
    expect((await ok(h.request(set, { v: X, d: 15 }, { token: township }))).setForumDay).toMatchObject({
      day: 15,
      isDefault: false,
    });
    expect((await ok(h.request(q, { v: X }, { token: secretaryX }))).forumDay).toMatchObject({
      day: 15,
      isDefault: false,
    });
    expect((await ok(h.request(q, { v: X }, { token: secretaryB }))).forumDay).toBeNull();
  });
});
