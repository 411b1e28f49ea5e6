import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '@xiangzhi/events';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { SupervisionStatus, SupervisionTask } from '../src/modules/supervision/index.js';
import { ids, TOWN_A, VILLAGE_A1 } from './fixture.js';
import { bootField, fids, type FieldHarness, type FieldPerson } from './governance-field.support.js';

/*
 * 工作督办卡 over GraphQL: the township issues to a cadre of its jurisdiction, only that cadre reports, the issuing
 * office accepts or returns (then the cadre reports again); every transition allowed and refused, scoping at each
 * level, overdue computed by the database, the SupervisionReported event with the change or not at all.
 */
let f: FieldHarness;
const FIELDS = 'id status version overdue reportCount report returnReason caseId mine cadre { name }';
const ISSUE = `mutation($i: IssueSupervisionInput!) { issueSupervision(input: $i) { ${FIELDS} } }`;
const REPORT = `mutation($i: ReportSupervisionInput!) { reportSupervision(input: $i) { ${FIELDS} } }`;
const DECIDE = `mutation($i: DecideSupervisionInput!) { decideSupervision(input: $i) { ${FIELDS} } }`;
const LIST = `query($o: Boolean, $mine: Boolean, $first: Int) { supervisionTasks(overdue: $o, mine: $mine, first: $first) { totalCount edges { node { title overdue cadre { name } photos { id } } } } }`;
type Task = {
  id: string;
  status: string;
  version: number;
  overdue: boolean;
  reportCount: number;
  caseId: string | null;
  mine: boolean;
};

const due = (days: number): string => todayInChina(new Date(Date.now() + days * 86_400_000));
const issue = async (who: FieldPerson, cadreId: string, title: string, dueOn = due(7)) =>
  (await f.ok<{ issueSupervision: Task }>(who, ISSUE, { i: { cadreId, title, content: '入户核实并反馈', dueOn } }))
    .issueSupervision;
const report = async (who: FieldPerson, t: Task, text = '已入户核实，情况属实') =>
  (await f.ok<{ reportSupervision: Task }>(who, REPORT, { i: { taskId: t.id, version: t.version, report: text } }))
    .reportSupervision;
const decide = async (who: FieldPerson, t: Task, accept: boolean, reason?: string) =>
  (await f.ok<{ decideSupervision: Task }>(who, DECIDE, { i: { taskId: t.id, version: t.version, accept, reason } }))
    .decideSupervision;
const events = (id: string) =>
  f.h.subgraph.orm.em
    .fork()
    .find(OutboxEvent, { aggregateId: id, type: 'SupervisionReported' }, { orderBy: { id: 'asc' } });

beforeAll(async () => {
  f = await bootField();
}, 120_000);
afterAll(async () => f?.h.stop());

describe('issuing', () => {
  it('the township admin and leader issue to cadres of the township; the county to any cadre of the county', async () => {
    expect((await issue('townA', fids.memberA1, '核实危房改造户')).status).toBe('ISSUED');
    expect((await issue('leaderA', ids.cadreTown, '督促秋冬季防火')).status).toBe('ISSUED');
    expect((await issue('county', ids.cadreB1, '核查低保对象')).status).toBe('ISSUED');
  });

  it('refuses a cadre outside the jurisdiction, village and field roles, departments and the 三员', async () => {
    const i = { cadreId: fids.memberA1, title: '任务', content: '内容', dueOn: due(3) };
    expect(await f.fails('townB', ISSUE, { i })).toMatchObject({ code: 'CADRE_NOT_FOUND', field: 'cadreId' });
    expect(await f.fails('townA', ISSUE, { i: { ...i, cadreId: ids.cadreB1 } })).toMatchObject({
      code: 'CADRE_NOT_FOUND',
    });
    for (const who of ['secA1', 'glA1', 'gmA1', 'dept', 'sys'] as const)
      expect((await f.fails(who, ISSUE, { i })).code).toBe('FORBIDDEN');
  });

  it('checks the title, content and due date with the module code and field', async () => {
    const i = { cadreId: fids.memberA1, title: '任务', content: '内容', dueOn: due(3) };
    expect(await f.fails('townA', ISSUE, { i: { ...i, title: '长'.repeat(61) } })).toMatchObject({
      code: 'SUPERVISION_TITLE_INVALID',
      field: 'title',
    });
    expect(await f.fails('townA', ISSUE, { i: { ...i, content: '长'.repeat(1001) } })).toMatchObject({
      code: 'SUPERVISION_CONTENT_INVALID',
    });
    expect(await f.fails('townA', ISSUE, { i: { ...i, content: '  ' } })).toMatchObject({
      code: 'SUPERVISION_CONTENT_INVALID',
    });
    expect(await f.fails('townA', ISSUE, { i: { ...i, dueOn: due(-1) } })).toMatchObject({
      code: 'SUPERVISION_DUE_ON_INVALID',
      field: 'dueOn',
    });
    expect(await f.fails('townA', ISSUE, { i: { ...i, dueOn: '2026-02-30' } })).toMatchObject({
      code: 'SUPERVISION_DUE_ON_INVALID',
    });
  });
});

