import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import JSZip from 'jszip';
import { Role } from '@xiangzhi/auth';
import {
  Attendance,
  AttendanceRole,
  Meeting,
  MeetingKind,
  MeetingStatus,
  ObserverKind,
} from '../src/modules/meeting/index.js';
import { AgendaItem, AgendaTrack } from '../src/modules/agenda-item/index.js';
import {
  Deliberation,
  DeliberationOutcome,
  DeliberationRecord,
  DeliberationStep,
} from '../src/modules/deliberation/index.js';
import { Migration20261202084000 } from '../src/migrations/Migration20261202084000.js';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';

const T1 = '430999001';
const A = '430999001001';
const B = '430999002001';

const chairId = randomUUID();
const memberId = randomUUID();
const leaderId = randomUUID();

const MINUTES = `id meetingId status body version editedBy publishedAt publishedBy addenda { id text author createdAt }`;
const GET = `query($m: ID!) { meetingMinutes(meetingId: $m) { ${MINUTES} } }`;
const DRAFT = `mutation($m: ID!, $v: Int) { draftMinutes(meetingId: $m, version: $v) { ${MINUTES} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $b: String!) { updateMinutes(id: $id, version: $v, body: $b) { ${MINUTES} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishMinutes(id: $id, version: $v) { ${MINUTES} } }`;
const ADDENDUM = `mutation($id: ID!, $t: String!) { addMinutesAddendum(minutesId: $id, text: $t) { id text author createdAt } }`;
const DOCX = `query($id: ID!) { minutesDocx(id: $id) { fileName contentType contentBase64 } }`;
const PDF = `query($id: ID!) { minutesPdf(id: $id) { fileName contentType contentBase64 } }`;

interface MinutesView {
  id: string;
  meetingId: string;
  status: string;
  body: string;
  version: number;
  editedBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  addenda: { id: string; text: string; author: string; createdAt: string }[];
}
type File = { fileName: string; contentType: string; contentBase64: string };

let h: Harness;
let secretaryA: string;
let secretaryB: string;
let township: string;
let gridLeaderA: string;
let apiClient: string;

const code = (r: GraphqlResult): string | undefined => r.errors?.[0]?.extensions?.code;
const field = (r: GraphqlResult): string | undefined => r.errors?.[0]?.extensions?.field;

/** A forum of village A with its record written straight into the tables the lower modules own. */
async function forum(title: string, status = MeetingStatus.NOTICED): Promise<Meeting> {
  const em = h.subgraph.orm.em.fork();
  const meeting = em.create(Meeting, {
    kind: MeetingKind.VILLAGERS_FORUM,
    villageCode: A,
    date: new Date('2026-03-10T01:00:00Z'),
    title,
    place: '村委会议室',
    status,
    chairCadreId: chairId,
  });
  // the lower modules' rows refer to the meeting by a foreign key only: the meeting goes in first
  await em.flush();
  const recordedBy = randomUUID();
  const attend = (role: AttendanceRole, present: boolean, who: Partial<Attendance>) =>
    em.create(Attendance, { meetingId: meeting.id, role, present, recordedBy, ...who });
  attend(AttendanceRole.CHAIR, true, { cadreId: chairId });
  attend(AttendanceRole.MEMBER, true, { cadreId: memberId });
  attend(AttendanceRole.MEMBER, false, { name: '赵代表' });
  attend(AttendanceRole.OBSERVER, true, { cadreId: leaderId, observerKind: ObserverKind.LIAISON_LEADER });
  attend(AttendanceRole.MEMBER, true, { name: '撤销的人', withdrawnAt: new Date() });
  em.create(AgendaItem, {
    meetingId: meeting.id,
    villageCode: A,
    forumOn: '2026-03-10',
    track: AgendaTrack.VILLAGE,
    title: '修复村口道路',
    description: '村口道路坑洼，雨天积水',
    kind: 'PROBLEM',
    domain: 'INFRASTRUCTURE',
    raisedByName: '张三',
    raisedByAccountId: recordedBy,
    decisionDueOn: '2026-03-13',
    decidedOn: '2026-03-11',
    decision: '村委会负责，月底前修复',
  } as never);
  const matter = em.create(Deliberation, { villageCode: A, title: '修建文化广场', openedBy: 'secretary_a' });
  em.create(DeliberationRecord, {
    deliberation: matter,
    step: DeliberationStep.PARTY_PROPOSAL,
    outcome: DeliberationOutcome.PASSED,
    occurredAt: meeting.date,
    meetingId: meeting.id,
    expectedCount: 7,
    presentCount: 6,
    votesFor: 5,
    votesAgainst: 1,
    votesAbstain: 0,
    rule: '过半数到会，到会过半数同意',
    recordedBy: 'secretary_a',
  });
  await em.flush();
  return meeting;
}

