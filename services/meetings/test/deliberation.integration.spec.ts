import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { principal, startHarness, type GraphqlResult, type Harness } from './support/harness.js';
import { pdfText } from './support/pdf-text.js';
import { loadDeliberationDemo } from '../src/modules/deliberation/index.js';

// 四议两公开 through the subgraph's API on a real database: the step machine, the rules per jurisdiction,
// the notices and their printout, the scoping.

const COUNTY = '430999';
const T1 = '430999001';
const A = '430999001001';
const A2 = '430999001002';
const T2 = '430999002';
const B = '430999002001';
const DAY = 24 * 60 * 60 * 1000;
const STEPS = [
  'PARTY_PROPOSAL',
  'JOINT_DELIBERATION',
  'PARTY_REVIEW',
  'REPRESENTATIVES_RESOLUTION',
  'RESOLUTION_DISCLOSED',
  'RESULT_DISCLOSED',
] as const;
type Step = (typeof STEPS)[number];
const KIND: Record<Step, string> = {
  PARTY_PROPOSAL: 'COMMITTEE',
  JOINT_DELIBERATION: 'COMMITTEE',
  PARTY_REVIEW: 'PARTY_ASSEMBLY',
  REPRESENTATIVES_RESOLUTION: 'REPRESENTATIVES_ASSEMBLY',
  RESOLUTION_DISCLOSED: '',
  RESULT_DISCLOSED: '',
};
const isVote = (s: Step): boolean => STEPS.indexOf(s) < 4;

const FIELDS = `id version villageCode title status currentStep agendaItemId village { code }
  records { step outcome meetingId meeting { id title } expectedCount presentCount votesFor votesAgainst votesAbstain
    rule noticeText postedFrom postedTo failureAction returnedTo failureReason superseded recordedBy }`;
const OPEN = `mutation($input: OpenDeliberationInput!) { openDeliberation(input: $input) { ${FIELDS} } }`;
const VOTE = `mutation($input: RecordDeliberationVoteInput!) { recordDeliberationVote(input: $input) { ${FIELDS} } }`;
const DISCLOSE = `mutation($input: RecordDeliberationDisclosureInput!) {
  recordDeliberationDisclosure(input: $input) { ${FIELDS} } }`;
const DECIDE = `mutation($input: DecideDeliberationFailureInput!) { decideDeliberationFailure(input: $input) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { deliberation(id: $id) { ${FIELDS} } }`;
const LIST = `query($regionCode: String, $status: DeliberationStatus, $first: Int) {
  deliberations(regionCode: $regionCode, status: $status, first: $first) {
    totalCount edges { node { id title villageCode status currentStep records { step outcome meeting { title } } } } } }`;
const PDF = `query($id: ID!, $step: DeliberationStep!) {
  deliberationNoticePdf(id: $id, step: $step) { fileName contentType contentBase64 } }`;
const RULES = `query($d: String) { deliberationRules(divisionCode: $d) {
  step divisionCode passBase minPostingDays description
  attendance { numerator denominator comparison } pass { numerator denominator comparison } } }`;
const SET_RULE = `mutation($input: SetDeliberationRuleInput!) { setDeliberationRule(input: $input) {
  step divisionCode minPostingDays attendance { numerator denominator comparison } } }`;
const RESET_RULE = `mutation($d: String!, $s: DeliberationStep!) { resetDeliberationRule(divisionCode: $d, step: $s) {
  step divisionCode } }`;

interface Rec {
  step: Step;
  outcome: string;
  meetingId: string | null;
  meeting: { id: string; title: string } | null;
  rule: string;
  superseded: boolean;
  failureAction: string | null;
  returnedTo: string | null;
  failureReason: string | null;
  noticeText: string | null;
}
interface Deliberation {
  id: string;
  version: number;
  villageCode: string;
  title: string;
  status: string;
  currentStep: Step | null;
  agendaItemId: string | null;
  village: { code: string };
  records: Rec[];
}

let h: Harness;
const tokens: Record<string, string> = {};

async function call<T>(query: string, variables: Record<string, unknown>, who: string): Promise<GraphqlResult<T>> {
  return h.request<T>(query, variables, { token: tokens[who] });
}
async function ok<T>(query: string, variables: Record<string, unknown>, who: string): Promise<T> {
  const res = await call<T>(query, variables, who);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}
/** The first error's code and field. */
async function refusal(query: string, variables: Record<string, unknown>, who: string) {
  const res = await call(query, variables, who);
  expect(res.errors?.length, `expected an error, got ${JSON.stringify(res.data)}`).toBeTruthy();
  const e = res.errors![0]!;
  expect(e.message).toMatch(/[\u4e00-\u9fff]/);
  return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
}