describe('reading', () => {
  const titles = async (who: FieldPerson) =>
    (
      await f.ok<{ supervisionTasks: { edges: { node: { title: string } }[] } }>(who, LIST, { first: 100 })
    ).supervisionTasks.edges
      .map((e) => e.node.title)
      .sort();

  it('each level sees its own: the cadre the cards given to them, the village its cadres’, the township its, the county all', async () => {
    expect(await titles('gmA1')).toEqual(['核实危房改造户']);
    expect(await titles('gmA2')).toEqual([]);
    expect(await titles('secA1')).toEqual(['核实危房改造户']);
    expect(await titles('townA')).toEqual(['督促秋冬季防火', '核实危房改造户'].sort());
    expect(await titles('townB')).toEqual(['核查低保对象']);
    expect(await titles('county')).toHaveLength(3);
    expect((await f.fails('sys', LIST)).code).toBe('FORBIDDEN');
  });
});

describe('transitions', () => {
  it('ISSUED → REPORTED (assignee only) → RETURNED (issuer, with a reason) → REPORTED → ACCEPTED; nothing else', async () => {
    let t = await issue('townA', fids.memberA1, '排查独居老人取暖安全');
    expect(await f.fails('gmA2', REPORT, { i: { taskId: t.id, version: t.version, report: '越权' } })).toMatchObject({
      code: 'SUPERVISION_TASK_NOT_FOUND',
    });
    expect(await f.fails('townA', REPORT, { i: { taskId: t.id, version: t.version, report: '代报' } })).toMatchObject({
      code: 'FORBIDDEN',
      message: '只能反馈下发给本人的督办卡',
    });
    expect(await f.fails('townA', DECIDE, { i: { taskId: t.id, version: t.version, accept: true } })).toMatchObject({
      code: 'SUPERVISION_TRANSITION_INVALID',
    });
    expect(
      await f.fails('gmA1', REPORT, { i: { taskId: t.id, version: t.version, report: '字'.repeat(1001) } }),
    ).toMatchObject({ code: 'SUPERVISION_REPORT_INVALID', field: 'report' });

    t = await report('gmA1', t);
    expect(t).toMatchObject({ status: 'REPORTED', reportCount: 1, mine: true });
    expect(await f.fails('gmA1', REPORT, { i: { taskId: t.id, version: t.version, report: '再报' } })).toMatchObject({
      code: 'SUPERVISION_TRANSITION_INVALID',
    });
    expect((await f.fails('gmA1', DECIDE, { i: { taskId: t.id, version: t.version, accept: true } })).code).toBe(
      'FORBIDDEN',
    );
    expect((await f.fails('secA1', DECIDE, { i: { taskId: t.id, version: t.version, accept: true } })).code).toBe(
      'FORBIDDEN',
    );
    expect(await f.fails('townA', DECIDE, { i: { taskId: t.id, version: t.version, accept: false } })).toMatchObject({
      code: 'SUPERVISION_REASON_INVALID',
      field: 'reason',
    });
    expect(await f.fails('townA', DECIDE, { i: { taskId: t.id, version: t.version - 1, accept: true } })).toMatchObject(
      { code: 'CONFLICT' },
    );

    t = await decide('townA', t, false, '未写明排查户数');
    expect(t).toMatchObject({ status: 'RETURNED' });
    expect(await f.fails('leaderA', DECIDE, { i: { taskId: t.id, version: t.version, accept: true } })).toMatchObject({
      code: 'SUPERVISION_TRANSITION_INVALID',
    });
    t = await report('gmA1', t, '共排查独居老人 12 户，均已落实取暖');
    expect(t).toMatchObject({ status: 'REPORTED', reportCount: 2 });
    t = await decide('leaderA', t, true);
    expect(t.status).toBe('ACCEPTED');
    expect(await f.fails('gmA1', REPORT, { i: { taskId: t.id, version: t.version, report: '再报' } })).toMatchObject({
      code: 'SUPERVISION_TRANSITION_INVALID',
    });
    expect(
      await f.fails('townA', DECIDE, { i: { taskId: t.id, version: t.version, accept: false, reason: '再退' } }),
    ).toMatchObject({ code: 'SUPERVISION_TRANSITION_INVALID' });
    expect((await events(t.id)).map((e) => e.payload.onTime)).toEqual([true, true]);
  });

  it('another township’s office neither sees nor decides', async () => {
    const t = await report('gmA1', await issue('townA', fids.memberA1, '核实耕地撂荒'));
    expect(await f.fails('townB', DECIDE, { i: { taskId: t.id, version: t.version, accept: true } })).toMatchObject({
      code: 'SUPERVISION_TASK_NOT_FOUND',
    });
  });
});