async function draft(meetingId: string): Promise<MinutesView> {
  const res = await h.request<{ draftMinutes: MinutesView }>(DRAFT, { m: meetingId }, { token: secretaryA });
  expect(res.errors).toBeUndefined();
  return res.data!.draftMinutes;
}

async function hold(meetingId: string): Promise<void> {
  const em = h.subgraph.orm.em.fork();
  await em.nativeUpdate(Meeting, { id: meetingId }, { status: MeetingStatus.HELD, heldAt: new Date() });
}

beforeAll(async () => {
  h = await startHarness();
  await h.addCadres([
    { id: chairId, divisionCode: A, name: '王书记' },
    { id: memberId, divisionCode: A, name: '李委员' },
    { id: leaderId, divisionCode: T1, name: '陈乡长' },
  ]);
  secretaryA = await h.token(principal(Role.VILLAGE_SECRETARY, A, { username: 'secretary_a' }));
  secretaryB = await h.token(principal(Role.VILLAGE_SECRETARY, B));
  township = await h.token(principal(Role.TOWNSHIP_ADMIN, T1));
  gridLeaderA = await h.token(principal(Role.GRID_LEADER, A));
  apiClient = await h.token(principal(Role.API_CLIENT, T1));
});
afterAll(async () => h?.stop());

describe('drafting from the meeting record', () => {
  it('writes the attendance, the items with their track and decision, and the votes taken there into sections', async () => {
    const meeting = await forum('三月党群说事会');
    const minutes = await draft(meeting.id);
    expect(minutes).toMatchObject({ meetingId: meeting.id, status: 'DRAFT', version: 1, editedBy: 'secretary_a' });
    const { body } = minutes;
    expect(body).toContain('会议名称：三月党群说事会');
    expect(body).toContain('会议类型：主题党日 + 党群说事会');
    expect(body).toContain('时间：2026年3月10日 09:00');
    expect(body).toContain('地点：村委会议室');
    expect(body).toContain('主持人：王书记');
    expect(body).toContain('出席：李委员（共 2 人）');
    expect(body).toContain('列席：陈乡长（包村领导）');
    expect(body).toContain('缺席：赵代表');
    expect(body).not.toContain('撤销的人');
    expect(body).toContain('1. 修复村口道路（提出人：张三），分类：村级自办');
    expect(body).toContain('议定：村委会负责，月底前修复');
    expect(body).toContain(
      '1. 修建文化广场（党组织提议）：应到 7 人，实到 6 人；赞成 5 票，反对 1 票，弃权 0 票，通过',
    );
  });

  it('drafts once: a second draft is refused, a redraft with the current version replaces the text', async () => {
    const meeting = await forum('四月党群说事会');
    const first = await draft(meeting.id);
    const again = await h.request(DRAFT, { m: meeting.id }, { token: secretaryA });
    expect([code(again), field(again)]).toEqual(['MINUTES_ALREADY_DRAFTED', 'meetingId']);
    const edited = await h.request<{ updateMinutes: MinutesView }>(
      UPDATE,
      { id: first.id, v: first.version, b: '手写的纪要' },
      { token: secretaryA },
    );
    const stale = await h.request(DRAFT, { m: meeting.id, v: first.version }, { token: secretaryA });
    expect(code(stale)).toBe('MINUTES_VERSION_CONFLICT');
    const redraft = await h.request<{ draftMinutes: MinutesView }>(
      DRAFT,
      { m: meeting.id, v: edited.data!.updateMinutes.version },
      { token: secretaryA },
    );
    expect(redraft.data?.draftMinutes).toMatchObject({ id: first.id, body: first.body, version: first.version + 2 });
  });

  it('answers MEETING_NOT_FOUND for an unknown or malformed meeting', async () => {
    for (const m of [randomUUID(), 'nope']) {
      const res = await h.request(DRAFT, { m }, { token: secretaryA });
      expect([code(res), field(res)]).toEqual(['MEETING_NOT_FOUND', 'meetingId']);
    }
  });
});

