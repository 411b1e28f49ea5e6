import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '@xiangzhi/events';
import { startJobRunner } from '@xiangzhi/subgraph-kit';
import { loadDemo } from '../src/demo.js';
import { Cadre } from '../src/modules/cadre/index.js';
import {
  applyClock,
  CASE_ALERTS_CRON,
  CASE_ALERTS_JOB,
  Case,
  CaseAlert,
  CaseDomain,
  CaseKind,
  CaseLevel,
  CaseSource,
  CaseStage,
  CaseStatus,
  CaseTimelineEntry,
  daysRemaining,
  daysWaited,
  runCaseAlerts,
} from '../src/modules/case/index.js';
import { startGovernance, type Harness } from './harness.js';
import { COUNTY, TOWN_A, VILLAGE_A1, VILLAGE_B1, fixture, ids } from './fixture.js';
import { expectError, ok, tokensFor, type Person } from './territory.support.js';

/*
 * The case clock against the time-limit table seeded by the migration (village: accept 2/3, handle 5/10,
 * feedback 2/3 working days) and the 2026 national holiday calendar. CASE-CORE's transitions are played
 * here by setting the status and calling applyClock, as case.service does. Every date below was counted by
 * hand; December 2026 has no holidays, 2 December is a Wednesday.
 */
let h: Harness;
let t: Record<Person, string>;
let seq = 0;
const china = (s: string): Date => new Date(`${s}+08:00`);

type CaseInit = Partial<Pick<Case, 'kind' | 'level' | 'divisionCode' | 'villageCode'>> & { responsible?: string };

async function raise(at: string, init: CaseInit = {}): Promise<Case> {
  const em = h.subgraph.orm.em.fork();
  const now = china(at);
  const c = em.create(Case, {
    code: `MQ-CLOCK-${++seq}`,
    title: '想了解危房改造补助政策',
    description: '村民询问危房改造补助的条件和申请办法',
    source: CaseSource.VISIT,
    kind: init.kind ?? CaseKind.PROBLEM,
    domain: CaseDomain.LIVELIHOOD,
    villageCode: init.villageCode ?? VILLAGE_A1,
    level: init.level ?? CaseLevel.VILLAGE,
    originLevel: init.level ?? CaseLevel.VILLAGE,
    divisionCode: init.divisionCode ?? init.villageCode ?? VILLAGE_A1,
    status: CaseStatus.REPORTED,
    responsible: init.responsible ? em.getReference(Cadre, init.responsible) : null,
    raisedBy: '石门村书记',
    raisedAt: now,
    lastActivityAt: now,
  });
  await applyClock(em, c, now);
  await em.flush();
  return c;
}

/** A transition as case.service makes it: the new status (and level), then the clock, then one flush. */
async function move(id: string, status: CaseStatus, at: string, changes: Partial<Case> = {}): Promise<Case> {
  const em = h.subgraph.orm.em.fork();
  const c = await em.findOneOrFail(Case, id);
  Object.assign(c, { status, ...changes });
  await applyClock(em, c, china(at));
  await em.flush();
  return c;
}

const load = (id: string): Promise<Case> => h.subgraph.orm.em.fork().findOneOrFail(Case, id);
const alerts = (at: string) => runCaseAlerts(h.subgraph.orm.em.fork(), china(at));
const limits = (c: Case) => ({ stage: c.stage, yellowAt: c.yellowAt, redAt: c.redAt, dueAt: c.dueAt, alert: c.alert });

const SET_LIMIT = `mutation($i: SetTimeLimitInput!) { setTimeLimit(input: $i) { divisionCode kind level stage yellowDays redDays } }`;
const LIMITS = `query($d: String) { timeLimits(divisionCode: $d) { divisionCode kind level stage yellowDays redDays } }`;
const SET_HOLIDAY = `mutation($i: SetHolidayInput!) { setHoliday(input: $i) { date working name } }`;
const HOLIDAYS = `query($y: Int!) { holidays(year: $y) { date working name } }`;
const REMINDERS = `query($u: Boolean) { myCaseReminders(unreadOnly: $u) { id stage kind dueAt readAt case { id code } } }`;
const MARK_READ = `mutation($id: ID!) { markCaseReminderRead(id: $id) { id readAt } }`;
type Reminder = { id: string; stage: string; kind: string; dueAt: string; readAt: string | null; case: { id: string } };

