import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '@xiangzhi/events';
import {
  Case,
  CaseDomain,
  CaseKind,
  CaseLevel,
  CaseSource,
  CaseStatus,
  CaseTimelineEntry,
} from '../src/modules/case/index.js';
import { VILLAGE_A1, householdId, ids } from './fixture.js';
import { caseApi, expectError, ok, startCaseWorld, type CaseWorld } from './case.fixture.js';

let w: CaseWorld;
let api: ReturnType<typeof caseApi>;

beforeAll(async () => {
  w = await startCaseWorld();
  api = caseApi(w);
});
afterAll(() => w.h.stop());

// the points events of a case (every transition also writes CaseStatusChanged: forum-intake.integration.spec.ts)
const events = (caseId: string) =>
  w.h.subgraph.orm.em
    .fork()
    .find(OutboxEvent, { aggregateId: caseId, type: { $ne: 'CaseStatusChanged' } }, { orderBy: { createdAt: 'asc' } });
const sql = (statement: string) => w.h.subgraph.orm.em.getConnection().execute(statement);

async function inProgress() {
  let c = await api.raise('secA1');
  c = await api.act('secA1', c, 'ACCEPT');
  c = await api.act('secA1', c, 'ASSIGN', { cadreId: ids.cadreA1 });
  return api.act('secA1', c, 'START');
}

describe('case events in the outbox', () => {
  it('RESOLVE writes CaseResolved and CLOSE writes CaseClosed with the rating, in the same flush', async () => {
    let c = await inProgress();
    expect(await events(c.id)).toEqual([]);
    c = await api.act('secA1', c, 'RESOLVE', { closeType: 'RESOLVED', result: '已维修' });
    c = await api.act('secA1', c, 'FEEDBACK', { satisfaction: 'SATISFIED', feedback: '满意' });
    c = await api.act('secA1', c, 'CLOSE');
    const [resolved, closed, ...more] = await events(c.id);
    expect(more).toEqual([]);
    expect(resolved).toMatchObject({ type: 'CaseResolved' });
    expect(resolved.payload).toMatchObject({
      caseId: c.id,
      villageCode: VILLAGE_A1,
      level: CaseLevel.GRID,
      responsible: { cadreId: ids.cadreA1, divisionCode: VILLAGE_A1 },
      onTime: true,
    });
    expect(closed).toMatchObject({ type: 'CaseClosed' });
    expect(closed.payload).toMatchObject({ caseId: c.id, satisfaction: 'SATISFIED', onTime: true });
  });

  it('when the event cannot be written, the transition is not written either', async () => {
    const c = await inProgress();
    // the outbox refuses this one event type: the flush fails after the case row was changed
    await sql(`create function refuse_case_event() returns trigger language plpgsql as $$
      begin if new.type = 'CaseResolved' then raise exception 'outbox refuses'; end if; return new; end $$`);
    await sql(`create trigger refuse_case_event before insert on event_outbox
      for each row execute function refuse_case_event()`);
    try {
      const res = await api.moveRaw('secA1', {
        caseId: c.id,
        version: c.version,
        action: 'RESOLVE',
        closeType: 'RESOLVED',
        result: '已维修',
      });
      expectError(res, 'INTERNAL_SERVER_ERROR');
    } finally {
      await sql(`drop trigger refuse_case_event on event_outbox; drop function refuse_case_event()`);
    }
    const em = w.h.subgraph.orm.em.fork();
    const row = await em.findOneOrFail(Case, c.id);
    expect(row).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null, version: c.version });
    expect(await em.count(CaseTimelineEntry, { case: c.id, action: 'RESOLVE' })).toBe(0);
    expect(await events(c.id)).toEqual([]);
    // the same transition once the outbox takes it: both rows exist
    const done = await api.act('secA1', c, 'RESOLVE', { closeType: 'RESOLVED', result: '已维修' });
    expect(done.status).toBe('RESOLVED');
    expect((await events(c.id)).map((e) => e.type)).toEqual(['CaseResolved']);
  });

  it('a refused transition writes no event', async () => {
    const c = await inProgress();
    expectError(
      await api.moveRaw('secA1', { caseId: c.id, version: c.version, action: 'RESOLVE', result: 'x' }),
      'CASE_CLOSE_TYPE_INVALID',
    );
    expectError(await api.moveRaw('dept', { caseId: c.id, version: c.version, action: 'CLOSE' }), 'FORBIDDEN');
    expect(await events(c.id)).toEqual([]);
  });
});