// meetings are H2's; here they are rows in the state the steps need (held, of a kind, on a day)
let clock = 200;
async function meeting(village: string, kind: string, status = 'HELD', daysAgo = clock--): Promise<string> {
  const id = v7();
  await h.subgraph.orm.em
    .getConnection()
    .execute(
      'insert into meeting (id, kind, village_code, date, title, status, version) values (?, ?, ?, ?, ?, ?, 1)',
      [id, kind, village, new Date(Date.now() - daysAgo * DAY), `${kind}-${daysAgo}`, status],
    );
  return id;
}
const day = (daysAgo: number): string => todayInChina(new Date(Date.now() - daysAgo * DAY));

const open = async (village: string, title: string, who = 'secretaryA'): Promise<Deliberation> =>
  (await ok<{ openDeliberation: Deliberation }>(OPEN, { input: { villageCode: village, title } }, who))
    .openDeliberation;

type Tally = {
  expectedCount: number;
  presentCount: number;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
};
const PASSING: Tally = { expectedCount: 9, presentCount: 9, votesFor: 8, votesAgainst: 1, votesAbstain: 0 };

function voteInput(d: Deliberation, step: Step, meetingId: string, tally: Tally = PASSING) {
  return { input: { deliberationId: d.id, version: d.version, step, meetingId, ...tally } };
}
async function vote(d: Deliberation, step: Step, tally: Tally = PASSING, who = 'secretaryA'): Promise<Deliberation> {
  const m = await meeting(d.villageCode, KIND[step]);
  return (await ok<{ recordDeliberationVote: Deliberation }>(VOTE, voteInput(d, step, m, tally), who))
    .recordDeliberationVote;
}
function disclosureInput(d: Deliberation, step: Step, from: string, to: string, text = `${d.title}：公示内容`) {
  return {
    input: { deliberationId: d.id, version: d.version, step, noticeText: text, postedFrom: from, postedTo: to },
  };
}
async function disclose(d: Deliberation, step: Step, from: string, to: string, text?: string): Promise<Deliberation> {
  return (
    await ok<{ recordDeliberationDisclosure: Deliberation }>(
      DISCLOSE,
      disclosureInput(d, step, from, to, text),
      'secretaryA',
    )
  ).recordDeliberationDisclosure;
}
/** Takes the current step with inputs that pass: a held meeting of its kind, or a notice of 7 days. */
async function takeStep(d: Deliberation): Promise<Deliberation> {
  const step = d.currentStep!;
  if (isVote(step)) return vote(d, step);
  clock -= 10;
  const from = day(clock);
  return disclose(d, step, from, day(clock - 6));
}

beforeAll(async () => {
  h = await startHarness();
  const roles: [string, Role, string][] = [
    ['secretaryA', Role.VILLAGE_SECRETARY, A],
    ['secretaryB', Role.VILLAGE_SECRETARY, B],
    ['township1', Role.TOWNSHIP_ADMIN, T1],
    ['township2', Role.TOWNSHIP_ADMIN, T2],
    ['county', Role.COUNTY_ADMIN, COUNTY],
    ['department', Role.COUNTY_DEPARTMENT, COUNTY],
    ['auditor', Role.AUDITOR, COUNTY],
  ];
  for (const [name, role, code] of roles) tokens[name] = await h.token(principal(role, code));
}, 60_000);
afterAll(async () => h?.stop());
beforeEach(() => {
  h.queries.length = 0;
});

