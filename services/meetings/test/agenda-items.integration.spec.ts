import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { GovernanceEventType, consumeBatch, type EventEnvelope } from '@xiangzhi/events';
import { meetingsEventConsumer } from '../src/events/event-consumer.js';
import { AgendaReportService } from '../src/modules/agenda-item/agenda-report.service.js';
import { seedAgendaDemo } from '../src/modules/agenda-item/index.js';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const T2 = '430999002';
const B = '430999002001';

const cadreA = v7();
const meeting = { march: v7(), april: v7(), b: v7(), review: v7(), committee: v7(), board: v7() };

const ITEM = `id version meetingId villageCode forumOn track title status decisionDueOn decidedOn decisionLate
  caseId caseStatus caseSatisfaction caseRefusal raisedByName raisedByCadre { id } ratings { satisfied
  basicallySatisfied dissatisfied }`;
const RAISE = `mutation($input: RaiseAgendaItemInput!) { raiseAgendaItem(input: $input) { ${ITEM} } }`;
const ITEMS = `query($m: ID!) { agendaItems(meetingId: $m) { ${ITEM} } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $input: DecideAgendaItemInput!) {
  decideAgendaItem(id: $id, version: $v, input: $input) { ${ITEM} } }`;
const CLASSIFY = `mutation($id: ID!, $v: Int!, $t: AgendaTrack!) { classifyAgendaItem(id: $id, version: $v, track: $t) {
  id track version } }`;
const REPORT = `query($m: ID!) { forumReport(meetingId: $m) { month raised decided decidedLate handled closed open
  carriedOverOpen items { title caseStatus status } } }`;
const REVIEW_LIST = `query($r: String, $open: Boolean) { townshipReviewList(regionCode: $r, openOnly: $open) {
  totalCount edges { node { title track villageCode caseStatus } } } }`;
const BOARD = `query($r: String, $y: Int) { agendaLoopFailures(regionCode: $r, year: $y) { regionCode year
  villages { code raised notDeliberated notHandled notClosed ineffective }
  townships { code raised notDeliberated notHandled notClosed ineffective } total { raised } } }`;
const RATE = `mutation($i: ID!, $m: ID!, $r: AgendaRating!) { rateAgendaItem(agendaItemId: $i, reviewMeetingId: $m,
  rating: $r) { id status ratings { satisfied basicallySatisfied dissatisfied } } }`;

interface Item {
  id: string;
  version: number;
  title: string;
  track: string;
  status: string;
  forumOn: string;
  decisionDueOn: string;
  decidedOn: string | null;
  decisionLate: boolean;
  caseId: string | null;
  caseStatus: string | null;
  caseSatisfaction: string | null;
  caseRefusal: string | null;
  raisedByCadre: { id: string } | null;
}

let h: Harness;
const as = (role: Role, division: string, extra = {}) => h.token(principal(role, division, extra));
const secretaryA = () => as(Role.VILLAGE_SECRETARY, A);
const gql = <T = Record<string, unknown>>(q: string, v: Record<string, unknown>, token: string) =>
  h.request<T>(q, v, { token });
function ok<T>(res: GraphqlResult<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}
const errorOf = (res: GraphqlResult) => res.errors?.[0]?.extensions;
const em = () => h.subgraph.orm.em.fork();

async function addMeeting(id: string, kind: string, village: string, date: string): Promise<void> {
  await em().execute('insert into meeting (id, kind, village_code, date, title) values (?, ?, ?, ?, ?)', [
    id,
    kind,
    village,
    date,
    `${kind} ${date.slice(0, 10)}`,
  ]);
}

const raiseInput = (over: Record<string, unknown> = {}) => ({
  input: {
    meetingId: meeting.march,
    track: 'VILLAGE',
    title: '村口路灯坏了',
    description: '三组村口的路灯坏了两个月，晚上出行不便。',
    kind: 'PROBLEM',
    domain: 'INFRASTRUCTURE',
    raisedByName: '张大爷',
    ...over,
  },
});
async function raise(over: Record<string, unknown> = {}, token?: string): Promise<Item> {
  return ok(await gql<{ raiseAgendaItem: Item }>(RAISE, raiseInput(over), token ?? (await secretaryA())))
    .raiseAgendaItem;
}
const itemsOf = async (meetingId: string, token?: string) =>
  ok(await gql<{ agendaItems: Item[] | null }>(ITEMS, { m: meetingId }, token ?? (await secretaryA()))).agendaItems;

