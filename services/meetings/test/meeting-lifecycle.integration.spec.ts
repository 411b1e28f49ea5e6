import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const B = '430999002001';
const cadre = { chair: v7(), team: v7(), liaison: v7(), member: v7(), b: v7() };

const FIELDS = 'id status version place noticeText cancelReason heldAt';
const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {
  updateMeeting(id: $id, version: $version, input: $input) { ${FIELDS} title } }`;
const PUBLISH = `mutation($id: ID!) { publishMeetingNotice(id: $id) { ${FIELDS} noticePublishedAt } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelMeeting(id: $id, reason: $reason) { ${FIELDS} } }`;
const HOLD = `mutation($id: ID!) { holdMeeting(id: $id) { ${FIELDS} } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { id role observerKind present name cadre { id } } }`;
const WITHDRAW = 'mutation($id: ID!) { withdrawAttendance(id: $id) { id withdrawnAt } }';

let h: Harness;
let secretaryA: string;
let secretaryB: string;
let township1: string;
let county: string;
let sysadmin: string;
let auditor: string;

type Row = { id: string; status: string; version: number };
const PAST = '2026-11-20T01:00:00Z';
const future = (): string => new Date(Date.now() + 10 * 86_400_000).toISOString();

async function ok<T>(res: Promise<GraphqlResult<T>>): Promise<T> {
  const r = await res;
  expect(r.errors).toBeUndefined();
  return r.data as T;
}
const refusal = async (res: Promise<GraphqlResult>): Promise<{ code?: string; field?: string }> => {
  const r = await res;
  expect(r.errors, 'expected a refusal').toBeDefined();
  return { code: r.errors?.[0]?.extensions?.code, field: r.errors?.[0]?.extensions?.field };
};
const create = async (over: Record<string, unknown> = {}, token = secretaryA): Promise<Row> =>
  (
    await ok(
      h.request<{ createMeeting: Row }>(
        CREATE,
        {
          input: { kind: 'VILLAGERS_FORUM', villageCode: A, date: PAST, title: '十一月说事会', place: '村部', ...over },
        },
        { token },
      ),
    )
  ).createMeeting;
const run = (query: string, variables: Record<string, unknown>, token = secretaryA) =>
  h.request<Record<string, Row & Record<string, unknown>>>(query, variables, { token });
const record = (meetingId: string, over: Record<string, unknown> = {}, token = secretaryA) =>
  h.request<{ recordAttendance: { id: string } }>(
    RECORD,
    { input: { meetingId, cadreId: cadre.chair, role: 'CHAIR', present: true, ...over } },
    { token },
  );
/** The events meetings wrote about `id` (a meeting or an attendance), oldest first. */
async function events(type: string, field: string, id: string): Promise<Record<string, unknown>[]> {
  const rows = await h.subgraph.orm.em
    .getConnection()
    .execute<{ id: string; payload: Record<string, unknown> }[]>(
      `select id, payload from event_outbox where type = ? and payload->>'${field}' = ? order by id`,
      [type, id],
    );
  return rows.map((r) => ({ eventId: r.id, ...r.payload }));
}

beforeAll(async () => {
  h = await startHarness();
  await h.addCadres([
    { id: cadre.chair, divisionCode: A },
    { id: cadre.team, divisionCode: A },
    { id: cadre.member, divisionCode: A },
    { id: cadre.liaison, divisionCode: T1 },
    { id: cadre.b, divisionCode: B },
  ]);
  secretaryA = await h.token(principal(Role.VILLAGE_SECRETARY, A));
  secretaryB = await h.token(principal(Role.VILLAGE_SECRETARY, B));
  township1 = await h.token(principal(Role.TOWNSHIP_ADMIN, T1));
  county = await h.token(principal(Role.COUNTY_ADMIN, COUNTY));
  sysadmin = await h.token(principal(Role.SYSTEM_ADMIN, COUNTY));
  auditor = await h.token(principal(Role.AUDITOR, COUNTY));
});
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

describe('meeting status', () => {
  it('goes SCHEDULED → NOTICED → HELD, the notice going to the outbox with its text', async () => {
    const m = await create({ noticeText: '请各位准时参加。' });
    expect(m).toMatchObject({ status: 'SCHEDULED', place: '村部' });
    const noticed = (await ok(run(PUBLISH, { id: m.id }))).publishMeetingNotice!;
    expect(noticed.status).toBe('NOTICED');
    expect(noticed.noticePublishedAt).toBeTruthy();
    const [notice] = await events('MeetingNoticePublished', 'meetingId', m.id);
    expect(notice).toMatchObject({ villageCode: A, place: '村部', text: '请各位准时参加。', title: '十一月说事会' });
    const held = (await ok(run(HOLD, { id: m.id }))).holdMeeting!;
    expect(held).toMatchObject({ status: 'HELD' });
    expect(held.heldAt).toBeTruthy();
  });

  it('writes the notice from the meeting when it has no text, and refuses to publish without a place', async () => {
    const m = await create();
    await ok(run(PUBLISH, { id: m.id }));
    const [notice] = await events('MeetingNoticePublished', 'meetingId', m.id);
    expect(notice?.text).toContain('在村部召开十一月说事会');
    const nowhere = await create({ place: null });
    expect(await refusal(run(PUBLISH, { id: nowhere.id }))).toEqual({ code: 'MEETING_PLACE_INVALID', field: 'place' });
  });

  it('cancels with a reason; a cancelled meeting takes nothing more', async () => {
    const m = await create();
    expect(await refusal(run(CANCEL, { id: m.id, reason: '  ' }))).toEqual({
      code: 'MEETING_CANCEL_REASON_INVALID',
      field: 'reason',
    });
    const cancelled = (await ok(run(CANCEL, { id: m.id, reason: '防汛值守，改期召开' }))).cancelMeeting!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: '防汛值守，改期召开' });
    const gone = { code: 'MEETING_ALREADY_CANCELLED', field: 'id' };
    expect(await refusal(run(CANCEL, { id: m.id, reason: '再次取消' }))).toEqual(gone);
    expect(await refusal(run(HOLD, { id: m.id }))).toEqual(gone);
    expect(await refusal(run(PUBLISH, { id: m.id }))).toEqual(gone);
    expect(await refusal(run(UPDATE, { id: m.id, version: cancelled.version, input: { title: '改' } }))).toEqual(gone);
    expect(await refusal(record(m.id))).toEqual({ code: 'MEETING_ALREADY_CANCELLED', field: 'meetingId' });
  });

  it('holds once, never before its day, and a held meeting cannot be cancelled or edited', async () => {
    const later = await create({ date: future() });
    expect(await refusal(run(HOLD, { id: later.id }))).toEqual({ code: 'MEETING_NOT_YET_DUE', field: 'id' });
    const m = await create();
    const held = (await ok(run(HOLD, { id: m.id }))).holdMeeting!;
    const done = { code: 'MEETING_ALREADY_HELD', field: 'id' };
    expect(await refusal(run(HOLD, { id: m.id }))).toEqual(done);
    expect(await refusal(run(CANCEL, { id: m.id, reason: '晚了' }))).toEqual(done);
    expect(await refusal(run(UPDATE, { id: m.id, version: held.version, input: { title: '改' } }))).toEqual(done);
  });

  it('refuses an edit made on a stale version', async () => {
    const m = await create();
    const edited = (await ok(run(UPDATE, { id: m.id, version: m.version, input: { title: '改期后的说事会' } })))
      .updateMeeting!;
    expect(edited).toMatchObject({ title: '改期后的说事会', version: m.version + 1 });
    expect(await refusal(run(UPDATE, { id: m.id, version: m.version, input: { title: '旧页面的修改' } }))).toEqual({
      code: 'MEETING_VERSION_CONFLICT',
      field: 'version',
    });
    expect(
      await refusal(run(UPDATE, { id: m.id, version: edited.version, input: { place: '议'.repeat(101) } })),
    ).toEqual({ code: 'MEETING_PLACE_INVALID', field: 'place' });
  });

  it('lets a township review sit at the township, other kinds only in a village', async () => {
    const review = await create({ kind: 'TOWNSHIP_REVIEW', villageCode: T1 }, township1);
    expect(review.status).toBe('SCHEDULED');
    expect(
      await refusal(
        run(CREATE, { input: { kind: 'COMMITTEE', villageCode: T1, date: PAST, title: '两委' } }, township1),
      ),
    ).toEqual({ code: 'MEETING_VILLAGE_CODE_INVALID', field: 'villageCode' });
  });
});

describe('attendance events', () => {
  it('recorded before the meeting is held: MeetingAttended once, when it is held', async () => {
    const m = await create();
    const chair = (await ok(record(m.id))).recordAttendance;
    expect(await events('MeetingAttended', 'attendanceId', chair.id)).toEqual([]);
    await ok(run(HOLD, { id: m.id }));
    await refusal(run(HOLD, { id: m.id }));
    const sent = await events('MeetingAttended', 'attendanceId', chair.id);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      meetingId: m.id,
      meetingKind: 'VILLAGERS_FORUM',
      villageCode: A,
      cadreId: cadre.chair,
      divisionCode: A,
      role: 'CHAIR',
      heldOn: '2026-11-20',
    });
  });

  it('recorded after it was held: MeetingAttended at once; absent people and villagers earn none', async () => {
    const m = await create();
    await ok(run(HOLD, { id: m.id }));
    const liaison = (
      await ok(record(m.id, { cadreId: cadre.liaison, role: 'OBSERVER', observerKind: 'LIAISON_LEADER' }))
    ).recordAttendance;
    const absent = (await ok(record(m.id, { cadreId: cadre.member, role: 'MEMBER', present: false }))).recordAttendance;
    const villager = (await ok(record(m.id, { cadreId: null, name: '向秀英', role: 'MEMBER' }))).recordAttendance;
    expect(await events('MeetingAttended', 'attendanceId', liaison.id)).toHaveLength(1);
    expect(await events('MeetingAttended', 'attendanceId', absent.id)).toEqual([]);
    expect(await events('MeetingAttended', 'attendanceId', villager.id)).toEqual([]);
    expect(await events('MeetingAttended', 'meetingId', m.id)).toHaveLength(1);
  });

  it('withdrawn: MeetingAttendanceWithdrawn naming the attended event, once', async () => {
    const m = await create();
    const a = (await ok(record(m.id))).recordAttendance;
    await ok(run(HOLD, { id: m.id }));
    await ok(h.request(WITHDRAW, { id: a.id }, { token: secretaryA }));
    const [attended] = await events('MeetingAttended', 'attendanceId', a.id);
    const withdrawn = await events('MeetingAttendanceWithdrawn', 'attendanceId', a.id);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({
      attendedEventId: attended?.eventId,
      cadreId: cadre.chair,
      heldOn: '2026-11-20',
    });
    expect(await refusal(h.request(WITHDRAW, { id: a.id }, { token: secretaryA }))).toEqual({
      code: 'ATTENDANCE_ALREADY_WITHDRAWN',
      field: 'id',
    });
    // withdrawn before the meeting was held: nothing was sent, nothing to reverse, nothing sent at hold
    const early = await create();
    const b = (await ok(record(early.id))).recordAttendance;
    await ok(h.request(WITHDRAW, { id: b.id }, { token: secretaryA }));
    await ok(run(HOLD, { id: early.id }));
    expect(await events('MeetingAttended', 'meetingId', early.id)).toEqual([]);
    expect(await events('MeetingAttendanceWithdrawn', 'meetingId', early.id)).toEqual([]);
  });

  it('refuses a second attendance of a cadre, observers without a kind and a liaison leader not of the township', async () => {
    const m = await create();
    await ok(record(m.id));
    expect(await refusal(record(m.id))).toEqual({ code: 'ATTENDANCE_DUPLICATE', field: 'cadreId' });
    expect(await refusal(record(m.id, { cadreId: cadre.team, role: 'OBSERVER' }))).toEqual({
      code: 'ATTENDANCE_OBSERVER_KIND_INVALID',
      field: 'observerKind',
    });
    expect(
      await refusal(record(m.id, { cadreId: cadre.team, role: 'OBSERVER', observerKind: 'LIAISON_LEADER' })),
    ).toEqual({ code: 'ATTENDANCE_LIAISON_NOT_TOWNSHIP', field: 'cadreId' });
    expect(await refusal(record(m.id, { cadreId: cadre.b, role: 'MEMBER' }))).toEqual({
      code: 'CADRE_NOT_FOUND',
      field: 'cadreId',
    });
    expect(await refusal(record(m.id, { cadreId: null, name: '', role: 'MEMBER' }))).toEqual({
      code: 'ATTENDANCE_PERSON_INVALID',
      field: 'name',
    });
  });
});

describe('scoping', () => {
  it('lets the village, its township and the county write; another village gets MEETING_NOT_FOUND', async () => {
    const m = await create();
    expect(await refusal(run(HOLD, { id: m.id }, secretaryB))).toEqual({ code: 'MEETING_NOT_FOUND', field: 'id' });
    expect(await refusal(record(m.id, {}, secretaryB))).toEqual({ code: 'MEETING_NOT_FOUND', field: 'meetingId' });
    expect(await refusal(run(HOLD, { id: 'nope' }))).toEqual({ code: 'MEETING_NOT_FOUND', field: 'id' });
    const byTownship = (await ok(run(PUBLISH, { id: m.id }, township1))).publishMeetingNotice!;
    expect(byTownship.status).toBe('NOTICED');
    const a = (await ok(record(m.id, {}, county))).recordAttendance;
    expect(await refusal(h.request(WITHDRAW, { id: a.id }, { token: secretaryB }))).toEqual({
      code: 'ATTENDANCE_NOT_FOUND',
      field: 'id',
    });
    expect((await ok(run(HOLD, { id: m.id }, county))).holdMeeting!.status).toBe('HELD');
  });

  it('refuses the 三员 every meeting write and read', async () => {
    const m = await create();
    for (const token of [sysadmin, auditor]) {
      const input = { kind: 'VILLAGERS_FORUM', villageCode: A, date: PAST, title: '说事会', place: '村部' };
      expect((await refusal(h.request(CREATE, { input }, { token }))).code).toBe('FORBIDDEN');
      expect((await refusal(run(HOLD, { id: m.id }, token))).code).toBe('FORBIDDEN');
      expect((await refusal(record(m.id, {}, token))).code).toBe('FORBIDDEN');
      const cal = await h.request('{ meetingCalendar(from: "2026-11-01", to: "2026-11-30") { id } }', {}, { token });
      expect(cal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