const limit = (over: Record<string, unknown>) => ({
  divisionCode: COUNTY,
  kind: 'DEMAND',
  level: 'VILLAGE',
  stage: 'HANDLE',
  yellowDays: 3,
  redDays: 6,
  ...over,
});

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
});
afterAll(async () => {
  await h?.stop();
});

describe('due dates from the time-limit table', () => {
  it('gives each stage its yellow and red limits and the due date, restarting the clock on a new stage', async () => {
    const c = await raise('2026-12-02T10:00:00');
    // accept at village level 2/3: Thu 3, Fri 4 | Mon 7; the expected due date adds handling's 10 after Mon 7
    expect(limits(c)).toEqual({
      stage: CaseStage.ACCEPT,
      yellowAt: china('2026-12-05T00:00:00'),
      redAt: china('2026-12-08T00:00:00'),
      dueAt: china('2026-12-22T00:00:00'),
      alert: CaseAlert.NONE,
    });
    // accepted on Thursday: handling 5/10 counts from Friday 4
    const accepted = await move(c.id, CaseStatus.ACCEPTED, '2026-12-03T09:00:00');
    expect(limits(accepted)).toEqual({
      stage: CaseStage.HANDLE,
      yellowAt: china('2026-12-11T00:00:00'),
      redAt: china('2026-12-18T00:00:00'),
      dueAt: china('2026-12-18T00:00:00'),
      alert: CaseAlert.NONE,
    });
    expect(accepted.stageStartedAt).toEqual(china('2026-12-03T09:00:00'));
    // assigning and starting stay in the handling stage: the clock runs on
    const started = await move(c.id, CaseStatus.IN_PROGRESS, '2026-12-04T09:00:00');
    expect(started.stageStartedAt).toEqual(china('2026-12-03T09:00:00'));
    expect(started.redAt).toEqual(china('2026-12-18T00:00:00'));
    // resolved on Monday: feedback 2/3 (Tue 8, Wed 9 | Thu 10); the due date stays the handling one
    const resolved = await move(c.id, CaseStatus.RESOLVED, '2026-12-07T10:00:00');
    expect(limits(resolved)).toEqual({
      stage: CaseStage.FEEDBACK,
      yellowAt: china('2026-12-10T00:00:00'),
      redAt: china('2026-12-11T00:00:00'),
      dueAt: china('2026-12-18T00:00:00'),
      alert: CaseAlert.NONE,
    });
    const closed = await move(c.id, CaseStatus.CLOSED, '2026-12-08T10:00:00', {
      closedAt: china('2026-12-08T10:00:00'),
    });
    expect([closed.stage, closed.yellowAt, closed.redAt]).toEqual([null, null, null]);
    // raised Wed 2, closed Tue 8: Thu, Fri, Mon, Tue
    expect(await daysWaited(h.subgraph.orm.em.fork(), closed, china('2026-12-20T10:00:00'))).toBe(4);
  });

  it('restarts the accept clock at the level above on an escalation', async () => {
    const c = await raise('2026-12-02T10:00:00');
    const up = await move(c.id, CaseStatus.ESCALATED, '2026-12-03T15:00:00', {
      level: CaseLevel.TOWNSHIP,
      divisionCode: TOWN_A,
    });
    // township accept 1/2 from Thursday: Fri 4 | Mon 7
    expect(up.stageStartedAt).toEqual(china('2026-12-03T15:00:00'));
    expect([up.stage, up.yellowAt, up.redAt]).toEqual([
      CaseStage.ACCEPT,
      china('2026-12-05T00:00:00'),
      china('2026-12-08T00:00:00'),
    ]);
  });

  it('skips the National Day holiday and counts its 调休 Saturday', async () => {
    const c = await raise('2026-09-29T10:00:00', { kind: CaseKind.SUGGESTION });
    const accepted = await move(c.id, CaseStatus.ACCEPTED, '2026-09-30T10:00:00');
    // handle 5/10 from Wed 30 Sep: 8, 9, 10 (调休), 12, 13 | 14, 15, 16, 19, 20 October
    expect([accepted.yellowAt, accepted.redAt]).toEqual([china('2026-10-14T00:00:00'), china('2026-10-21T00:00:00')]);
  });
});