const outboxOf = (itemId: string) =>
  em().execute<{ type: string; payload: Record<string, unknown> }[]>(
    'select type, payload from event_outbox where aggregate_id = ?',
    [itemId],
  );

const envelope = (type: string, payload: Record<string, unknown>): EventEnvelope => ({
  id: v7(),
  type,
  aggregateId: String(payload.caseId ?? payload.agendaItemId),
  occurredAt: new Date().toISOString(),
  payload,
});
const deliver = (...events: EventEnvelope[]) =>
  consumeBatch(h.subgraph.orm.em, { producer: 'governance', events }, meetingsEventConsumer);
const statusChanged = (caseId: string, agendaItemId: string | null, status: string, version: number, sat = null) =>
  envelope(GovernanceEventType.CASE_STATUS_CHANGED, {
    caseId,
    villageCode: A,
    status,
    level: 'VILLAGE',
    satisfaction: sat,
    changedAt: new Date().toISOString(),
    version,
    agendaItemId,
  });
const linked = (agendaItemId: string, caseId: string | null, version: number | null, refusal: string | null = null) =>
  envelope(GovernanceEventType.AGENDA_ITEM_CASE_LINKED, {
    agendaItemId,
    caseId,
    created: caseId !== null,
    status: caseId ? 'REPORTED' : null,
    satisfaction: null,
    version,
    refusal,
  });

beforeAll(async () => {
  h = await startHarness();
  await addMeeting(meeting.march, 'VILLAGERS_FORUM', A, '2026-03-10T01:00:00Z');
  await addMeeting(meeting.april, 'VILLAGERS_FORUM', A, '2026-04-10T01:00:00Z');
  await addMeeting(meeting.b, 'VILLAGERS_FORUM', B, '2026-03-12T01:00:00Z');
  await addMeeting(meeting.review, 'ANNUAL_REVIEW', A, '2026-11-30T01:00:00Z');
  await addMeeting(meeting.committee, 'COMMITTEE', A, '2026-03-11T01:00:00Z');
  await h.addCadres([{ id: cadreA, divisionCode: A }]);
});
afterAll(async () => {
  await h?.stop().catch(() => undefined);
});
beforeEach(() => {
  h.queries.length = 0;
});

describe('说事: an item raised at a forum', () => {
  it('is stored with who raised it and puts exactly one AgendaItemRaised in the outbox', async () => {
    const item = await raise({ linkCaseId: null });
    expect(item).toMatchObject({ title: '村口路灯坏了', track: 'VILLAGE', status: 'RAISED', forumOn: '2026-03-10' });
    expect(item.decisionDueOn).toBe('2026-03-13');
    const events = await outboxOf(item.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'AgendaItemRaised',
      payload: { agendaItemId: item.id, meetingId: meeting.march, villageCode: A, track: 'VILLAGE', title: item.title },
    });
  });

  it('accepts a cadre of the village as the one who raised it', async () => {
    const item = await raise({ raisedByName: null, raisedByCadreId: cadreA });
    expect(item.raisedByCadre).toEqual({ id: cadreA });
  });

  it('refuses bad input with the field at fault and writes no event', async () => {
    const token = await secretaryA();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '' }, 'AGENDA_ITEM_TITLE_INVALID', 'title'],
      [{ raisedByName: '名'.repeat(21) }, 'AGENDA_ITEM_RAISED_BY_NAME_INVALID', 'raisedByName'],
      [{ raisedByName: null }, 'AGENDA_ITEM_RAISED_BY_INVALID', 'raisedBy'],
      [{ raisedByCadreId: cadreA }, 'AGENDA_ITEM_RAISED_BY_INVALID', 'raisedBy'],
      [{ raisedByName: null, raisedByCadreId: v7() }, 'CADRE_NOT_FOUND', 'raisedByCadreId'],
      [{ meetingId: meeting.committee }, 'AGENDA_ITEM_MEETING_INVALID', 'meetingId'],
      [{ meetingId: v7() }, 'MEETING_NOT_FOUND', 'meetingId'],
    ];
    const before = await em().count('OutboxEvent', {});
    for (const [over, code, field] of cases) {
      const res = await gql(RAISE, raiseInput(over), token);
      expect(errorOf(res), JSON.stringify(over)).toEqual({ code, field });
      expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await em().count('OutboxEvent', {})).toBe(before);
  });
});

