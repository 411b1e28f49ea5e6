import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Case } from '../src/modules/case/index.js';
import { VILLAGE_A1, VILLAGE_A2, householdId, ids } from './fixture.js';
import {
  HOUSEHOLD_A1,
  cadreX,
  caseApi,
  expectError,
  ok,
  startCaseWorld,
  type CasePerson,
  type CaseWorld,
} from './case.fixture.js';

let w: CaseWorld;
let api: ReturnType<typeof caseApi>;

const LIST = `query($f: CaseFilter, $first: Int) { cases(filter: $f, first: $first) { totalCount
  edges { node { id code status level flags availableActions participants household { id headName } village { name }
  grid { name } responsible { name } timeline { action actorName } attachments { id }
  pendingExtension { days } } } } }`;
type List = { cases: { totalCount: number; edges: { node: { id: string; flags: string[] } }[] } };
const QUEUE = `query { myCaseQueue(first: 50) { totalCount edges { node { id status } } } }`;

const list = async (who: CasePerson, f: object = {}, first = 100) =>
  ok(await w.h.gql<List>(LIST, { f, first }, w.t[who])).cases;
const idsOf = async (who: CasePerson, f: object = {}) => (await list(who, f)).edges.map((e) => e.node.id).sort();
const queue = async (who: CasePerson) =>
  ok(await w.h.gql<{ myCaseQueue: List['cases'] }>(QUEUE, {}, w.t[who])).myCaseQueue.edges.map((e) => e.node.id);

// A: grid case of 石门村 (raised by the grid leader); B: village case of 石门村 raised by the secretary, assigned to
// cadre X; C: 桃花村 case escalated to the township; D: 柳溪村 (another township)
let A: string, B: string, C: string, D: string;

beforeAll(async () => {
  w = await startCaseWorld();
  api = caseApi(w);
  A = (await api.raise('leaderA1')).id;
  let b = await api.raise('secA1', { householdId: null, place: '村部广场', villageCode: VILLAGE_A1 });
  b = await api.act('secA1', b, 'ACCEPT');
  B = (await api.act('secA1', b, 'ASSIGN', { cadreId: cadreX })).id;
  let c = await api.raise('secA2', { householdId: householdId(1, 4) });
  c = await api.act('secA2', c, 'ESCALATE', { reason: '网格解决不了' });
  c = await api.act('secA2', c, 'ACCEPT');
  c = await api.act('secA2', c, 'ESCALATE', { reason: '需乡镇协调' });
  C = c.id;
  D = (await api.raise('secB1', { householdId: householdId(2, 3) })).id;
});
afterAll(() => w.h.stop());

