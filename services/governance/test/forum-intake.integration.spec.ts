import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { InboxOutcome, OutboxEvent, consumeBatch, type AgendaItemRaised, type EventEnvelope } from '@xiangzhi/events';
import { Case, CaseService } from '../src/modules/case/index.js';
import { governanceEventConsumer } from '../src/events/event-consumer.js';
import { VILLAGE_A1, householdId, ids } from './fixture.js';
import { CASE_FIELDS, caseApi, ok, startCaseWorld, type CaseView, type CaseWorld } from './case.fixture.js';

// 说事 → 办事: meetings' AgendaItemRaised becomes a case (or a link to one) through governance's consumer,
// answered by AgendaItemCaseLinked in the same transaction; every status change of a case is published.

let w: CaseWorld;
let api: ReturnType<typeof caseApi>;

beforeAll(async () => {
  w = await startCaseWorld();
  api = caseApi(w);
});
afterAll(() => w.h.stop());

/** The account that recorded the items (石门村书记 of the fixture). */
const RECORDER = '0190a000-0000-7000-8000-000000000100';

const item = (over: Partial<AgendaItemRaised> = {}): AgendaItemRaised => ({
  agendaItemId: v7(),
  meetingId: v7(),
  villageCode: VILLAGE_A1,
  track: 'VILLAGE',
  title: '村口路灯坏了三盏，晚上出行不便',
  description: '村民在说事会上反映：村口到小学的路灯坏了三盏，老人和学生晚上出行不便。',
  kind: 'PROBLEM',
  domain: 'INFRASTRUCTURE',
  householdId: null,
  linkCaseId: null,
  raisedByAccountId: RECORDER,
  raisedAt: '2026-11-20T02:00:00.000Z',
  ...over,
});
const envelope = (payload: object): EventEnvelope => ({
  id: v7(),
  type: 'AgendaItemRaised',
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: payload as Record<string, unknown>,
});
const consume = (...events: EventEnvelope[]) =>
  consumeBatch(w.h.subgraph.orm.em, { producer: 'meetings', events }, governanceEventConsumer);

const em = () => w.h.subgraph.orm.em.fork();
const outbox = (type: string) => em().find(OutboxEvent, { type }, { orderBy: { id: 'asc' } });
/** The answers governance published for one forum item. */
const answersFor = async (agendaItemId: string) =>
  (await outbox('AgendaItemCaseLinked')).map((e) => e.payload).filter((p) => p.agendaItemId === agendaItemId);
const casesOf = (agendaItemId: string) => em().find(Case, { agendaItemId });

const CASE = `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} source sourceId agendaItemId } }`;
type ForumCase = CaseView & { source: string; sourceId: string | null; agendaItemId: string | null };
const caseAs = async (who: 'secA1' | 'secB1', id: string) =>
  ok(await w.h.gql<{ case: ForumCase | null }>(CASE, { id }, w.t[who])).case;

