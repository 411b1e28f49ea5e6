import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VILLAGE_A1, TOWN_A, COUNTY, ids } from './fixture.js';
import { cadreX, caseApi, expectError, startCaseWorld, type CaseWorld } from './case.fixture.js';

let w: CaseWorld;
let api: ReturnType<typeof caseApi>;

beforeAll(async () => {
  w = await startCaseWorld();
  api = caseApi(w);
});
afterAll(() => w.h.stop());

const ALL = [
  'REPORTED',
  'ACCEPTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'ESCALATED',
  'RETURNED',
  'SUSPENDED',
  'RESOLVED',
  'CONFIRMED',
  'CLOSED',
];
const OPEN_BEFORE_RESOLVE = ['REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ESCALATED', 'RETURNED', 'SUSPENDED'];

/** Written out by hand from the contract: action → the statuses it starts from → the status it leads to. */
const ALLOWED: Record<string, [string[], string | null]> = {
  ACCEPT: [['REPORTED', 'ESCALATED', 'RETURNED'], 'ACCEPTED'],
  ASSIGN: [['ACCEPTED', 'IN_PROGRESS'], 'ASSIGNED'],
  START: [['ASSIGNED'], 'IN_PROGRESS'],
  ESCALATE: [['REPORTED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'RETURNED'], 'ESCALATED'],
  RETURN: [['ESCALATED', 'ACCEPTED'], 'RETURNED'],
  SUSPEND: [['IN_PROGRESS'], 'SUSPENDED'],
  RESUME: [['SUSPENDED'], 'IN_PROGRESS'],
  RESOLVE: [['IN_PROGRESS', 'ASSIGNED'], 'RESOLVED'],
  FEEDBACK: [['RESOLVED'], 'CONFIRMED'],
  CLOSE: [['CONFIRMED'], 'CLOSED'],
  REOPEN: [['CLOSED', 'CONFIRMED'], 'IN_PROGRESS'],
  REQUEST_EXTENSION: [['ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'SUSPENDED'], null],
  APPROVE_EXTENSION: [OPEN_BEFORE_RESOLVE, null],
  REJECT_EXTENSION: [OPEN_BEFORE_RESOLVE, null],
};
const INPUT: Record<string, object> = {
  ASSIGN: { cadreId: ids.cadreA1 },
  RESOLVE: { closeType: 'RESOLVED', result: '已协调镇住建办上门核查并申报补助' },
  FEEDBACK: { satisfaction: 'SATISFIED', feedback: '很满意' },
  REQUEST_EXTENSION: { days: 5, reason: '等待镇里审批' },
};

describe('case transitions: every status × every action, by the village secretary at the village level', () => {
  let id: string;
  beforeAll(async () => {
    id = (await api.raise('secA1')).id;
  });

  for (const [action, [from, to]] of Object.entries(ALLOWED)) {
    it(`${action}: allowed from ${from.join(', ')}; refused from the rest`, async () => {
      for (const status of ALL) {
        // a village case that came up from the grid (so it can go back), a pending extension for the approvals
        const pending = action === 'APPROVE_EXTENSION' || action === 'REJECT_EXTENSION';
        await api.force(id, {
          status,
          level: 'VILLAGE',
          originLevel: 'GRID',
          divisionCode: VILLAGE_A1,
          objectionUntil: new Date(Date.now() + 86_400_000),
          extensionRequestDays: pending ? 3 : null,
          extensionRequestReason: pending ? '等待审批' : null,
        });
        const c = (await api.get('secA1', id))!;
        const res = await api.moveRaw('secA1', {
          caseId: id,
          version: c.version,
          action,
          reason: '按规定办理',
          ...INPUT[action],
        });
        if (from.includes(status)) {
          const after = res.data?.transitionCase;
          expect(res.errors, `${action} from ${status}: ${JSON.stringify(res.errors)}`).toBeUndefined();
          expect(after!.status, `${action} from ${status}`).toBe(to ?? status);
          expect(after!.timeline.at(-1)).toMatchObject({ action, fromStatus: status, toStatus: to ?? status });
        } else {
          expectError(res, 'CASE_TRANSITION_INVALID', 'action');
          expect((await api.get('secA1', id))!.status, `${action} from ${status} changed nothing`).toBe(status);
        }
      }
    });
  }
});

describe('case levels: grid → village → township and back', () => {
  it('escalates with a reason up to the township, which returns it; the timeline says who and why', async () => {
    let c = await api.raise('leaderA1');
    expect(c).toMatchObject({ status: 'REPORTED', level: 'GRID', divisionCode: VILLAGE_A1 });
    expectError(
      await api.moveRaw('leaderA1', { caseId: c.id, version: c.version, action: 'ESCALATE' }),
      'CASE_REASON_INVALID',
      'reason',
    );
    c = await api.act('leaderA1', c, 'ESCALATE', { reason: '网格内无法解决，需村里协调' });
    expect(c).toMatchObject({ status: 'ESCALATED', level: 'VILLAGE', divisionCode: VILLAGE_A1, escalationCount: 1 });
    // the grid leader no longer decides it; the village does
    expect(c.availableActions).not.toContain('ACCEPT');
    c = await api.act('secA1', c, 'ACCEPT');
    c = await api.act('secA1', c, 'ESCALATE', { reason: '涉及危房改造补助，需乡镇审批' });
    expect(c).toMatchObject({ status: 'ESCALATED', level: 'TOWNSHIP', divisionCode: TOWN_A, escalationCount: 2 });
    expect(c.flags).toContain('BOUNCED');
    // the village sees it but cannot act on it any more
    const seenByVillage = (await api.get('secA1', c.id))!;
    expect(seenByVillage.availableActions).toEqual([]);
    expectError(await api.moveRaw('secA1', { caseId: c.id, version: c.version, action: 'ACCEPT' }), 'FORBIDDEN');
    // an escalated case is accepted or sent back before it can go higher
    expect((await api.get('townA', c.id))!.availableActions).toEqual(['ACCEPT', 'RETURN']);
    c = await api.act('townA', c, 'RETURN', { reason: '村里先核实房屋情况' });
    expect(c).toMatchObject({ status: 'RETURNED', level: 'VILLAGE', divisionCode: VILLAGE_A1, returnCount: 1 });
    expect(c.timeline.map((e) => [e.action, e.fromLevel, e.toLevel, e.reason])).toEqual([
      ['RAISED', null, 'GRID', null],
      ['ESCALATE', 'GRID', 'VILLAGE', '网格内无法解决，需村里协调'],
      ['ACCEPT', 'VILLAGE', 'VILLAGE', null],
      ['ESCALATE', 'VILLAGE', 'TOWNSHIP', '涉及危房改造补助，需乡镇审批'],
      ['RETURN', 'TOWNSHIP', 'VILLAGE', '村里先核实房屋情况'],
    ]);
    expect(c.timeline.map((e) => e.actorName)).toEqual(['leaderA1', 'leaderA1', 'secA1', 'secA1', 'townA']);
    // who else is working on it: the township reads the others, not itself
    expect(c.participants).toEqual(['leaderA1', 'secA1']);
  });

  it('goes no higher than the county, and a case is never returned below the level it was raised at', async () => {
    let c = await api.raise('secA1', { householdId: null, place: '村委会门前路段', villageCode: VILLAGE_A1 });
    expect(c.level).toBe('VILLAGE');
    expect(c.availableActions).not.toContain('RETURN');
    expectError(
      await api.moveRaw('secA1', { caseId: c.id, version: c.version, action: 'RETURN', reason: '退回' }),
      'CASE_TRANSITION_INVALID',
    );
    c = await api.act('secA1', c, 'ESCALATE', { reason: '需乡镇协调' });
    expectError(
      await api.moveRaw('townA', { caseId: c.id, version: c.version, action: 'ESCALATE', reason: '未受理先上报' }),
      'CASE_TRANSITION_INVALID',
    );
    c = await api.act('townA', c, 'ACCEPT');
    c = await api.act('townA', c, 'ESCALATE', { reason: '需县交通局' });
    expect(c).toMatchObject({ level: 'COUNTY', divisionCode: COUNTY });
    c = await api.act('county', c, 'ACCEPT');
    expectError(
      await api.moveRaw('county', { caseId: c.id, version: c.version, action: 'ESCALATE', reason: '再上报' }),
      'CASE_TRANSITION_INVALID',
    );
  });
});

describe('close-out (销号)', () => {
  it('needs close-out type, result, feedback and rating; a dissatisfied villager reopens it', async () => {
    let c = await api.raise('secA1');
    c = await api.act('secA1', c, 'ACCEPT');
    c = await api.act('secA1', c, 'ASSIGN', { cadreId: cadreX });
    c = await api.act('cadreX', c, 'START');
    const resolve = (extra: object) =>
      api.moveRaw('cadreX', { caseId: c.id, version: c.version, action: 'RESOLVE', ...extra });
    expectError(await resolve({ result: '已办' }), 'CASE_CLOSE_TYPE_INVALID', 'closeType');
    expectError(await resolve({ closeType: 'RESOLVED', result: '  ' }), 'CASE_RESULT_INVALID', 'result');
    c = await api.act('cadreX', c, 'RESOLVE', { closeType: 'RESOLVED', result: '已申报补助' });
    const feedback = (extra: object) =>
      api.moveRaw('cadreX', { caseId: c.id, version: c.version, action: 'FEEDBACK', ...extra });
    expectError(await feedback({ feedback: '还行' }), 'CASE_SATISFACTION_INVALID', 'satisfaction');
    expectError(await feedback({ satisfaction: 'SATISFIED' }), 'CASE_FEEDBACK_INVALID', 'feedback');
    c = await api.act('cadreX', c, 'FEEDBACK', { satisfaction: 'DISSATISFIED', feedback: '补助还没到账' });
    expect(c).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1, satisfaction: 'DISSATISFIED' });
    c = await api.act('cadreX', c, 'RESOLVE', { closeType: 'RESOLVED', result: '补助已到账' });
    c = await api.act('cadreX', c, 'FEEDBACK', { satisfaction: 'SATISFIED', feedback: '满意' });
    expect(c.status).toBe('CONFIRMED');
    // the responsible cadre records the feedback, the village closes it
    expect(c.availableActions).not.toContain('CLOSE');
    c = await api.act('secA1', c, 'CLOSE');
    expect(c.status).toBe('CLOSED');
    const days = (Date.parse(c.objectionUntil!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    expect(c.timeline.map((e) => e.action)).toEqual([
      'RAISED',
      'ACCEPT',
      'ASSIGN',
      'START',
      'RESOLVE',
      'FEEDBACK',
      'RESOLVE',
      'FEEDBACK',
      'CLOSE',
    ]);
  });
});

describe('input and concurrency', () => {
  it('answers the module code and the field for bad input', async () => {
    const base = { kind: 'DEMAND', domain: 'LIVELIHOOD', source: 'HOTLINE', householdId: ids.gridA1 };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '', description: '说明' }, 'CASE_TITLE_INVALID', 'title'],
      [{ title: '长'.repeat(61), description: '说明' }, 'CASE_TITLE_INVALID', 'title'],
      [{ title: '标题', description: '' }, 'CASE_DESCRIPTION_INVALID', 'description'],
      [{ title: '标题', description: ' \n ' }, 'CASE_DESCRIPTION_INVALID', 'description'],
      [{ title: '标题', description: '说明' }, 'HOUSEHOLD_NOT_FOUND', 'householdId'],
      [{ title: '标题', description: '说明', householdId: null }, 'CASE_PLACE_INVALID', 'place'],
      [
        { title: '标题', description: '说明', householdId: null, place: '路口' },
        'CASE_VILLAGE_CODE_INVALID',
        'villageCode',
      ],
      [
        { title: '标题', description: '说明', householdId: null, place: '路', villageCode: '430999002001' },
        'REGION_NOT_FOUND',
        'villageCode',
      ],
      [
        { title: '标题', description: '说明', source: 'VISIT', householdId: null },
        'CASE_SOURCE_ID_INVALID',
        'sourceId',
      ],
      [{ title: '标题', description: '说明', source: 'VISIT', sourceId: ids.gridA1 }, 'VISIT_NOT_FOUND', 'sourceId'],
      [{ title: '标题', description: '说明', duplicateOf: ids.gridA1 }, 'CASE_NOT_FOUND', 'duplicateOf'],
    ];
    for (const [input, code, field] of cases)
      expectError(await api.raiseRaw('secA1', { ...base, ...input }), code, field);
    const c = await api.raise('secA1');
    const move = (extra: object) => api.moveRaw('secA1', { caseId: c.id, version: c.version, ...extra });
    expectError(await move({ action: 'ESCALATE', reason: '理'.repeat(501) }), 'CASE_REASON_INVALID', 'reason');
    expectError(await move({ action: 'ESCALATE', reason: '   ' }), 'CASE_REASON_INVALID', 'reason');
    expectError(await api.moveRaw('secA1', { caseId: 'x', version: 1, action: 'ACCEPT' }), 'CASE_NOT_FOUND', 'caseId');
    const accepted = await api.act('secA1', c, 'ACCEPT');
    const assign = (cadreId: string) =>
      api.moveRaw('secA1', { caseId: c.id, version: accepted.version, action: 'ASSIGN', cadreId });
    expectError(await assign(ids.cadreB1), 'CADRE_NOT_FOUND', 'cadreId');
    expectError(
      await api.moveRaw('secA1', { caseId: c.id, version: accepted.version, action: 'ASSIGN' }),
      'CASE_CADRE_ID_INVALID',
      'cadreId',
    );
    const assigned = await api.act('secA1', accepted, 'ASSIGN', { cadreId: ids.cadreA1 });
    for (const days of [0, 31, null]) {
      expectError(
        await api.moveRaw('secA1', {
          caseId: c.id,
          version: assigned.version,
          action: 'REQUEST_EXTENSION',
          days,
          reason: '等',
        }),
        'CASE_DAYS_INVALID',
        'days',
      );
    }
  });

  it('refuses a stale version with CASE_VERSION_CONFLICT and changes nothing', async () => {
    const c = await api.raise('secA1');
    await api.act('secA1', c, 'ACCEPT');
    expectError(
      await api.moveRaw('secA1', { caseId: c.id, version: c.version, action: 'ESCALATE', reason: '上报' }),
      'CASE_VERSION_CONFLICT',
      'version',
    );
    expect((await api.get('secA1', c.id))!).toMatchObject({ status: 'ACCEPTED', level: 'GRID' });
  });
});