describe('the time-limit table and the holiday calendar, kept by the county', () => {
  it('lets a county override beat the default, and a township row beat the county', async () => {
    ok(await h.gql(SET_LIMIT, { i: limit({}) }, t.county));
    ok(await h.gql(SET_LIMIT, { i: limit({ divisionCode: TOWN_A, yellowDays: 4, redDays: 8 }) }, t.county));
    const table = ok(await h.gql<{ timeLimits: Record<string, unknown>[] }>(LIMITS, { d: VILLAGE_A1 }, t.secA1));
    expect(table.timeLimits).toHaveLength(48);
    expect(table.timeLimits).toContainEqual(limit({ divisionCode: TOWN_A, yellowDays: 4, redDays: 8 }));
    expect(table.timeLimits).toContainEqual({
      ...limit({ kind: 'PROBLEM', yellowDays: 5, redDays: 10 }),
      divisionCode: '',
    });

    // 石门村 lies in 青山镇 (4/8); 柳溪村 in 白沙乡 has only the county's row (3/6)
    const a1 = await raise('2026-12-02T10:00:00', { kind: CaseKind.DEMAND });
    const inA1 = await move(a1.id, CaseStatus.ACCEPTED, '2026-12-02T11:00:00');
    expect([inA1.yellowAt, inA1.redAt]).toEqual([china('2026-12-09T00:00:00'), china('2026-12-15T00:00:00')]);
    const b1 = await raise('2026-12-02T10:00:00', { kind: CaseKind.DEMAND, villageCode: VILLAGE_B1 });
    const inB1 = await move(b1.id, CaseStatus.ACCEPTED, '2026-12-02T11:00:00');
    expect([inB1.yellowAt, inB1.redAt]).toEqual([china('2026-12-08T00:00:00'), china('2026-12-11T00:00:00')]);
  });

  it('refuses the village, the township and another county: FORBIDDEN', async () => {
    expectError(await h.gql(SET_LIMIT, { i: limit({ divisionCode: VILLAGE_A1 }) }, t.secA1), 'FORBIDDEN');
    expectError(await h.gql(SET_LIMIT, { i: limit({ divisionCode: TOWN_A }) }, t.townA), 'FORBIDDEN');
    expectError(await h.gql(SET_LIMIT, { i: limit({ divisionCode: '431000' }) }, t.county), 'FORBIDDEN');
    const holiday = { date: '2027-01-13', working: false, name: '村里放假' };
    expectError(await h.gql(SET_HOLIDAY, { i: holiday }, t.secA1), 'FORBIDDEN');
    const table = ok(await h.gql<{ timeLimits: Record<string, unknown>[] }>(LIMITS, { d: VILLAGE_A1 }, t.secA1));
    expect(table.timeLimits).toContainEqual({
      ...limit({ kind: 'PROBLEM', yellowDays: 5, redDays: 10 }),
      divisionCode: '',
    });
  });

  it('answers a bad limit or holiday with its field', async () => {
    const bad = async (over: Record<string, unknown>, code: string, field: string) =>
      expectError(await h.gql(SET_LIMIT, { i: limit(over) }, t.county), code, field);
    await bad({ yellowDays: 0 }, 'TIME_LIMIT_YELLOW_DAYS_INVALID', 'yellowDays');
    await bad({ yellowDays: 5, redDays: 5 }, 'TIME_LIMIT_RED_DAYS_INVALID', 'redDays');
    await bad({ redDays: 400 }, 'TIME_LIMIT_RED_DAYS_INVALID', 'redDays');
    await bad({ divisionCode: '43a' }, 'TIME_LIMIT_DIVISION_CODE_INVALID', 'divisionCode');
    await bad({ divisionCode: '430999009' }, 'TIME_LIMIT_DIVISION_CODE_INVALID', 'divisionCode');
    const holiday = (i: Record<string, unknown>) => h.gql(SET_HOLIDAY, { i }, t.county);
    expectError(await holiday({ date: '2027-02-30', working: false, name: '假' }), 'HOLIDAY_DATE_INVALID', 'date');
    expectError(await holiday({ date: '2027-02-03', working: false, name: ' ' }), 'HOLIDAY_NAME_INVALID', 'name');
    const gone = await h.gql(`mutation { removeHoliday(date: "2027-03-03") }`, {}, t.county);
    expectError(gone, 'HOLIDAY_NOT_FOUND', 'date');
  });

  it("moves the due date by the county's holiday and its 调休 Saturday", async () => {
    // 2027 has no national rows: Mon 11 Jan + 5 handling days = Tue 12 … Mon 18
    const before = await raise('2027-01-11T09:00:00');
    expect((await move(before.id, CaseStatus.ACCEPTED, '2027-01-11T10:00:00')).yellowAt).toEqual(
      china('2027-01-19T00:00:00'),
    );
    ok(await h.gql(SET_HOLIDAY, { i: { date: '2027-01-13', working: false, name: '县庆放假' } }, t.county));
    const off = await raise('2027-01-11T09:00:00');
    expect((await move(off.id, CaseStatus.ACCEPTED, '2027-01-11T10:00:00')).yellowAt).toEqual(
      china('2027-01-20T00:00:00'),
    );
    ok(await h.gql(SET_HOLIDAY, { i: { date: '2027-01-16', working: true, name: '县庆调休上班' } }, t.county));
    const worked = await raise('2027-01-11T09:00:00');
    expect((await move(worked.id, CaseStatus.ACCEPTED, '2027-01-11T10:00:00')).yellowAt).toEqual(
      china('2027-01-19T00:00:00'),
    );
    const year = ok(await h.gql<{ holidays: { date: string }[] }>(HOLIDAYS, { y: 2027 }, t.secA1)).holidays;
    expect(year.map((d) => d.date)).toEqual(['2027-01-13', '2027-01-16']);
    const in2026 = ok(await h.gql<{ holidays: { date: string }[] }>(HOLIDAYS, { y: 2026 }, t.secA1)).holidays;
    expect(in2026.filter((d) => d.date.startsWith('2026-10'))).toHaveLength(8); // 1–7 off, 10 worked
    // a village of another county keeps the national calendar
    const elsewhere = await raise('2027-01-11T09:00:00', { villageCode: '431000001001' });
    expect((await move(elsewhere.id, CaseStatus.ACCEPTED, '2027-01-11T10:00:00')).yellowAt).toEqual(
      china('2027-01-19T00:00:00'),
    );
    ok(await h.gql(`mutation { removeHoliday(date: "2027-01-16") }`, {}, t.county));
  });
});