describe('a forum item becomes a case', () => {
  it('creates a village-level FORUM case in the item\u2019s village, raised by the recorder, and answers with it', async () => {
    const raised = item({ householdId: householdId(0, 6) });
    const e = envelope(raised);
    expect(await consume(e)).toEqual({ processed: [e.id], failed: [] });

    const [answer, ...more] = await answersFor(raised.agendaItemId);
    expect(more).toEqual([]);
    expect(answer).toEqual({
      agendaItemId: raised.agendaItemId,
      caseId: expect.any(String),
      created: true,
      status: 'REPORTED',
      satisfaction: null,
      version: 1,
      refusal: null,
    });
    const c = (await caseAs('secA1', answer!.caseId as string))!;
    expect(c).toMatchObject({
      title: '村口路灯坏了三盏，晚上出行不便',
      status: 'REPORTED',
      level: 'VILLAGE',
      divisionCode: VILLAGE_A1,
      source: 'FORUM',
      sourceId: raised.agendaItemId,
      agendaItemId: raised.agendaItemId,
      household: { id: householdId(0, 6) },
      version: 1,
    });
    expect(c.code).toMatch(/^MQ\d{8}-\d{4}$/);
    // like any other case: its RAISED entry, by the account that recorded the item, and a running clock
    expect(c.timeline).toEqual([
      expect.objectContaining({ action: 'RAISED', toStatus: 'REPORTED', toLevel: 'VILLAGE', actorName: '石门村书记' }),
    ]);
    expect((await em().findOneOrFail(Case, c.id)).dueAt).not.toBeNull();
    // another village does not see it
    expect(await caseAs('secB1', c.id)).toBeNull();
  });

  it('cuts a long item title to the ledger\u2019s 60 characters and leaves off a household of another village', async () => {
    const raised = item({ title: '长'.repeat(100), householdId: householdId(2, 1) });
    await consume(envelope(raised));
    const [c] = await casesOf(raised.agendaItemId);
    expect(c).toMatchObject({ title: '长'.repeat(60), household: null, villageCode: VILLAGE_A1 });
  });

  it('links an existing case of the village instead, with a LINKED entry, and answers with its new version', async () => {
    const existing = await api.raise('secA1');
    const raised = item({ linkCaseId: existing.id });
    await consume(envelope(raised));

    expect(await casesOf(raised.agendaItemId)).toHaveLength(1);
    const c = (await caseAs('secA1', existing.id))!;
    expect(c.agendaItemId).toBe(raised.agendaItemId);
    expect(c.source).toBe('HOTLINE');
    expect(c.version).toBe(existing.version + 1);
    expect(c.timeline.map((s) => s.action)).toEqual(['RAISED', 'LINKED']);
    expect(await answersFor(raised.agendaItemId)).toEqual([
      {
        agendaItemId: raised.agendaItemId,
        caseId: existing.id,
        created: false,
        status: c.status,
        satisfaction: null,
        version: c.version,
        refusal: null,
      },
    ]);
  });

  it('refuses a case of another village, an unknown case and a malformed item, saying why; no case changes', async () => {
    const foreign = await api.raise('secB1', { householdId: householdId(2, 5) });
    const other = item({ linkCaseId: foreign.id });
    const unknown = item({ linkCaseId: v7() });
    const malformed = { ...item(), title: '', villageCode: '4309' };
    const noId = { ...item(), agendaItemId: 'not-an-id' };
    const events = [other, unknown, malformed, noId].map(envelope);
    expect(await consume(...events)).toEqual({ processed: events.map((e) => e.id), failed: [] });

    for (const refused of [other, unknown, malformed]) {
      const answers = await answersFor(refused.agendaItemId);
      expect(answers).toEqual([
        {
          agendaItemId: refused.agendaItemId,
          caseId: null,
          created: false,
          status: null,
          satisfaction: null,
          version: null,
          refusal: expect.stringMatching(/[\u4e00-\u9fff]/),
        },
      ]);
      expect(await casesOf(refused.agendaItemId)).toEqual([]);
    }
    // the same words whether the case is elsewhere or nowhere: the answer does not tell one from the other
    expect((await answersFor(other.agendaItemId))[0]!.refusal).toBe(
      (await answersFor(unknown.agendaItemId))[0]!.refusal,
    );
    expect((await caseAs('secB1', foreign.id))!).toMatchObject({ version: foreign.version, agendaItemId: null });
    // an item without an id cannot be answered: recorded as rejected, never retried
    const rows = await em()
      .getConnection()
      .execute<{ outcome: string }[]>('select outcome from event_inbox where event_id = ?', [events[3]!.id]);
    expect(rows).toEqual([{ outcome: InboxOutcome.REJECTED }]);
  });

  it('changes nothing when the same event comes again, alone or twice in one batch', async () => {
    const raised = item();
    const e = envelope(raised);
    await consume(e);
    const before = await outbox('AgendaItemCaseLinked');
    expect(await consume(e, e)).toEqual({ processed: [e.id], failed: [] });
    await consume(e);
    expect(await casesOf(raised.agendaItemId)).toHaveLength(1);
    expect(await outbox('AgendaItemCaseLinked')).toHaveLength(before.length);
    expect(await answersFor(raised.agendaItemId)).toHaveLength(1);
  });

  it('takes one item sent again under a new event id to the case it already became', async () => {
    const raised = item();
    await consume(envelope(raised), envelope(raised));
    await consume(envelope(raised));
    const cases = await casesOf(raised.agendaItemId);
    expect(cases).toHaveLength(1);
    const answers = await answersFor(raised.agendaItemId);
    expect(answers.map((a) => [a.caseId, a.created])).toEqual([
      [cases[0]!.id, true],
      [cases[0]!.id, true],
      [cases[0]!.id, true],
    ]);
  });

  it('takes a batch in a fixed number of SQL statements, however many items it holds', async () => {
    // batches of the same shape (items with and without a household, of every kind), 2 items or 20
    const cost = async (n: number, link: boolean) => {
      const targets: { id: string }[] = [];
      for (let i = 0; link && i < n; i++) targets.push(await api.raise('secA1'));
      const kinds = ['PROBLEM', 'DEMAND', 'PETITION', 'SUGGESTION'] as const;
      const events = Array.from({ length: n }, (_, i) =>
        envelope(
          item({
            kind: kinds[i % kinds.length],
            householdId: i % 2 ? householdId(0, i % 8) : null,
            linkCaseId: link ? targets[i]!.id : null,
          }),
        ),
      );
      w.h.statements.length = 0;
      const receipt = await consume(...events);
      expect(receipt.failed).toEqual([]);
      return w.h.statements.length;
    };
    const created = [await cost(2, false), await cost(20, false)];
    const linked = [await cost(2, true), await cost(20, true)];
    console.info(`forum intake, statements per batch of 2 and 20 items: new cases ${created}; links ${linked}`);
    expect(created[1]).toBe(created[0]);
    expect(linked[1]).toBe(linked[0]);
  });
});