describe('editing with a version', () => {
  it('saves an edit and refuses one made on a stale version, keeping the first', async () => {
    const { id, version } = await draft((await forum('五月党群说事会')).id);
    const saved = await h.request<{ updateMinutes: MinutesView }>(
      UPDATE,
      { id, v: version, b: '一、会议基本情况\n修改后的正文' },
      { token: secretaryA },
    );
    expect(saved.data?.updateMinutes).toMatchObject({ body: '一、会议基本情况\n修改后的正文', version: version + 1 });
    const stale = await h.request(UPDATE, { id, v: version, b: '另一人的修改' }, { token: secretaryA });
    expect([code(stale), field(stale)]).toEqual(['MINUTES_VERSION_CONFLICT', 'version']);
    expect(stale.errors?.[0]?.message).toMatch(/已被他人修改/);
    const now = await h.request<{ meetingMinutes: MinutesView }>(
      GET,
      { m: saved.data!.updateMinutes.meetingId },
      { token: secretaryA },
    );
    expect(now.data?.meetingMinutes.body).toBe('一、会议基本情况\n修改后的正文');
  });

  it('refuses an empty or oversized body with the field named', async () => {
    const { id, version } = await draft((await forum('六月党群说事会')).id);
    for (const b of ['   ', '字'.repeat(20_001), '控制\u0007字符']) {
      const res = await h.request(UPDATE, { id, v: version, b }, { token: secretaryA });
      expect(code(res)).toMatch(/^(MINUTES_BODY_INVALID|BAD_USER_INPUT)$/);
      expect(field(res)).toBe('body');
    }
  });
});

describe('publishing', () => {
  it('publishes a held meeting’s minutes read-only; corrections are addenda with who and when', async () => {
    const meeting = await forum('七月党群说事会');
    const minutes = await draft(meeting.id);
    const early = await h.request(PUBLISH, { id: minutes.id, v: minutes.version }, { token: secretaryA });
    expect(code(early)).toBe('MINUTES_MEETING_NOT_HELD');
    const tooSoon = await h.request(ADDENDUM, { id: minutes.id, t: '补充' }, { token: secretaryA });
    expect(code(tooSoon)).toBe('MINUTES_NOT_PUBLISHED');

    await hold(meeting.id);
    const published = await h.request<{ publishMinutes: MinutesView }>(
      PUBLISH,
      { id: minutes.id, v: minutes.version },
      { token: secretaryA },
    );
    expect(published.data?.publishMinutes).toMatchObject({ status: 'PUBLISHED', publishedBy: 'secretary_a' });
    const v = published.data!.publishMinutes.version;

    const edit = await h.request(UPDATE, { id: minutes.id, v, b: '改动' }, { token: secretaryA });
    expect(code(edit)).toBe('MINUTES_PUBLISHED');
    expect(edit.errors?.[0]?.message).toMatch(/已发布/);
    expect(code(await h.request(DRAFT, { m: meeting.id, v }, { token: secretaryA }))).toBe('MINUTES_PUBLISHED');
    expect(code(await h.request(PUBLISH, { id: minutes.id, v }, { token: secretaryA }))).toBe('MINUTES_PUBLISHED');

    const added = await h.request<{ addMinutesAddendum: MinutesView['addenda'][number] }>(
      ADDENDUM,
      { id: minutes.id, t: '更正：道路修复期限延至4月10日' },
      { token: secretaryA },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data?.addMinutesAddendum).toMatchObject({
      text: '更正：道路修复期限延至4月10日',
      author: 'secretary_a',
    });
    const after = await h.request<{ meetingMinutes: MinutesView }>(GET, { m: meeting.id }, { token: township });
    expect(after.data?.meetingMinutes.body).toBe(minutes.body);
    expect(after.data?.meetingMinutes.addenda.map((a) => a.text)).toEqual(['更正：道路修复期限延至4月10日']);
  });
});

