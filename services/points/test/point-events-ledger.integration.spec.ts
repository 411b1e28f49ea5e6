import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import {
  consumeBatch,
  type CaseAlerted,
  type CaseClosed,
  type CaseResolved,
  type EventBatch,
  type EventEnvelope,
  type PatrolCheckedIn,
  type ServiceOrderCompleted,
  type SupervisionReported,
} from '@xiangzhi/events';
import { startSubgraphHarness, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { pointEventConsumer } from '../src/modules/point-events/index.js';

// Issue 8 item 8: the ledger's, the service orders', the patrols' and the supervision cards' events become
// points by the rule table (defaults of Migration20261202042151), once per event, by outcome.
const VILLAGE = '430999001001';
const AT = '2026-11-10T09:30:00+08:00';

let h: SubgraphHarness;

const envelope = (type: string, payload: object): EventEnvelope => ({
  id: v7(),
  type,
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: payload as Record<string, unknown>,
});
const cadre = () => ({ cadreId: v7(), divisionCode: VILLAGE });
const consume = (...events: EventEnvelope[]) =>
  consumeBatch(h.subgraph.orm.em, { producer: 'governance', events } satisfies EventBatch, pointEventConsumer);
const linesOf = (cadreId: string) =>
  h.subgraph.orm.em
    .getConnection()
    .execute<{ points: number; reason: string; event_type: string }[]>(
      'select points, reason, event_type from point_entry where cadre_id = ? order by occurred_at, points',
      [cadreId],
    );

const resolved = (responsible: { cadreId: string; divisionCode: string } | null, onTime: boolean) =>
  envelope('CaseResolved', {
    caseId: v7(),
    villageCode: VILLAGE,
    level: 'VILLAGE',
    responsible,
    resolvedAt: AT,
    onTime,
  } satisfies CaseResolved);
const closed = (responsible: { cadreId: string; divisionCode: string }, satisfaction: CaseClosed['satisfaction']) =>
  envelope('CaseClosed', {
    caseId: v7(),
    villageCode: VILLAGE,
    level: 'GRID',
    responsible,
    closedAt: AT,
    satisfaction,
    onTime: true,
  } satisfies CaseClosed);
const alerted = (responsible: { cadreId: string; divisionCode: string }, alert: CaseAlerted['alert']) =>
  envelope('CaseAlerted', {
    caseId: v7(),
    villageCode: VILLAGE,
    alert,
    stage: 'HANDLE',
    responsible,
    alertedAt: AT,
  } satisfies CaseAlerted);

beforeAll(async () => {
  h = await startSubgraphHarness('points_ledger_events', { entities, migrations, resolvers, referenceResolvers });
});
afterAll(async () => h?.stop());

describe('points from the case ledger, service orders, patrols and supervision cards', () => {
  it('awards a case by its outcome: on time and satisfied earn, late and dissatisfied do not, yellow and red cost', async () => {
    const c = cadre();
    await consume(
      resolved(c, true),
      resolved(c, false),
      closed(c, 'SATISFIED'),
      closed(c, 'BASICALLY_SATISFIED'),
      closed(c, 'DISSATISFIED'),
      alerted(c, 'YELLOW'),
      alerted(c, 'RED'),
    );
    const lines = await linesOf(c.cadreId);
    expect(lines.map((l) => [l.event_type, l.points]).sort()).toEqual(
      [
        ['CaseAlertedRed', -3],
        ['CaseAlertedYellow', -1],
        ['CaseClosedSatisfied', 2],
        ['CaseClosedSatisfied', 2],
        ['CaseResolvedOnTime', 3],
      ].sort(),
    );
    expect(lines.find((l) => l.event_type === 'CaseAlertedRed')?.reason).toBe('民情事项红牌超期');
  });

  it('gives nothing for a case without a responsible cadre, and nothing twice for a redelivered event', async () => {
    const c = cadre();
    const once = resolved(c, true);
    await consume(resolved(null, true), once);
    await consume(once);
    expect((await linesOf(c.cadreId)).map((l) => l.points)).toEqual([3]);
  });

  it('awards a completed service order, an on-time patrol check-in and a supervision report by its timeliness', async () => {
    const c = cadre();
    const order = envelope('ServiceOrderCompleted', {
      orderId: v7(),
      villageCode: VILLAGE,
      kind: 'CARE',
      cadre: c,
      completedAt: AT,
    } satisfies ServiceOrderCompleted);
    const patrol = (late: boolean) =>
      envelope('PatrolCheckedIn', {
        checkInId: v7(),
        pointId: v7(),
        villageCode: VILLAGE,
        cadre: c,
        checkedInAt: AT,
        late,
      } satisfies PatrolCheckedIn);
    const report = (onTime: boolean) =>
      envelope('SupervisionReported', {
        taskId: v7(),
        divisionCode: VILLAGE,
        cadre: c,
        reportedAt: AT,
        onTime,
      } satisfies SupervisionReported);
    await consume(order, patrol(false), patrol(true), report(true), report(false));
    const byType = Object.fromEntries((await linesOf(c.cadreId)).map((l) => [l.event_type, l.points]));
    expect(byType).toEqual({
      ServiceOrderCompleted: 3,
      PatrolCheckedIn: 1,
      SupervisionReportedOnTime: 3,
      SupervisionReportedLate: -2,
    });
  });

  it('caps what a month of on-time cases earns (30), while deductions are never capped', async () => {
    const c = cadre();
    const events = [...Array.from({ length: 12 }, () => resolved(c, true)), ...[1, 2, 3].map(() => alerted(c, 'RED'))];
    await consume(...events);
    const lines = await linesOf(c.cadreId);
    const earned = lines.filter((l) => l.points > 0).reduce((s, l) => s + l.points, 0);
    expect(earned).toBe(30);
    expect(lines.filter((l) => l.points < 0).map((l) => l.points)).toEqual([-3, -3, -3]);
  });

  it('counts a case event under its county rule when the county sets one', async () => {
    const c = cadre();
    await h.subgraph.orm.em.getConnection().execute(
      `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason)
         values (?, '430999', 'CaseAlertedRed', -5, null, '县定：红牌超期')`,
      [v7()],
    );
    await consume(alerted(c, 'RED'));
    expect(await linesOf(c.cadreId)).toEqual([{ points: -5, reason: '县定：红牌超期', event_type: 'CaseAlertedRed' }]);
  });
});