describe('every status change of a case is published', () => {
  const changes = async (caseId: string) =>
    (await outbox('CaseStatusChanged')).map((e) => e.payload).filter((p) => p.caseId === caseId);

  it('writes CaseStatusChanged on each transition with the case\u2019s new version and its forum item', async () => {
    const raised = item();
    await consume(envelope(raised));
    const [created] = await casesOf(raised.agendaItemId);
    let c: { id: string; version: number; status: string } = created!;
    const seen: { status: string; version: number }[] = [];
    const step = async (action: string, extra: object = {}) => {
      c = await api.act('secA1', c, action, extra);
      seen.push({ status: c.status, version: c.version });
    };
    await step('ACCEPT');
    await step('ASSIGN', { cadreId: ids.cadreA1 });
    await step('START');
    await step('RESOLVE', { closeType: 'RESOLVED', result: '已更换路灯' });
    await step('FEEDBACK', { satisfaction: 'SATISFIED', feedback: '满意' });
    await step('CLOSE');

    const published = await changes(c.id);
    expect(published.map((p) => ({ status: p.status, version: p.version }))).toEqual(seen);
    expect(seen.map((s) => s.status)).toEqual([
      'ACCEPTED',
      'ASSIGNED',
      'IN_PROGRESS',
      'RESOLVED',
      'CONFIRMED',
      'CLOSED',
    ]);
    const versions = seen.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(published.at(-1)).toEqual({
      caseId: c.id,
      villageCode: VILLAGE_A1,
      status: 'CLOSED',
      level: 'VILLAGE',
      satisfaction: 'SATISFIED',
      changedAt: expect.any(String),
      version: c.version,
      agendaItemId: raised.agendaItemId,
    });
    expect(published.slice(0, 4).every((p) => p.satisfaction === null)).toBe(true);
  });

  it('publishes a level change, a villager\u2019s objection, and a case without a forum item; a refused step nothing', async () => {
    let c = await api.raise('secA1');
    c = await api.act('secA1', c, 'ESCALATE', { reason: '需村里协调' });
    const objected = await api.raise('secA1');
    await api.force(objected.id, {
      status: 'CLOSED',
      closedAt: new Date(),
      objectionUntil: new Date(Date.now() + 86_400_000),
    });
    const reopened = await CaseService.objectByVillager(em(), {
      householdId: objected.household!.id,
      caseId: objected.id,
      reason: '路灯又坏了',
    });
    const refusedBefore = (await outbox('CaseStatusChanged')).length;
    const refused = await api.moveRaw('secA1', { caseId: c.id, version: c.version, action: 'CLOSE' });
    expect(refused.errors).toBeDefined();
    expect(await outbox('CaseStatusChanged')).toHaveLength(refusedBefore);

    expect(await changes(c.id)).toEqual([
      expect.objectContaining({ status: 'ESCALATED', level: 'VILLAGE', version: c.version, agendaItemId: null }),
    ]);
    expect(await changes(objected.id)).toEqual([
      expect.objectContaining({ status: 'IN_PROGRESS', version: reopened.version, satisfaction: null }),
    ]);
  });
});