describe('days waited and remaining on the Case type', () => {
  it('answers both counts through GraphQL, as the clock computes them', async () => {
    const now = new Date();
    const em = h.subgraph.orm.em.fork();
    const c = em.create(Case, {
      code: `MQ-CLOCK-${++seq}`,
      title: '村口路灯不亮',
      description: '村口两盏路灯坏了一个月',
      source: CaseSource.PATROL,
      kind: CaseKind.PROBLEM,
      domain: CaseDomain.INFRASTRUCTURE,
      villageCode: VILLAGE_A1,
      level: CaseLevel.VILLAGE,
      originLevel: CaseLevel.VILLAGE,
      divisionCode: VILLAGE_A1,
      status: CaseStatus.REPORTED,
      raisedBy: '石门村书记',
      raisedAt: now,
      lastActivityAt: now,
    });
    await applyClock(em, c, now);
    await em.flush();
    const q = `query($id: ID!) { case(id: $id) { daysWaited daysRemaining } }`;
    const got = ok(await h.gql<{ case: { daysWaited: number; daysRemaining: number } }>(q, { id: c.id }, t.secA1));
    const expected = await daysRemaining(h.subgraph.orm.em.fork(), c, new Date());
    expect(got.case).toEqual({ daysWaited: 0, daysRemaining: expected });
    // village accept is 3 working days, counted from the working day after today: all 3 remain
    expect(expected).toBe(3);
  });
});