describe('photos of a case', () => {
  it('raising with uploaded photos attaches them to the case, in the same transaction', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a leaking roof')]);
    const up = ok(
      await w.h.gql<{ uploadAttachment: { id: string } }>(
        `mutation($i: UploadAttachmentInput!) { uploadAttachment(input: $i) { id } }`,
        { i: { fileName: 'roof.jpg', contentType: 'image/jpeg', dataBase64: jpeg.toString('base64') } },
        w.t.secA1,
      ),
    ).uploadAttachment;
    // a refused raise claims nothing: the photo stays free for the next try
    expectError(
      await api.raiseRaw('secA1', {
        title: '',
        description: 'x',
        kind: 'DEMAND',
        domain: 'LIVELIHOOD',
        source: 'HOTLINE',
        householdId: householdId(0, 4),
        attachmentIds: [up.id],
      }),
      'CASE_TITLE_INVALID',
      'title',
    );
    const c = await api.raise('secA1', { attachmentIds: [up.id] });
    const q = `query($id: ID!) { case(id: $id) { attachments { id fileName } } }`;
    const got = ok(await w.h.gql<{ case: { attachments: object[] } }>(q, { id: c.id }, w.t.secA1));
    expect(got.case.attachments).toEqual([{ id: up.id, fileName: 'roof.jpg' }]);
    expectError(
      await api.raiseRaw('secA2', {
        title: '别人的照片',
        description: 'x',
        kind: 'DEMAND',
        domain: 'LIVELIHOOD',
        source: 'HOTLINE',
        householdId: householdId(1, 4),
        attachmentIds: [up.id],
      }),
      'ATTACHMENT_NOT_FOUND',
      'attachmentIds',
    );
  });
});

describe('the ledger list', () => {
  const LIST = `query($first: Int) { cases(first: $first) { totalCount edges { node { id code title status flags
    availableActions participants pendingExtension { days } household { id headName } village { name } grid { name }
    responsible { name } timeline { action actorName at } attachments { id } } } } }`;

  it('does not grow its SQL statement count with the page size', async () => {
    const em = w.h.subgraph.orm.em.fork();
    const now = Date.now();
    for (let i = 0; i < 60; i++) {
      const c = em.create(Case, {
        code: `MQ20260101-${String(i + 1).padStart(4, '0')}`,
        title: `测试事项${i}`,
        description: '批量生成的测试事项',
        source: CaseSource.HOTLINE,
        kind: CaseKind.PROBLEM,
        domain: CaseDomain.INFRASTRUCTURE,
        household: householdId(0, i % 8),
        villageCode: VILLAGE_A1,
        grid: ids.gridA1,
        level: CaseLevel.GRID,
        originLevel: CaseLevel.GRID,
        divisionCode: VILLAGE_A1,
        status: CaseStatus.ASSIGNED,
        responsible: ids.cadreA1,
        raisedBy: `登记人${i % 5}`,
        raisedAt: new Date(now - i * 60_000),
      });
      em.create(CaseTimelineEntry, {
        case: c,
        action: 'RAISED',
        toStatus: CaseStatus.REPORTED,
        toLevel: CaseLevel.GRID,
        actorName: `登记人${i % 5}`,
      });
    }
    await em.flush();
    const count = async (first: number): Promise<number> => {
      w.h.statements.length = 0;
      const data = ok(await w.h.gql<{ cases: { edges: unknown[] } }>(LIST, { first }, w.t.secA1));
      expect(data.cases.edges).toHaveLength(first);
      return w.h.statements.length;
    };
    const ten = await count(10);
    expect(ten).toBeLessThan(15);
    expect(await count(50)).toBe(ten);
  });
});