describe("the case's state, from governance's events", () => {
  it('AgendaItemCaseLinked links the case; a stale CaseStatusChanged does not move it back; redelivery changes nothing', async () => {
    const item = await raise({ title: '灌溉渠堵塞' });
    const caseId = v7();
    await deliver(linked(item.id, caseId, 1));
    let [seen] = (await itemsOf(meeting.march))!.filter((i) => i.id === item.id);
    expect(seen).toMatchObject({ caseId, caseStatus: 'REPORTED' });

    const resolved = statusChanged(caseId, item.id, 'RESOLVED', 5);
    await deliver(resolved, statusChanged(caseId, item.id, 'IN_PROGRESS', 3));
    [seen] = (await itemsOf(meeting.march))!.filter((i) => i.id === item.id);
    expect(seen).toMatchObject({ caseStatus: 'RESOLVED', status: 'HANDLED' });

    // the same event again (a retry): the inbox takes it once; a later, older version: ignored
    await deliver(resolved);
    await deliver(statusChanged(caseId, null, 'ASSIGNED', 4));
    [seen] = (await itemsOf(meeting.march))!.filter((i) => i.id === item.id);
    expect(seen).toMatchObject({ caseStatus: 'RESOLVED' });
    const inbox = await em().execute<{ n: number }[]>('select count(*)::int as n from event_inbox where event_id = ?', [
      resolved.id,
    ]);
    expect(inbox[0]!.n).toBe(1);

    // a newer version found by the case id alone (no agendaItemId)
    await deliver(statusChanged(caseId, null, 'CLOSED', 7, 'SATISFIED' as never));
    [seen] = (await itemsOf(meeting.march))!.filter((i) => i.id === item.id);
    expect(seen).toMatchObject({ caseStatus: 'CLOSED', caseSatisfaction: 'SATISFIED' });
  });

  it('does not let the projection bump the version people edit with', async () => {
    const item = await raise({ title: '版本不受影响' });
    await deliver(linked(item.id, v7(), 1));
    const res = await gql(CLASSIFY, { id: item.id, v: item.version, t: 'HIGHER_LEVEL' }, await secretaryA());
    expect(ok(res)).toMatchObject({ classifyAgendaItem: { track: 'HIGHER_LEVEL' } });
  });

  it('keeps governance’s refusal when it could not make or link a case', async () => {
    const item = await raise({ title: '关联他村事项', linkCaseId: v7() });
    await deliver(linked(item.id, null, null, '所关联的民情事项不在该村'));
    const [seen] = (await itemsOf(meeting.march))!.filter((i) => i.id === item.id);
    expect(seen).toMatchObject({ caseId: null, caseRefusal: '所关联的民情事项不在该村' });
  });
});