describe('pause and extension', () => {
  it('pauses while the case waits on the villager and pushes the limits out by the days paused', async () => {
    const c = await raise('2026-12-02T10:00:00');
    await move(c.id, CaseStatus.ACCEPTED, '2026-12-02T10:30:00');
    // handle 5/10 from Wed 2: yellow after Wed 9, red after Wed 16
    const paused = await move(c.id, CaseStatus.SUSPENDED, '2026-12-03T10:00:00');
    expect(paused.pausedAt).toEqual(china('2026-12-03T10:00:00'));
    expect(await daysRemaining(h.subgraph.orm.em.fork(), paused, china('2026-12-20T10:00:00'))).toBe(9);
    // the job leaves a paused case alone, though its yellow limit has passed
    await alerts('2026-12-11T10:00:00');
    expect((await load(c.id)).alert).toBe(CaseAlert.NONE);
    // resumed Tue 8: Fri 4, Mon 7, Tue 8 paused
    const resumed = await move(c.id, CaseStatus.IN_PROGRESS, '2026-12-08T10:00:00');
    expect(resumed.pausedAt).toBeNull();
    expect(resumed.pausedWorkingDays).toBe(3);
    expect(limits(resumed)).toEqual({
      stage: CaseStage.HANDLE,
      yellowAt: china('2026-12-15T00:00:00'),
      redAt: china('2026-12-22T00:00:00'),
      dueAt: china('2026-12-22T00:00:00'),
      alert: CaseAlert.NONE,
    });
    const em = h.subgraph.orm.em.fork();
    // waited Thu 3 … Tue 8 (4) less 3 paused; left: Wed 9 … Mon 21
    expect(await daysWaited(em, resumed, china('2026-12-08T12:00:00'))).toBe(1);
    expect(await daysRemaining(em, resumed, china('2026-12-08T12:00:00'))).toBe(9);
  });

  it('moves the deadline by an approved extension: the case is no longer overdue', async () => {
    const c = await raise('2026-12-02T10:00:00');
    await move(c.id, CaseStatus.IN_PROGRESS, '2026-12-02T10:30:00');
    await alerts('2026-12-17T09:00:00');
    const late = await load(c.id);
    expect(late.alert).toBe(CaseAlert.RED);
    expect(await daysRemaining(h.subgraph.orm.em.fork(), late, china('2026-12-17T09:00:00'))).toBe(-1);
    // 5 days approved: red after Wed 16 + Thu 17, Fri 18, Mon 21, Tue 22, Wed 23
    const extended = await move(c.id, CaseStatus.IN_PROGRESS, '2026-12-17T10:00:00', { extensionDays: 5 });
    expect([extended.redAt, extended.dueAt]).toEqual([china('2026-12-24T00:00:00'), china('2026-12-24T00:00:00')]);
    expect(extended.alert).toBe(CaseAlert.YELLOW);
    expect(await daysRemaining(h.subgraph.orm.em.fork(), extended, china('2026-12-17T10:00:00'))).toBe(4);
    await alerts('2026-12-17T11:00:00');
    expect((await load(c.id)).alert).toBe(CaseAlert.YELLOW);
  });
});