describe('case scoping at each level', () => {
  it('each caller lists what is in reach: own, village, township, county', async () => {
    expect(await idsOf('leaderA1')).toEqual([A].sort());
    expect(await idsOf('cadreX')).toEqual([B].sort());
    expect(await idsOf('secA1')).toEqual([A, B].sort());
    expect(await idsOf('secA2')).toEqual([C].sort());
    expect(await idsOf('townA')).toEqual([A, B, C].sort());
    expect(await idsOf('townB')).toEqual([D].sort());
    expect(await idsOf('county')).toEqual([A, B, C, D].sort());
    expect(await idsOf('dept')).toEqual([A, B, C, D].sort());
    expect(await api.get('secB1', A)).toBeNull();
    expect(await api.get('cadreX', A)).toBeNull();
  });

  it('the county department reads but acts on nothing; the 三员 are refused outright', async () => {
    const a = (await api.get('dept', A))!;
    expect(a.availableActions).toEqual([]);
    expectError(await api.moveRaw('dept', { caseId: A, version: a.version, action: 'ACCEPT' }), 'FORBIDDEN');
    expectError(
      await api.raiseRaw('dept', {
        title: '标题',
        description: '说明',
        kind: 'DEMAND',
        domain: 'LIVELIHOOD',
        source: 'HOTLINE',
        householdId: HOUSEHOLD_A1,
      }),
      'FORBIDDEN',
    );
    for (const who of ['sysadmin', 'auditor', 'security'] as const) {
      expectError(await w.h.gql(LIST, {}, w.t[who]), 'FORBIDDEN');
      expectError(await w.h.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: A }, w.t[who]), 'FORBIDDEN');
      expectError(await api.moveRaw(who, { caseId: A, version: 1, action: 'ACCEPT' }), 'FORBIDDEN');
    }
  });

  it('a mutation on a case out of reach answers CASE_NOT_FOUND, not FORBIDDEN', async () => {
    expectError(await api.moveRaw('secB1', { caseId: A, version: 1, action: 'ACCEPT' }), 'CASE_NOT_FOUND', 'caseId');
    expectError(await api.moveRaw('cadreX', { caseId: A, version: 1, action: 'ACCEPT' }), 'CASE_NOT_FOUND');
  });

  it('the responsible cadre does the work but not the office’s decisions', async () => {
    const b = (await api.get('cadreX', B))!;
    expect(b.availableActions).toEqual(['START', 'RESOLVE', 'REQUEST_EXTENSION']);
    expectError(
      await api.moveRaw('cadreX', { caseId: B, version: b.version, action: 'ESCALATE', reason: '上报' }),
      'FORBIDDEN',
    );
    expect((await api.get('leaderA1', A))!.availableActions).toEqual(expect.arrayContaining(['ACCEPT', 'ESCALATE']));
  });

  it('myCaseQueue: the work waiting on each caller', async () => {
    expect(await queue('cadreX')).toEqual([B]);
    expect(await queue('leaderA1')).toEqual([A]);
    expect((await queue('secA1')).sort()).toEqual([A].sort());
    expect(await queue('townA')).toEqual([C]);
    expect(await queue('dept')).toEqual([]);
  });
});

describe('duplicates and links', () => {
  it('similarCases finds open cases of the household or place with similar words; duplicateOf links them', async () => {
    const q = `query($h: ID, $v: String, $p: String, $t: String!) {
      similarCases(householdId: $h, villageCode: $v, place: $p, text: $t) { id } }`;
    const similar = async (vars: Record<string, unknown>) =>
      ok(await w.h.gql<{ similarCases: { id: string }[] }>(q, vars, w.t.secA1)).similarCases.map((c) => c.id);
    expect(await similar({ h: HOUSEHOLD_A1, t: '屋顶漏雨，想申请危房改造' })).toEqual([A]);
    expect(await similar({ h: HOUSEHOLD_A1, t: '孩子上学交通不便' })).toEqual([]);
    expect(await similar({ h: householdId(0, 6), t: '屋顶漏雨，想申请危房改造' })).toEqual([]);
    expect(await similar({ v: VILLAGE_A1, p: '村部广场', t: '危房改造补助政策咨询' })).toEqual([B]);
    const linked = await api.raise('secA1', { title: '又来问危房改造', duplicateOf: A });
    expect(linked.id).toBe(A);
    expect(linked.timeline.at(-1)).toMatchObject({ action: 'LINKED', actorName: 'secA1' });
    expect(await idsOf('county')).toHaveLength(4);
  });

  it('a case raised from a visit is linked both ways (Visit.cases, Household.cases)', async () => {
    const rec = await w.h.gql<{ recordVisit: { id: string } }>(
      `mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }`,
      { i: { householdId: householdId(0, 0), method: 'IN_PERSON', demands: '想了解危房改造补助政策' } },
      w.t.leaderA1,
    );
    const visitId = ok(rec).recordVisit.id;
    const c = await api.raise('leaderA1', { source: 'VISIT', sourceId: visitId, householdId: null, onBehalf: true });
    expect(c.household!.id).toBe(householdId(0, 0));
    const back = ok(
      await w.h.gql<{ visits: { edges: { node: { id: string; cases: { id: string }[] } }[] } }>(
        `query($h: ID) { visits(householdId: $h) { edges { node { id cases { id } } } } }`,
        { h: householdId(0, 0) },
        w.t.leaderA1,
      ),
    );
    expect(back.visits.edges.find((e) => e.node.id === visitId)!.node.cases).toEqual([{ id: c.id }]);
    const hh = ok(
      await w.h.gql<{ household: { cases: { id: string }[] } }>(
        `query($id: ID!) { household(id: $id) { cases { id } } }`,
        { id: householdId(0, 0) },
        w.t.secA1,
      ),
    );
    expect(hh.household.cases).toEqual([{ id: c.id }]);
  });
});