describe('为民办事: the committee decides within 3 days of the forum', () => {
  const decision = (decidedOn: string) => ({
    decidedOn,
    decision: '由村委会联系电工三日内修复',
    dueOn: '2026-03-31',
    responsibleName: '李主任',
  });
  it('flags a decision on the fourth day as late and one on the third as on time', async () => {
    const token = await secretaryA();
    const onTime = await raise({ title: '按时决定' });
    const late = await raise({ title: '逾期决定' });
    const a = ok(
      await gql<{ decideAgendaItem: Item }>(
        DECIDE,
        { id: onTime.id, v: onTime.version, input: decision('2026-03-13') },
        token,
      ),
    );
    const b = ok(
      await gql<{ decideAgendaItem: Item }>(
        DECIDE,
        { id: late.id, v: late.version, input: decision('2026-03-14') },
        token,
      ),
    );
    expect(a.decideAgendaItem).toMatchObject({ decidedOn: '2026-03-13', decisionLate: false, status: 'INQUIRED' });
    expect(b.decideAgendaItem).toMatchObject({ decidedOn: '2026-03-14', decisionLate: true });
  });

  it('refuses a date before the forum, a stale version, a second decision and reclassifying after it', async () => {
    const token = await secretaryA();
    const item = await raise({ title: '决定校验' });
    expect(errorOf(await gql(DECIDE, { id: item.id, v: item.version, input: decision('2026-03-09') }, token))).toEqual({
      code: 'AGENDA_ITEM_DECIDED_ON_INVALID',
      field: 'decidedOn',
    });
    expect(
      errorOf(await gql(DECIDE, { id: item.id, v: item.version + 1, input: decision('2026-03-11') }, token))?.code,
    ).toBe('CONFLICT');
    const done = ok(
      await gql<{ decideAgendaItem: Item }>(
        DECIDE,
        { id: item.id, v: item.version, input: decision('2026-03-11') },
        token,
      ),
    );
    const again = await gql(
      DECIDE,
      { id: item.id, v: done.decideAgendaItem.version, input: decision('2026-03-12') },
      token,
    );
    expect(errorOf(again)?.code).toBe('CONFLICT');
    const reclassify = await gql(CLASSIFY, { id: item.id, v: done.decideAgendaItem.version, t: 'MAJOR_PUBLIC' }, token);
    expect(errorOf(reclassify)?.code).toBe('CONFLICT');
  });
});

describe("通报上月说事事项办结情况: the forum's report from the cases' current state", () => {
  const A2 = '430999001002';
  const m = { feb: v7(), mar: v7(), apr: v7() };
  it('lists last month’s items with their cases and counts what is handled, closed and carried over', async () => {
    await addMeeting(m.feb, 'VILLAGERS_FORUM', A2, '2026-02-05T01:00:00Z');
    await addMeeting(m.mar, 'VILLAGERS_FORUM', A2, '2026-03-06T01:00:00Z');
    await addMeeting(m.apr, 'VILLAGERS_FORUM', A2, '2026-04-06T01:00:00Z');
    const token = await as(Role.VILLAGE_SECRETARY, A2);
    const r = (meetingId: string, title: string) => raise({ meetingId, title }, token);
    const febOpen = await r(m.feb, '二月未结');
    const febClosed = await r(m.feb, '二月已销号');
    const closed = await r(m.mar, '三月已销号');
    const resolved = await r(m.mar, '三月已办结');
    const working = await r(m.mar, '三月办理中');
    await r(m.mar, '三月未建事项');
    await r(m.apr, '四月新事项');
    const cases = [febClosed, closed, resolved, working].map(() => v7());
    await deliver(
      statusChanged(cases[0]!, febClosed.id, 'CLOSED', 9),
      statusChanged(cases[1]!, closed.id, 'CLOSED', 9),
      statusChanged(cases[2]!, resolved.id, 'RESOLVED', 6),
      statusChanged(cases[3]!, working.id, 'IN_PROGRESS', 3),
    );
    const input = { decidedOn: '2026-03-12', decision: '两委会议研究，限期办理', dueOn: '2026-04-30' };
    ok(await gql(DECIDE, { id: working.id, v: working.version, input }, token));
    void febOpen;

    const report = ok(
      await gql<{ forumReport: Record<string, unknown> & { items: { title: string }[] } }>(REPORT, { m: m.apr }, token),
    ).forumReport;
    expect(report).toMatchObject({
      month: '2026-03',
      raised: 4,
      decided: 1,
      decidedLate: 1,
      handled: 2,
      closed: 1,
      open: 2,
      carriedOverOpen: 1,
    });
    expect(report.items.map((i) => i.title)).toEqual(['三月已销号', '三月已办结', '三月办理中', '三月未建事项']);
    expect(report.items[0]).toMatchObject({ caseStatus: 'CLOSED', status: 'HANDLED' });
  });
});