describe('the six steps (四议两公开)', () => {
  it('takes a matter through all six steps in order, each vote at a held meeting, then completes it', async () => {
    let d = await open(A, '村道硬化工程');
    expect(d).toMatchObject({ status: 'IN_PROGRESS', currentStep: 'PARTY_PROPOSAL', villageCode: A, records: [] });
    expect(d.village.code).toBe(A);
    for (const step of STEPS.slice(0, 4)) {
      d = await vote(d, step, { expectedCount: 30, presentCount: 25, votesFor: 20, votesAgainst: 3, votesAbstain: 2 });
      expect(d.records.at(-1)).toMatchObject({ step, outcome: 'PASSED', superseded: false });
      expect(d.records.at(-1)!.meeting!.title).toContain(KIND[step]);
    }
    expect(d.currentStep).toBe('RESOLUTION_DISCLOSED');
    d = await disclose(
      d,
      'RESOLUTION_DISCLOSED',
      day(100),
      day(94),
      '村民代表会议决议：硬化村道 2.3 公里，预算 46 万元。',
    );
    d = await disclose(d, 'RESULT_DISCLOSED', day(20), day(14), '村道硬化已完工，决算 45.2 万元，经验收合格。');
    expect(d).toMatchObject({ status: 'COMPLETED', currentStep: null });
    expect(d.records.map((r) => [r.step, r.outcome])).toEqual([
      ['PARTY_PROPOSAL', 'PASSED'],
      ['JOINT_DELIBERATION', 'PASSED'],
      ['PARTY_REVIEW', 'PASSED'],
      ['REPRESENTATIVES_RESOLUTION', 'PASSED'],
      ['RESOLUTION_DISCLOSED', 'DISCLOSED'],
      ['RESULT_DISCLOSED', 'DISCLOSED'],
    ]);
    expect(d.records[3]!.rule).toBe('到会人数不少于2/3应到人数；赞成票超过1/2实到人数');
    expect(d.records[4]!.rule).toBe('公示不少于 7 天');
    // a completed matter takes nothing more
    const again = await refusal(DISCLOSE, disclosureInput(d, 'RESULT_DISCLOSED', day(5), day(1)), 'secretaryA');
    expect(again).toMatchObject({ code: 'DELIBERATION_STATUS_INVALID', field: 'deliberationId' });
  });

  it('refuses every skip and every reorder: at each step, only that step is taken', async () => {
    let d = await open(A, '村集体鱼塘发包');
    for (const current of STEPS) {
      for (const other of STEPS.filter((s) => s !== current)) {
        const m = isVote(other) ? await meeting(A, KIND[other]) : '';
        const attempt = isVote(other)
          ? await refusal(VOTE, voteInput(d, other, m), 'secretaryA')
          : await refusal(DISCLOSE, disclosureInput(d, other, day(clock - 1), day(clock - 8)), 'secretaryA');
        expect(attempt, `${other} while at ${current}`).toMatchObject({
          code: 'DELIBERATION_STEP_ORDER_INVALID',
          field: 'step',
        });
      }
      // nor the current step through the other kind of record (a notice for a vote, a vote for a notice)
      const wrongKind = isVote(current)
        ? await refusal(DISCLOSE, disclosureInput(d, current, day(clock - 1), day(clock - 8)), 'secretaryA')
        : await refusal(VOTE, voteInput(d, current, await meeting(A, 'COMMITTEE')), 'secretaryA');
      expect(wrongKind).toMatchObject({ code: 'DELIBERATION_STEP_ORDER_INVALID', field: 'step' });
      d = await takeStep(d);
    }
    expect(d.status).toBe('COMPLETED');
    expect(d.records).toHaveLength(6);
  });

  it('takes a vote only at a held meeting of the step’s kind, in the village, after the step before', async () => {
    let d = await open(A, '修建文化广场');
    const cases: [string, string][] = [
      [await meeting(A, 'PARTY_ASSEMBLY'), 'DELIBERATION_MEETING_ID_INVALID'],
      [await meeting(A, 'COMMITTEE', 'NOTICED'), 'DELIBERATION_MEETING_ID_INVALID'],
      // outside the secretary's village: not found, as an unknown id
      [await meeting(A2, 'COMMITTEE'), 'MEETING_NOT_FOUND'],
      [await meeting(B, 'COMMITTEE'), 'MEETING_NOT_FOUND'],
      [v7(), 'MEETING_NOT_FOUND'],
      ['not-an-id', 'MEETING_NOT_FOUND'],
    ];
    for (const [m, code] of cases)
      expect(await refusal(VOTE, voteInput(d, 'PARTY_PROPOSAL', m), 'secretaryA')).toMatchObject({
        code,
        field: 'meetingId',
      });
    // the township sees both villages: another village's meeting is the wrong meeting, not an unknown one
    const inA2 = await refusal(VOTE, voteInput(d, 'PARTY_PROPOSAL', await meeting(A2, 'COMMITTEE')), 'township1');
    expect(inA2).toMatchObject({ code: 'DELIBERATION_MEETING_ID_INVALID', field: 'meetingId' });
    const later = await meeting(A, 'COMMITTEE', 'HELD', 10);
    d = (await ok<{ recordDeliberationVote: Deliberation }>(VOTE, voteInput(d, 'PARTY_PROPOSAL', later), 'secretaryA'))
      .recordDeliberationVote;
    // the same meeting again, or one held before the proposal, cannot carry the next step
    for (const m of [later, await meeting(A, 'COMMITTEE', 'HELD', 11)])
      expect(await refusal(VOTE, voteInput(d, 'JOINT_DELIBERATION', m), 'secretaryA')).toMatchObject({
        code: 'DELIBERATION_MEETING_ID_INVALID',
        field: 'meetingId',
      });
  });

  it('checks the tally: votes ≤ present ≤ expected, whole numbers, and the version the caller saw', async () => {
    const d = await open(A, '计票检查');
    const m = await meeting(A, 'COMMITTEE');
    const bad: [Partial<Tally>, string][] = [
      [{ presentCount: 10, expectedCount: 9 }, 'DELIBERATION_PRESENT_COUNT_INVALID'],
      [{ votesFor: 6, votesAgainst: 2, votesAbstain: 2 }, 'DELIBERATION_VOTES_FOR_INVALID'],
      [{ votesAgainst: -1 }, 'DELIBERATION_VOTES_AGAINST_INVALID'],
      [{ expectedCount: 0, presentCount: 0, votesFor: 0, votesAgainst: 0 }, 'DELIBERATION_EXPECTED_COUNT_INVALID'],
    ];
    for (const [tally, code] of bad) {
      const input = voteInput(d, 'PARTY_PROPOSAL', m, { ...PASSING, presentCount: 9, ...tally } as Tally);
      const field = code.replace('DELIBERATION_', '').replace('_INVALID', '');
      const e = await refusal(VOTE, input, 'secretaryA');
      expect(e.code).toBe(code);
      expect(e.field!.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()).toBe(field);
    }
    const stale = await refusal(
      VOTE,
      { input: { ...voteInput(d, 'PARTY_PROPOSAL', m).input, version: 99 } },
      'secretaryA',
    );
    expect(stale.code).toBe('CONFLICT');
  });
});