describe('overdue and the event', () => {
  it('flags a task past due that waits on the cadre, lists it first; a late report says onTime false', async () => {
    const em = f.h.subgraph.orm.em.fork();
    const late = em.create(SupervisionTask, {
      title: '逾期未反馈的任务',
      content: '内容',
      dueOn: due(-3),
      cadre: fids.memberA1,
      divisionCode: VILLAGE_A1,
      issuerDivisionCode: TOWN_A,
      issuedBy: 'town_a',
      issuedAt: new Date(Date.now() - 10 * 86_400_000),
    });
    const reportedLate = em.create(SupervisionTask, {
      title: '逾期但已反馈',
      content: '内容',
      dueOn: due(-3),
      status: SupervisionStatus.REPORTED,
      report: '已完成',
      reportedAt: new Date(),
      cadre: fids.memberA1,
      divisionCode: VILLAGE_A1,
      issuerDivisionCode: TOWN_A,
      issuedBy: 'town_a',
      issuedAt: new Date(Date.now() - 10 * 86_400_000),
    });
    await em.flush();
    const list = await f.ok<{ supervisionTasks: { edges: { node: { title: string; overdue: boolean } }[] } }>(
      'gmA1',
      LIST,
      { first: 100 },
    );
    expect(list.supervisionTasks.edges[0]!.node).toEqual(
      expect.objectContaining({ title: '逾期未反馈的任务', overdue: true }),
    );
    expect(list.supervisionTasks.edges.find((e) => e.node.title === '逾期但已反馈')!.node.overdue).toBe(false);
    const only = await f.ok<{ supervisionTasks: { edges: { node: { title: string } }[] } }>('townA', LIST, {
      o: true,
      first: 100,
    });
    expect(only.supervisionTasks.edges.map((e) => e.node.title)).toEqual(['逾期未反馈的任务']);
    // a refused report (a photo that is not the caller's upload) changes nothing and writes no event
    const bad = await f.fails('gmA1', REPORT, {
      i: {
        taskId: late.id,
        version: late.version,
        report: '补报',
        attachmentIds: ['0190a000-0000-7000-8000-999999999999'],
      },
    });
    expect(bad.code).toBe('ATTACHMENT_NOT_FOUND');
    expect(await events(late.id)).toEqual([]);
    expect((await f.h.subgraph.orm.em.fork().findOneOrFail(SupervisionTask, late.id)).status).toBe('ISSUED');
    await report('gmA1', { ...(late as unknown as Task), version: 1 }, '补报：已完成');
    const [event] = await events(late.id);
    expect(event!.payload).toMatchObject({
      taskId: late.id,
      divisionCode: VILLAGE_A1,
      onTime: false,
      cadre: { cadreId: fids.memberA1 },
    });
    void reportedLate;
  });
});

describe('a report becomes a case in one step', () => {
  const TO_CASE = `mutation($i: SupervisionToCaseInput!) { convertSupervisionToCase(input: $i) { id source sourceId villageCode } }`;
  it('raises a case with source SUPERVISION naming the task, links it back, once; an unreported task cannot', async () => {
    const issued = await issue('townA', fids.memberA1, '排查山塘安全');
    const input = { taskId: issued.id, title: '山塘坝体渗水', kind: 'PROBLEM', domain: 'INFRASTRUCTURE' };
    expect(await f.fails('gmA1', TO_CASE, { i: input })).toMatchObject({ code: 'SUPERVISION_TASK_ID_INVALID' });
    await report('gmA1', issued, '三组山塘坝体有渗水');
    const { convertSupervisionToCase: c } = await f.ok<{
      convertSupervisionToCase: { id: string; source: string; sourceId: string; villageCode: string };
    }>('gmA1', TO_CASE, { i: input });
    expect(c).toMatchObject({ source: 'SUPERVISION', sourceId: issued.id, villageCode: VILLAGE_A1 });
    const { supervisionTask } = await f.ok<{ supervisionTask: Task }>(
      'townA',
      `query($id: ID!) { supervisionTask(id: $id) { ${FIELDS} } }`,
      { id: issued.id },
    );
    expect(supervisionTask.caseId).toBe(c.id);
    expect(await f.fails('townA', TO_CASE, { i: input })).toMatchObject({ code: 'SUPERVISION_TASK_ID_INVALID' });
  });
});

describe('lists and the printable card', () => {
  it('costs the same statements for 1 row and for many', async () => {
    const count = async (first: number) => {
      f.h.statements.length = 0;
      await f.ok('county', LIST, { first });
      return f.h.statements.length;
    };
    expect(await count(10)).toBe(await count(1));
  });

  it('prints the cards as a PDF with the Chinese font', async () => {
    const t = await issue('townA', fids.memberA1, '打印测试');
    const { supervisionCards } = await f.ok<{ supervisionCards: { contentType: string; contentBase64: string } }>(
      'townA',
      'query($ids: [ID!]!) { supervisionCards(taskIds: $ids) { contentType contentBase64 } }',
      { ids: [t.id] },
    );
    expect(supervisionCards.contentType).toBe('application/pdf');
    const pdf = Buffer.from(supervisionCards.contentBase64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('NotoSansSC');
  });
});