describe('上级协调: the township review list', () => {
  it('lists the higher-level items of the township’s villages only', async () => {
    await raise({ title: 'A 村上级协调', track: 'HIGHER_LEVEL' });
    await raise(
      { meetingId: meeting.b, title: 'B 村上级协调', track: 'HIGHER_LEVEL' },
      await as(Role.VILLAGE_SECRETARY, B),
    );
    const t1 = ok(
      await gql<{ townshipReviewList: { edges: { node: { title: string; track: string } }[] } }>(
        REVIEW_LIST,
        {},
        await as(Role.TOWNSHIP_ADMIN, T1),
      ),
    ).townshipReviewList.edges.map((e) => e.node);
    expect(t1.map((n) => n.title)).toContain('A 村上级协调');
    expect(t1.map((n) => n.title)).not.toContain('B 村上级协调');
    expect(new Set(t1.map((n) => n.track))).toEqual(new Set(['HIGHER_LEVEL']));
  });
});

describe('双述双评: ratings at the annual review', () => {
  it('takes one rating per attendee (a second replaces it) and refuses a meeting that is no annual review', async () => {
    const item = await raise({ title: '年度测评事项' });
    const cadre = await as(Role.CADRE, A, { cadreId: cadreA });
    const other = await as(Role.VILLAGE_COMMITTEE, A);
    ok(await gql(RATE, { i: item.id, m: meeting.review, r: 'DISSATISFIED' }, cadre));
    ok(await gql(RATE, { i: item.id, m: meeting.review, r: 'SATISFIED' }, cadre));
    const res = ok(
      await gql<{ rateAgendaItem: { status: string; ratings: Record<string, number> } }>(
        RATE,
        { i: item.id, m: meeting.review, r: 'BASICALLY_SATISFIED' },
        other,
      ),
    );
    expect(res.rateAgendaItem).toMatchObject({
      status: 'EVALUATED',
      ratings: { satisfied: 1, basicallySatisfied: 1, dissatisfied: 0 },
    });
    expect(errorOf(await gql(RATE, { i: item.id, m: meeting.march, r: 'SATISFIED' }, cadre))).toEqual({
      code: 'AGENDA_ITEM_REVIEW_MEETING_INVALID',
      field: 'reviewMeetingId',
    });
  });
});