describe('a failed quorum or vote', () => {
  it('a quorum failure waits for a decision, then ends the matter with the reason in the history', async () => {
    let d = await open(A, '村部改建');
    d = await vote(d, 'PARTY_PROPOSAL', {
      expectedCount: 7,
      presentCount: 3,
      votesFor: 3,
      votesAgainst: 0,
      votesAbstain: 0,
    });
    expect(d).toMatchObject({ status: 'AWAITING_DECISION', currentStep: 'PARTY_PROPOSAL' });
    expect(d.records[0]).toMatchObject({ outcome: 'QUORUM_FAILED', failureAction: null });
    // nothing goes on until someone decides
    const next = await refusal(VOTE, voteInput(d, 'JOINT_DELIBERATION', await meeting(A, 'COMMITTEE')), 'secretaryA');
    expect(next).toMatchObject({ code: 'DELIBERATION_STEP_ORDER_INVALID', field: 'step' });
    const same = await refusal(VOTE, voteInput(d, 'PARTY_PROPOSAL', await meeting(A, 'COMMITTEE')), 'secretaryA');
    expect(same).toMatchObject({ code: 'DELIBERATION_STEP_ORDER_INVALID', field: 'step' });
    const noReason = await refusal(
      DECIDE,
      { input: { deliberationId: d.id, version: d.version, action: 'END', reason: ' ' } },
      'secretaryA',
    );
    expect(noReason).toMatchObject({ code: 'DELIBERATION_REASON_INVALID', field: 'reason' });
    d = (
      await ok<{ decideDeliberationFailure: Deliberation }>(
        DECIDE,
        { input: { deliberationId: d.id, version: d.version, action: 'END', reason: '多数委员外出务工，事项暂缓' } },
        'secretaryA',
      )
    ).decideDeliberationFailure;
    expect(d).toMatchObject({ status: 'ENDED', currentStep: null });
    expect(d.records[0]).toMatchObject({ failureAction: 'END', failureReason: '多数委员外出务工，事项暂缓' });
    const after = await refusal(VOTE, voteInput(d, 'PARTY_PROPOSAL', await meeting(A, 'COMMITTEE')), 'secretaryA');
    expect(after).toMatchObject({ code: 'DELIBERATION_STATUS_INVALID', field: 'deliberationId' });
  });

  it('a failed vote returns the matter to an earlier step; the old records stay, superseded, and it goes on', async () => {
    let d = await open(A, '土地流转方案');
    for (const step of STEPS.slice(0, 3)) d = await vote(d, step);
    // two thirds present, but only 10 of 21 present for: not more than half
    d = await vote(d, 'REPRESENTATIVES_RESOLUTION', {
      expectedCount: 30,
      presentCount: 21,
      votesFor: 10,
      votesAgainst: 9,
      votesAbstain: 2,
    });
    expect(d).toMatchObject({ status: 'AWAITING_DECISION', currentStep: 'REPRESENTATIVES_RESOLUTION' });
    expect(d.records.at(-1)!.outcome).toBe('VOTE_FAILED');
    const base = { deliberationId: d.id, version: d.version, action: 'RETURN', reason: '方案修改后重新商议' };
    for (const returnTo of ['RESULT_DISCLOSED', 'RESOLUTION_DISCLOSED', null])
      expect(await refusal(DECIDE, { input: { ...base, returnTo } }, 'secretaryA')).toMatchObject({
        code: 'DELIBERATION_RETURN_TO_INVALID',
        field: 'returnTo',
      });
    d = (
      await ok<{ decideDeliberationFailure: Deliberation }>(
        DECIDE,
        { input: { ...base, returnTo: 'JOINT_DELIBERATION' } },
        'secretaryA',
      )
    ).decideDeliberationFailure;
    expect(d).toMatchObject({ status: 'IN_PROGRESS', currentStep: 'JOINT_DELIBERATION' });
    expect(d.records.map((r) => [r.step, r.superseded])).toEqual([
      ['PARTY_PROPOSAL', false],
      ['JOINT_DELIBERATION', true],
      ['PARTY_REVIEW', true],
      ['REPRESENTATIVES_RESOLUTION', true],
    ]);
    expect(d.records[3]).toMatchObject({ failureAction: 'RETURN', returnedTo: 'JOINT_DELIBERATION' });
    const nothingPending = await refusal(
      DECIDE,
      { input: { ...base, version: d.version, action: 'END' } },
      'secretaryA',
    );
    expect(nothingPending).toMatchObject({ code: 'DELIBERATION_ACTION_INVALID', field: 'action' });
    // the steps from the return on are taken again, and the matter completes
    while (d.currentStep) d = await takeStep(d);
    expect(d.status).toBe('COMPLETED');
    expect(d.records.filter((r) => !r.superseded).map((r) => r.step)).toEqual([...STEPS]);
    expect(d.records).toHaveLength(9);
  });
});