describe('the alert job', () => {
  it('turns a case yellow, then red, with one timeline entry and one event each, and re-runs change nothing', async () => {
    const c = await raise('2026-12-02T10:00:00', { responsible: ids.cadreA1 });
    await move(c.id, CaseStatus.ACCEPTED, '2026-12-02T10:30:00');
    const em = () => h.subgraph.orm.em.fork();
    const entries = async (action: string) => em().count(CaseTimelineEntry, { case: c.id, action });
    const events = async () =>
      (await em().find(OutboxEvent, { type: 'CaseAlerted', aggregateId: c.id }, { orderBy: { createdAt: 'asc' } })).map(
        (e) => [e.payload.alert, e.payload.stage, (e.payload.responsible as { cadreId: string } | null)?.cadreId],
      );

    await alerts('2026-12-09T08:00:00');
    expect((await load(c.id)).alert).toBe(CaseAlert.NONE);
    await alerts('2026-12-10T00:00:00');
    expect((await load(c.id)).alert).toBe(CaseAlert.YELLOW);
    expect(await alerts('2026-12-10T00:00:00')).toEqual({ yellow: 0, red: 0, reminders: 0 });
    expect(await events()).toEqual([['YELLOW', 'HANDLE', ids.cadreA1]]);

    await alerts('2026-12-17T00:00:00');
    const red = await load(c.id);
    expect(red.alert).toBe(CaseAlert.RED);
    expect(await alerts('2026-12-17T00:00:00')).toEqual({ yellow: 0, red: 0, reminders: 0 });
    expect(await alerts('2026-12-18T09:00:00')).toEqual({ yellow: 0, red: 0, reminders: 0 });
    expect(await events()).toEqual([
      ['YELLOW', 'HANDLE', ids.cadreA1],
      ['RED', 'HANDLE', ids.cadreA1],
    ]);
    expect([await entries('ALERT_YELLOW'), await entries('ALERT_RED')]).toEqual([1, 1]);
    // the version is the cadres': the job does not make their next transition stale
    expect(red.version).toBe((await move(c.id, CaseStatus.IN_PROGRESS, '2026-12-18T09:00:00')).version - 1);
  });

  it('reminds the responsible cadre one working day before each limit, once', async () => {
    const c = await raise('2026-12-02T10:00:00', { responsible: ids.cadreA1, kind: CaseKind.PETITION });
    await move(c.id, CaseStatus.IN_PROGRESS, '2026-12-02T10:30:00');
    // petition handling 3/5 at village level: yellow after Mon 7, red after Wed 9
    expect((await alerts('2026-12-04T23:00:00')).reminders).toBe(0);
    await alerts('2026-12-07T08:00:00');
    await alerts('2026-12-07T09:00:00');
    await alerts('2026-12-09T08:00:00');
    await alerts('2026-12-09T09:00:00');
    const mine = ok(await h.gql<{ myCaseReminders: Reminder[] }>(REMINDERS, {}, t.cadreA1)).myCaseReminders;
    const ofCase = mine.filter((r) => r.case.id === c.id);
    expect(ofCase.map((r) => [r.kind, r.stage, new Date(r.dueAt)])).toEqual([
      ['BEFORE_RED', 'HANDLE', china('2026-12-10T00:00:00')],
      ['BEFORE_YELLOW', 'HANDLE', china('2026-12-08T00:00:00')],
    ]);
    const entries = await h.subgraph.orm.em.fork().count(CaseTimelineEntry, { case: c.id, action: 'REMINDED' });
    expect(entries).toBe(2);

    ok(await h.gql(MARK_READ, { id: ofCase[0].id }, t.cadreA1));
    const unread = ok(await h.gql<{ myCaseReminders: Reminder[] }>(REMINDERS, { u: true }, t.cadreA1));
    expect(unread.myCaseReminders.map((r) => r.id)).not.toContain(ofCase[0].id);
    expect(unread.myCaseReminders.map((r) => r.id)).toContain(ofCase[1].id);
    // someone else's reminder is not found; one without a cadre record has none
    expectError(await h.gql(MARK_READ, { id: ofCase[1].id }, t.secA1), 'CASE_REMINDER_NOT_FOUND', 'id');
    expect(ok(await h.gql<{ myCaseReminders: Reminder[] }>(REMINDERS, {}, t.secA1)).myCaseReminders).toEqual([]);
  });

  it('runs on pg-boss: scheduled every 15 minutes in China time, a queued run is worked, stop is clean', async () => {
    let runs = 0;
    const runner = await startJobRunner({
      databaseUrl: h.subgraph.orm.config.get('clientUrl') as string,
      log: h.subgraph.log,
      pollingIntervalSeconds: 0.5,
      jobs: [
        {
          name: CASE_ALERTS_JOB,
          cron: CASE_ALERTS_CRON,
          run: async () => {
            runs++;
            return runCaseAlerts(h.subgraph.orm.em.fork());
          },
        },
      ],
    });
    try {
      expect(await runner.schedules()).toEqual({
        [CASE_ALERTS_JOB]: { cron: '*/15 * * * *', timeZone: 'Asia/Shanghai' },
      });
      expect(await runner.runNow(CASE_ALERTS_JOB)).toBeTruthy();
      for (let i = 0; i < 100 && runs === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(runs).toBe(1);
    } finally {
      await runner.stop();
    }
  });
});