describe('推拖绕 flags and filters', () => {
  it('flags overdue, bounced and stalled cases, and filters the ledger by them', async () => {
    const em = w.h.subgraph.orm.em.fork();
    await em.nativeUpdate(Case, { id: A }, { lastActivityAt: new Date(Date.now() - 11 * 86_400_000) });
    await em.nativeUpdate(Case, { id: B }, { redAt: new Date(Date.now() - 60_000) });
    const flags = Object.fromEntries((await list('county')).edges.map((e) => [e.node.id, e.node.flags]));
    expect(flags[A]).toEqual(['STALLED']);
    expect(flags[B]).toEqual(['OVERDUE']);
    expect(flags[D]).toEqual([]);
    expect(await idsOf('county', { flag: 'STALLED' })).toEqual([A]);
    expect(await idsOf('county', { flag: 'OVERDUE' })).toEqual([B]);
    expect(await idsOf('county', { search: '村部' })).toEqual([B]);
    expect(await idsOf('county', { divisionCode: VILLAGE_A2 })).toEqual([C]);
    expectError(await w.h.gql(LIST, { f: { search: '长'.repeat(51) } }, w.t.county), 'CASE_SEARCH_INVALID', 'search');
  });
});

describe('objection window (群众异议)', () => {
  it('reopens a closed case within the window and logs OBJECTED; refuses after it', async () => {
    const { CaseService } = await import('../src/modules/case/index.js');
    let c = await api.raise('secA1', { householdId: householdId(0, 7) });
    for (const [action, extra] of [
      ['ACCEPT', {}],
      ['ASSIGN', { cadreId: ids.cadreA1 }],
      ['RESOLVE', { closeType: 'EXPLAINED', result: '政策不允许，已解释' }],
      ['FEEDBACK', { satisfaction: 'BASICALLY_SATISFIED', feedback: '理解' }],
      ['CLOSE', {}],
    ] as const)
      c = await api.act('secA1', c, action, extra);
    const em = w.h.subgraph.orm.em.fork();
    const reopened = await CaseService.objectByVillager(em, {
      householdId: householdId(0, 7),
      caseId: c.id,
      reason: '补助标准不对',
    });
    expect(reopened.status).toBe('IN_PROGRESS');
    const after = (await api.get('secA1', c.id))!;
    expect(after.timeline.at(-1)).toMatchObject({ action: 'OBJECTED', fromStatus: 'CLOSED', reason: '补助标准不对' });
    expect(after.reopenCount).toBe(1);
    await api.force(c.id, { status: 'CLOSED', objectionUntil: new Date(Date.now() - 1000) });
    await expect(
      CaseService.objectByVillager(w.h.subgraph.orm.em.fork(), {
        householdId: householdId(0, 7),
        caseId: c.id,
        reason: '再提异议',
      }),
    ).rejects.toMatchObject({ code: 'CASE_TRANSITION_INVALID' });
    // another household's code cannot object to it
    await expect(
      CaseService.objectByVillager(w.h.subgraph.orm.em.fork(), {
        householdId: householdId(0, 6),
        caseId: c.id,
        reason: '异议',
      }),
    ).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' });
  });
});