describe('the rules per jurisdiction (settings)', () => {
  const rep = (rules: { step: string; divisionCode: string | null; attendance: unknown }[]) =>
    rules.find((r) => r.step === 'REPRESENTATIVES_RESOLUTION')!;
  const setRep = (divisionCode: string, numerator: number, denominator: number, who: string) =>
    call(
      SET_RULE,
      {
        input: {
          divisionCode,
          step: 'REPRESENTATIVES_RESOLUTION',
          attendanceNumerator: numerator,
          attendanceDenominator: denominator,
          attendanceComparison: 'AT_LEAST',
          passNumerator: 1,
          passDenominator: 2,
          passComparison: 'MORE_THAN',
          passBase: 'PRESENT',
        },
      },
      who,
    );
  type Rules = { deliberationRules: { step: string; divisionCode: string | null; attendance: unknown }[] };
  const rulesOf = async (code: string, who = 'county') => (await ok<Rules>(RULES, { d: code }, who)).deliberationRules;

  it('the village’s rule overrides the township’s, which overrides the county’s, which overrides the law', async () => {
    const defaults = await rulesOf(A);
    expect(defaults.map((r) => r.step)).toEqual([...STEPS]);
    expect(rep(defaults)).toMatchObject({
      divisionCode: null,
      attendance: { numerator: 2, denominator: 3, comparison: 'AT_LEAST' },
    });
    expect((await setRep(COUNTY, 7, 10, 'county')).errors).toBeUndefined();
    expect((await setRep(T1, 3, 4, 'township1')).errors).toBeUndefined();
    expect((await setRep(A, 4, 5, 'township1')).errors).toBeUndefined();
    expect(rep(await rulesOf(A))).toMatchObject({ divisionCode: A, attendance: { numerator: 4, denominator: 5 } });
    expect(rep(await rulesOf(A2))).toMatchObject({ divisionCode: T1, attendance: { numerator: 3, denominator: 4 } });
    expect(rep(await rulesOf(B))).toMatchObject({
      divisionCode: COUNTY,
      attendance: { numerator: 7, denominator: 10 },
    });
    // the village's own rule decides its votes: 23 of 30 is three quarters, not four fifths
    let d = await open(A, '规则检查');
    for (const step of STEPS.slice(0, 3)) d = await vote(d, step);
    d = await vote(d, 'REPRESENTATIVES_RESOLUTION', {
      expectedCount: 30,
      presentCount: 23,
      votesFor: 20,
      votesAgainst: 3,
      votesAbstain: 0,
    });
    expect(d.records.at(-1)).toMatchObject({
      outcome: 'QUORUM_FAILED',
      rule: '到会人数不少于4/5应到人数；赞成票超过1/2实到人数',
    });
    // reset: the township's applies again
    const reset = await ok<{ resetDeliberationRule: { divisionCode: string } }>(
      RESET_RULE,
      { d: A, s: 'REPRESENTATIVES_RESOLUTION' },
      'township1',
    );
    expect(reset.resetDeliberationRule.divisionCode).toBe(T1);
    for (const code of [A, T1, COUNTY]) await call(RESET_RULE, { d: code, s: 'REPRESENTATIVES_RESOLUTION' }, 'county');
    expect(rep(await rulesOf(A)).divisionCode).toBeNull();
  });

  it('refuses a rule looser than the law, and a change by someone who does not manage that division', async () => {
    const looser = await setRep(T1, 1, 2, 'township1');
    expect(looser.errors?.[0]?.extensions).toMatchObject({
      code: 'DELIBERATION_RULE_ATTENDANCE_NUMERATOR_INVALID',
      field: 'attendanceNumerator',
    });
    expect(looser.errors?.[0]?.message).toContain('不能低于法定要求');
    expect((await setRep(B, 3, 4, 'township1')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await setRep(A, 3, 4, 'secretaryA')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const days = await call(
      SET_RULE,
      { input: { divisionCode: T1, step: 'RESOLUTION_DISCLOSED', minPostingDays: 0 } },
      'township1',
    );
    expect(days.errors?.[0]?.extensions).toMatchObject({
      code: 'DELIBERATION_RULE_MIN_POSTING_DAYS_INVALID',
      field: 'minPostingDays',
    });
  });

  it('the minimum posting days of a township apply to its villages’ notices', async () => {
    const set = await ok<{ setDeliberationRule: { minPostingDays: number; divisionCode: string } }>(
      SET_RULE,
      { input: { divisionCode: T1, step: 'RESOLUTION_DISCLOSED', minPostingDays: 10 } },
      'township1',
    );
    expect(set.setDeliberationRule).toMatchObject({ minPostingDays: 10, divisionCode: T1 });
    let d = await open(A, '公示天数检查');
    for (const step of STEPS.slice(0, 4)) d = await vote(d, step);
    clock -= 20;
    const short = await refusal(
      DISCLOSE,
      disclosureInput(d, 'RESOLUTION_DISCLOSED', day(clock), day(clock - 8)),
      'secretaryA',
    );
    expect(short).toMatchObject({ code: 'DELIBERATION_POSTED_TO_INVALID', field: 'postedTo' });
    expect(short.message).toContain('不少于 10 天');
    d = await disclose(d, 'RESOLUTION_DISCLOSED', day(clock), day(clock - 9));
    expect(d.records.at(-1)!.rule).toBe('公示不少于 10 天');
    await call(RESET_RULE, { d: T1, s: 'RESOLUTION_DISCLOSED' }, 'township1');
  });
});

describe('the notices (两公开)', () => {
  it('checks the posting dates: valid, in order, long enough, after the resolution, results after its notice', async () => {
    let d = await open(A, '公示日期检查');
    for (const step of STEPS.slice(0, 4)) d = await vote(d, step);
    const lastMeetingDay = clock + 1;
    const bad: [string, string, string][] = [
      ['2026-02-30', day(1), 'postedFrom'],
      [day(10), 'soon', 'postedTo'],
      [day(10), day(12), 'postedTo'],
      [day(10), day(5), 'postedTo'],
      [day(lastMeetingDay + 1), day(lastMeetingDay - 10), 'postedFrom'],
      [day(-40), day(-50), 'postedFrom'],
    ];
    for (const [from, to, field] of bad)
      expect(
        await refusal(DISCLOSE, disclosureInput(d, 'RESOLUTION_DISCLOSED', from, to), 'secretaryA'),
        `${from}..${to}`,
      ).toMatchObject({ code: `DELIBERATION_${field === 'postedFrom' ? 'POSTED_FROM' : 'POSTED_TO'}_INVALID`, field });
    const empty = await refusal(
      DISCLOSE,
      disclosureInput(d, 'RESOLUTION_DISCLOSED', day(30), day(20), '  '),
      'secretaryA',
    );
    expect(empty).toMatchObject({ code: 'DELIBERATION_NOTICE_TEXT_INVALID', field: 'noticeText' });
    d = await disclose(d, 'RESOLUTION_DISCLOSED', day(30), day(20));
    // the results are posted once the resolution's notice period is over
    const early = await refusal(DISCLOSE, disclosureInput(d, 'RESULT_DISCLOSED', day(22), day(10)), 'secretaryA');
    expect(early).toMatchObject({ code: 'DELIBERATION_POSTED_FROM_INVALID', field: 'postedFrom' });
    d = await disclose(d, 'RESULT_DISCLOSED', day(19), day(12));
    expect(d.status).toBe('COMPLETED');
  });

  it('prints each notice as a PDF that carries its text, the posting days and the votes', async () => {
    let d = await open(A, '自来水管网改造');
    for (const step of STEPS.slice(0, 4)) d = await vote(d, step);
    const noPdfYet = await refusal(PDF, { id: d.id, step: 'RESOLUTION_DISCLOSED' }, 'secretaryA');
    expect(noPdfYet).toMatchObject({ code: 'DELIBERATION_STEP_INVALID', field: 'step' });
    d = await disclose(d, 'RESOLUTION_DISCLOSED', day(30), day(24), '决定改造自来水管网 3.5 公里，由村集体统一招标。');
    type File = { deliberationNoticePdf: { fileName: string; contentType: string; contentBase64: string } | null };
    const file = (await ok<File>(PDF, { id: d.id, step: 'RESOLUTION_DISCLOSED' }, 'township1')).deliberationNoticePdf!;
    expect(file).toMatchObject({ fileName: '关于自来水管网改造的决议公示.pdf', contentType: 'application/pdf' });
    const bytes = Buffer.from(file.contentBase64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('关于自来水管网改造的决议公示');
    expect(text).toContain('决定改造自来水管网 3.5 公里，由村集体统一招标。');
    expect(text).toContain('村民代表会议或村民会议决议');
    const [y, m, dd] = day(30).split('-').map(Number);
    expect(text).toContain(`公示期：${y}年${m}月${dd}日至`);
    expect(await refusal(PDF, { id: d.id, step: 'PARTY_REVIEW' }, 'secretaryA')).toMatchObject({
      code: 'DELIBERATION_STEP_INVALID',
      field: 'step',
    });
    // not in the caller's jurisdiction: no file, no difference from an unknown id
    for (const [id, who] of [
      [d.id, 'secretaryB'],
      [v7(), 'secretaryA'],
    ] as const)
      expect((await ok<File>(PDF, { id, step: 'RESOLUTION_DISCLOSED' }, who)).deliberationNoticePdf).toBeNull();
  });
});

describe('opened for a forum item (公共重大事项)', () => {
  const RAISE = `mutation($input: RaiseAgendaItemInput!) { raiseAgendaItem(input: $input) { id track villageCode } }`;
  const raise = async (track: string, title: string): Promise<string> => {
    const forum = await meeting(A, 'VILLAGERS_FORUM');
    const input = { meetingId: forum, track, title, description: `${title}，群众提出`, kind: 'SUGGESTION' };
    const item = await ok<{ raiseAgendaItem: { id: string } }>(
      RAISE,
      { input: { ...input, domain: 'INFRASTRUCTURE', raisedByName: '张三' } },
      'secretaryA',
    );
    return item.raiseAgendaItem.id;
  };

  it('takes its village and title from the item, once while under way, and only for a major public matter', async () => {
    const item = await raise('MAJOR_PUBLIC', '修建村级养老服务站');
    const d = (await ok<{ openDeliberation: Deliberation }>(OPEN, { input: { agendaItemId: item } }, 'secretaryA'))
      .openDeliberation;
    expect(d).toMatchObject({ agendaItemId: item, villageCode: A, title: '修建村级养老服务站' });
    const twice = await refusal(OPEN, { input: { agendaItemId: item } }, 'secretaryA');
    expect(twice).toMatchObject({ code: 'DELIBERATION_AGENDA_ITEM_ID_INVALID', field: 'agendaItemId' });
    const small = await raise('VILLAGE', '路灯不亮');
    expect(await refusal(OPEN, { input: { agendaItemId: small } }, 'secretaryA')).toMatchObject({
      code: 'DELIBERATION_AGENDA_ITEM_ID_INVALID',
      field: 'agendaItemId',
    });
    const otherVillage = await refusal(OPEN, { input: { agendaItemId: item, villageCode: A2 } }, 'township1');
    expect(otherVillage).toMatchObject({ code: 'DELIBERATION_VILLAGE_CODE_INVALID', field: 'villageCode' });
    for (const [id, who] of [
      [item, 'secretaryB'],
      [v7(), 'secretaryA'],
    ] as const)
      expect(await refusal(OPEN, { input: { agendaItemId: id } }, who)).toMatchObject({
        code: 'AGENDA_ITEM_NOT_FOUND',
        field: 'agendaItemId',
      });
  });
});

describe('scoping', () => {
  it('each level sees and changes only the matters of its villages', async () => {
    const inA = await open(A, '范围检查 A');
    const inA2 = await open(A2, '范围检查 A2', 'township1');
    const inB = await open(B, '范围检查 B', 'secretaryB');
    const seen = async (who: string, regionCode?: string) =>
      (
        await ok<{ deliberations: { edges: { node: { id: string } }[] } }>(LIST, { regionCode, first: 100 }, who)
      ).deliberations.edges.map((e) => e.node.id);
    const mine = [inA.id, inA2.id, inB.id];
    const visible = async (who: string, regionCode?: string) =>
      (await seen(who, regionCode)).filter((id) => mine.includes(id)).sort();
    expect(await visible('secretaryA')).toEqual([inA.id]);
    expect(await visible('secretaryB')).toEqual([inB.id]);
    expect(await visible('township1')).toEqual([inA.id, inA2.id].sort());
    expect(await visible('township2')).toEqual([inB.id]);
    expect(await visible('county')).toEqual([...mine].sort());
    expect(await visible('department')).toEqual([...mine].sort());
    expect(await visible('county', A2)).toEqual([inA2.id]);
    // a region outside the caller's jurisdiction is refused, not answered empty
    expect((await call(LIST, { regionCode: T2 }, 'township1')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok<{ deliberation: unknown }>(ONE, { id: inA.id }, 'secretaryB')).deliberation).toBeNull();
    expect((await ok<{ deliberation: unknown }>(ONE, { id: 'x' }, 'secretaryA')).deliberation).toBeNull();
    expect((await call(LIST, {}, 'auditor')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // writes: a foreign matter is not found; a foreign village cannot be opened; readers cannot write
    const foreign = await refusal(VOTE, voteInput(inA, 'PARTY_PROPOSAL', await meeting(A, 'COMMITTEE')), 'secretaryB');
    expect(foreign).toMatchObject({ code: 'DELIBERATION_NOT_FOUND', field: 'deliberationId' });
    expect((await refusal(OPEN, { input: { villageCode: B, title: '越界' } }, 'secretaryA')).code).toBe('FORBIDDEN');
    expect((await refusal(OPEN, { input: { villageCode: A, title: '只读' } }, 'department')).code).toBe('FORBIDDEN');
    const township = await ok<{ recordDeliberationVote: Deliberation }>(
      VOTE,
      voteInput(inA2, 'PARTY_PROPOSAL', await meeting(A2, 'COMMITTEE')),
      'township1',
    );
    expect(township.recordDeliberationVote.currentStep).toBe('JOINT_DELIBERATION');
    expect((await refusal(OPEN, { input: { villageCode: '4309', title: 'x' } }, 'county')).field).toBe('villageCode');
    expect((await refusal(OPEN, { input: { villageCode: A, title: '' } }, 'secretaryA')).field).toBe('title');
  });

  it('lists with each matter’s history and meetings in a fixed number of statements, however many rows', async () => {
    for (let i = 0; i < 6; i++) {
      let d = await open(A2, `批量 ${i}`, 'township1');
      for (let s = 0; s < 3; s++) d = await vote(d, d.currentStep!, PASSING, 'township1');
    }
    const count = async (first: number): Promise<number> => {
      h.queries.length = 0;
      const data = await ok<{ deliberations: { edges: { node: { records: { meeting: unknown }[] } }[] } }>(
        LIST,
        { regionCode: A2, first },
        'township1',
      );
      expect(data.deliberations.edges.length).toBe(first);
      expect(data.deliberations.edges.every((e) => e.node.records.every((r) => r.meeting))).toBe(true);
      return h.queries.length;
    };
    const two = await count(2);
    expect(await count(6)).toBe(two);
    expect(two).toBeLessThanOrEqual(4);
  });
});

describe('demo data', () => {
  it('opens the major matter its party assembly reviewed, three steps passed, at the representatives’ vote', async () => {
    const village = '430999003001';
    const at = (daysAgo: number): string => new Date(Date.now() - daysAgo * DAY).toISOString();
    const rows = [
      { id: v7(), kind: 'COMMITTEE', villageCode: village, date: at(30), title: '两委会议' },
      { id: v7(), kind: 'COMMITTEE', villageCode: village, date: at(20), title: '两委会议' },
      {
        id: v7(),
        kind: 'PARTY_ASSEMBLY',
        villageCode: village,
        date: at(10),
        title: '党员大会（审议：修建村级活动广场，预算 30 万元）',
      },
      { id: v7(), kind: 'PARTY_ASSEMBLY', villageCode: village, date: at(-10), title: '党员大会（审议：明年的事）' },
    ];
    expect(await loadDeliberationDemo(h.subgraph.orm.em.fork(), rows)).toBe(1);
    const list = await ok<{ deliberations: { edges: { node: Deliberation }[] } }>(
      LIST,
      { regionCode: village },
      'county',
    );
    const [d] = list.deliberations.edges.map((e) => e.node);
    expect(d).toMatchObject({
      title: '修建村级活动广场',
      status: 'IN_PROGRESS',
      currentStep: 'REPRESENTATIVES_RESOLUTION',
    });
    expect(d!.records.map((r) => [r.step, r.outcome])).toEqual([
      ['PARTY_PROPOSAL', 'PASSED'],
      ['JOINT_DELIBERATION', 'PASSED'],
      ['PARTY_REVIEW', 'PASSED'],
    ]);
  });
});