describe('exports', () => {
  let minutesId: string;
  beforeAll(async () => {
    minutesId = (await draft((await forum('八月党群说事会')).id)).id;
  });

  it('exports a .docx: a zip whose word/document.xml holds the Chinese title and names', async () => {
    const res = await h.request<{ minutesDocx: File }>(DOCX, { id: minutesId }, { token: secretaryA });
    expect(res.errors).toBeUndefined();
    const file = res.data!.minutesDocx;
    expect(file.fileName).toBe('八月党群说事会会议纪要.docx');
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const zip = await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('八月党群说事会会议纪要');
    expect(xml).toContain('主持人：王书记');
    expect(xml).toContain('宋体');
  });

  it('exports a PDF that embeds the Chinese font', async () => {
    const res = await h.request<{ minutesPdf: File }>(PDF, { id: minutesId }, { token: secretaryA });
    const file = res.data!.minutesPdf;
    expect(file.fileName).toBe('八月党群说事会会议纪要.pdf');
    const pdf = Buffer.from(file.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2/);
    expect(pdf.toString('latin1')).toMatch(/NotoSansSC/);
  });
});

describe('scoping', () => {
  let meetingId: string;
  let minutes: MinutesView;
  beforeAll(async () => {
    meetingId = (await forum('九月党群说事会')).id;
    minutes = await draft(meetingId);
  });

  it('lets the township read a village’s minutes and hides them from a neighbour village', async () => {
    expect(
      (await h.request<{ meetingMinutes: MinutesView }>(GET, { m: meetingId }, { token: township })).data
        ?.meetingMinutes.id,
    ).toBe(minutes.id);
    expect((await h.request(GET, { m: meetingId }, { token: secretaryB })).data).toEqual({ meetingMinutes: null });
    expect((await h.request(DOCX, { id: minutes.id }, { token: secretaryB })).data).toEqual({ minutesDocx: null });
    expect((await h.request(PDF, { id: minutes.id }, { token: secretaryB })).data).toEqual({ minutesPdf: null });
  });

  it('answers a neighbour’s write as if the minutes did not exist', async () => {
    const edit = await h.request(UPDATE, { id: minutes.id, v: minutes.version, b: '越权' }, { token: secretaryB });
    expect([code(edit), field(edit)]).toEqual(['MINUTES_NOT_FOUND', 'id']);
    const add = await h.request(ADDENDUM, { id: minutes.id, t: '越权' }, { token: secretaryB });
    expect([code(add), field(add)]).toEqual(['MINUTES_NOT_FOUND', 'minutesId']);
    expect(code(await h.request(DRAFT, { m: meetingId }, { token: secretaryB }))).toBe('MEETING_NOT_FOUND');
  });

  it('refuses writers without the grant and keeps minutes from aggregate-only clients', async () => {
    const edit = await h.request(UPDATE, { id: minutes.id, v: minutes.version, b: '网格长' }, { token: gridLeaderA });
    expect(code(edit)).toBe('FORBIDDEN');
    expect(code(await h.request(GET, { m: meetingId }, { token: apiClient }))).toBe('FORBIDDEN');
  });
});

describe('the old free-text minutes column', () => {
  it('moves into a draft of the meeting’s minutes', async () => {
    const em = h.subgraph.orm.em.fork();
    const legacy = await forum('旧纪要说事会');
    await em.nativeUpdate(Meeting, { id: legacy.id }, { minutes: '张三反映道路问题\n李四反映水渠' });
    const migration = new Migration20261202084000(h.subgraph.orm.em.getDriver(), h.subgraph.orm.config);
    await migration.up();
    // the data statements only: the tables exist already
    for (const sql of migration
      .getQueries()
      .map(String)
      .filter((q) => /^(insert|update)/.test(q.trim())))
      await em.getConnection().execute(sql);
    const moved = await h.request<{ meetingMinutes: MinutesView }>(GET, { m: legacy.id }, { token: secretaryA });
    expect(moved.data?.meetingMinutes).toMatchObject({ status: 'DRAFT', body: '张三反映道路问题\n李四反映水渠' });
    expect(moved.data?.meetingMinutes.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    const { minutes } = await em.fork().findOneOrFail(Meeting, { id: legacy.id });
    expect(minutes).toBeNull();
  });
});