describe('说而不议、议而不办、办而不结、结而无效: the loop-failure board', () => {
  const A3 = '430999001003';
  const B2 = '430999002002';
  const now = new Date('2026-06-30T04:00:00Z');
  let n = 0;
  async function put(village: string, meetingId: string, over: Record<string, unknown>): Promise<void> {
    const row = {
      id: v7(),
      meeting_id: meetingId,
      village_code: village,
      forum_on: '2026-05-28',
      decision_due_on: '2026-05-31',
      track: 'VILLAGE',
      title: `手工事项 ${++n}`,
      description: '手工构造',
      kind: 'PROBLEM',
      domain: 'LIVELIHOOD',
      raised_by_name: '村民',
      raised_by_account_id: v7(),
      ...over,
    };
    const cols = Object.keys(row);
    await em().execute(
      `insert into agenda_item (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`,
      Object.values(row),
    );
  }
  const decided = { decided_on: '2026-05-30', due_on: '2026-06-15', decision: '限期办理' };
  const mA3 = v7();
  const mB2 = v7();

  beforeAll(async () => {
    await addMeeting(mA3, 'VILLAGERS_FORUM', A3, '2026-05-28T01:00:00Z');
    await addMeeting(mB2, 'VILLAGERS_FORUM', B2, '2026-05-28T01:00:00Z');
    await put(A3, mA3, {}); // 说而不议
    await put(A3, mA3, { forum_on: '2026-06-28', decision_due_on: '2026-07-01' }); // not yet due
    await put(A3, mA3, { ...decided, case_id: v7(), case_status: 'IN_PROGRESS', case_version: 2 }); // 议而不办
    await put(A3, mA3, decided); // 议而不办 (no case yet)
    await put(A3, mA3, { ...decided, due_on: '2026-07-15', case_status: 'ASSIGNED' }); // not yet due
    await put(A3, mA3, { ...decided, case_status: 'RESOLVED', case_changed_at: '2026-06-01T00:00:00Z' }); // 办而不结
    await put(A3, mA3, { ...decided, case_status: 'CONFIRMED', case_changed_at: '2026-06-25T00:00:00Z' }); // in grace
    await put(A3, mA3, { ...decided, case_status: 'CLOSED', rated_satisfied: 1, rated_dissatisfied: 3 }); // 结而无效
    await put(A3, mA3, { ...decided, case_status: 'CLOSED', rated_satisfied: 2, rated_dissatisfied: 1 });
    await put(A3, mA3, { forum_on: '2025-12-20', decision_due_on: '2025-12-23' }); // another year
    await put(B2, mB2, {}); // 说而不议
  });

  it('counts each failure per village and per township as defined', async () => {
    const county = principal(Role.COUNTY_ADMIN, COUNTY);
    const board = await new AgendaReportService(em(), county).loopFailures(null, 2026, now);
    const a3 = board.villages.find((v) => v.code === A3);
    expect(a3).toMatchObject({ raised: 9, notDeliberated: 1, notHandled: 2, notClosed: 1, ineffective: 1 });
    expect(board.villages.find((v) => v.code === B2)).toMatchObject({ raised: 1, notDeliberated: 1 });
    const t2 = board.townships.find((t) => t.code === T2)!;
    const inT2 = board.villages.filter((v) => v.code.startsWith(T2));
    expect(t2.raised).toBe(inT2.reduce((s, v) => s + v.raised, 0));
    expect(t2.notDeliberated).toBe(inT2.reduce((s, v) => s + v.notDeliberated, 0));
    expect(board.total.raised).toBe(board.villages.reduce((s, v) => s + v.raised, 0));
    // a village secretary's board is their village alone
    const own = await new AgendaReportService(em(), principal(Role.VILLAGE_SECRETARY, A3)).loopFailures(T1, 2026, now);
    expect(own.villages.map((v) => v.code)).toEqual([A3]);
  });

  it('answers in the same number of statements for more villages and items', async () => {
    const token = await as(Role.COUNTY_ADMIN, COUNTY);
    h.queries.length = 0;
    ok(await gql(BOARD, { y: 2026 }, token));
    const before = h.queries.length;
    for (const code of ['430999002003', '430999002004']) {
      const mid = v7();
      await addMeeting(mid, 'VILLAGERS_FORUM', code, '2026-05-28T01:00:00Z');
      await put(code, mid, {});
      await put(code, mid, decided);
    }
    h.queries.length = 0;
    ok(await gql(BOARD, { y: 2026 }, token));
    expect(h.queries.length).toBe(before);
    expect(before).toBeLessThanOrEqual(2);
  });
});

describe('the items list costs the same statements for more items', () => {
  it('agendaItems and Meeting.agendaItems stay flat', async () => {
    const token = await secretaryA();
    h.queries.length = 0;
    ok(await gql(ITEMS, { m: meeting.april }, token));
    const before = h.queries.length;
    for (let i = 0; i < 5; i++) await raise({ meetingId: meeting.april, title: `四月事项 ${i}` });
    h.queries.length = 0;
    expect((await itemsOf(meeting.april))!.length).toBe(5);
    expect(h.queries.length).toBe(before);
    const viaMeeting = `{ meetings(first: 20) { edges { node { id agendaItems { id title } } } } }`;
    h.queries.length = 0;
    ok(await gql(viaMeeting, {}, token));
    expect(h.queries.length).toBeLessThanOrEqual(3);
  });
});

describe('scoping', () => {
  it('gives a village secretary of another village nothing, FORBIDDEN or *_NOT_FOUND', async () => {
    const own = await raise({ title: '本村事项' });
    const b = await as(Role.VILLAGE_SECRETARY, B);
    expect(ok(await gql(ITEMS, { m: meeting.march }, b))).toEqual({ agendaItems: null });
    expect(ok(await gql(REPORT, { m: meeting.april }, b))).toEqual({ forumReport: null });
    expect(errorOf(await gql(RAISE, raiseInput(), b))).toEqual({ code: 'MEETING_NOT_FOUND', field: 'meetingId' });
    const input = { decidedOn: '2026-03-11', decision: '越权', dueOn: '2026-03-20' };
    expect(errorOf(await gql(DECIDE, { id: own.id, v: own.version, input }, b))).toEqual({
      code: 'AGENDA_ITEM_NOT_FOUND',
      field: 'id',
    });
    expect(errorOf(await gql(CLASSIFY, { id: own.id, v: own.version, t: 'VILLAGE' }, b))?.code).toBe(
      'AGENDA_ITEM_NOT_FOUND',
    );
    expect(errorOf(await gql(RATE, { i: own.id, m: meeting.review, r: 'SATISFIED' }, b))?.code).toBe(
      'AGENDA_ITEM_NOT_FOUND',
    );
    const list = ok(
      await gql<{ townshipReviewList: { edges: { node: { villageCode: string } }[] } }>(REVIEW_LIST, {}, b),
    );
    expect(list.townshipReviewList.edges.every((e) => e.node.villageCode === B)).toBe(true);
    expect(errorOf(await gql(BOARD, { r: T1 }, b))?.code).toBe('FORBIDDEN');
  });

  it('lets a plain cadre read but not raise; an API client gets counts, never item texts; 三员 get nothing', async () => {
    const cadre = await as(Role.CADRE, A, { cadreId: cadreA });
    expect((await itemsOf(meeting.march, cadre))!.length).toBeGreaterThan(0);
    expect(errorOf(await gql(RAISE, raiseInput(), cadre))?.code).toBe('FORBIDDEN');
    const api = await as(Role.API_CLIENT, COUNTY);
    expect(errorOf(await gql(ITEMS, { m: meeting.march }, api))?.code).toBe('FORBIDDEN');
    expect(ok(await gql(BOARD, {}, api))).toBeTruthy();
    const admin = await as(Role.SYSTEM_ADMIN, COUNTY);
    for (const [q, v] of [
      [ITEMS, { m: meeting.march }],
      [BOARD, {}],
      [REVIEW_LIST, {}],
      [RAISE, raiseInput()],
    ] as const)
      expect(errorOf(await gql(q, v, admin))?.code).toBe('FORBIDDEN');
  });
});

describe('demo data', () => {
  it('seeds two items per recent held forum, each with its AgendaItemRaised', async () => {
    const village = '430999001009';
    const forum = { id: v7(), kind: 'VILLAGERS_FORUM', villageCode: village, date: '2026-11-20T01:00:00Z' };
    await addMeeting(forum.id, forum.kind, village, forum.date);
    const n = await seedAgendaDemo(em(), [forum], new Date('2026-12-01T00:00:00Z'));
    expect(n).toBe(2);
    const rows = await em().execute<{ n: number }[]>(
      `select count(*)::int as n from event_outbox o join agenda_item i on i.id::text = o.aggregate_id
       where i.meeting_id = ? and o.type = 'AgendaItemRaised'`,
      [forum.id],
    );
    expect(rows[0]!.n).toBe(2);
  });
});

// last: stops governance
describe('governance down', () => {
  it('still shows the forum’s items and report: meetings owns them', async () => {
    await h.governance.stop();
    const items = await itemsOf(meeting.march);
    expect(items!.length).toBeGreaterThan(3);
    expect(items!.find((i) => i.raisedByCadre)?.raisedByCadre).toEqual({ id: cadreA });
    const report = ok(await gql<{ forumReport: { raised: number } }>(REPORT, { m: meeting.april }, await secretaryA()));
    expect(report.forumReport.raised).toBeGreaterThan(3);
  });
});
