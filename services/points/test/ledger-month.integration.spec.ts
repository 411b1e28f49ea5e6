import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { consumeBatch, type EventBatch, type EventEnvelope, type VisitRecorded } from '@xiangzhi/events';
import { startSubgraphHarness, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { pointEventConsumer } from '../src/modules/point-events/index.js';
import { freezeMonth } from '../src/modules/point-entry/index.js';

// Issue 9: the ledger is append-only in PostgreSQL itself, and a frozen (published) month takes no new line.
const TOWNSHIP = '430999001';
const VILLAGE = '430999001001';
const OTHER_TOWNSHIP_VILLAGE = '430999002001';
const ACCOUNT = '0196a1b2-0000-7000-8000-0000000000aa';

let h: SubgraphHarness;

const em = () => h.subgraph.orm.em.fork();
const insertLine = (divisionCode: string, bookedMonth: string | null, occurredAt = '2026-10-10T02:00:00Z') =>
  em().execute(
    `insert into point_entry (id, cadre_id, division_code, points, reason, occurred_at, created_by, booked_month, version)
     values (?, ?, ?, 3, '参加主题党日', ?, ?, ?, 1)`,
    [v7(), v7(), divisionCode, occurredAt, ACCOUNT, bookedMonth],
  );
const visit = (visitedOn: string, cadreId: string): EventEnvelope => ({
  id: v7(),
  type: 'VisitRecorded',
  aggregateId: null,
  occurredAt: new Date().toISOString(),
  payload: {
    visitId: v7(),
    householdId: v7(),
    villageCode: VILLAGE,
    visitedOn,
    method: 'IN_PERSON',
    cadres: [{ cadreId, divisionCode: VILLAGE }],
  } satisfies VisitRecorded,
});
const consume = (...events: EventEnvelope[]) =>
  consumeBatch(h.subgraph.orm.em, { producer: 'governance', events } satisfies EventBatch, pointEventConsumer);
const linesOf = (cadreId: string) =>
  em().execute<{ points: number; booked_month: string; occurred_at: string }[]>(
    `select points, booked_month, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as occurred_at
     from point_entry where cadre_id = ?`,
    [cadreId],
  );

beforeAll(async () => {
  h = await startSubgraphHarness('points_ledger_month', { entities, migrations, resolvers, referenceResolvers });
});
afterAll(async () => h?.stop());

describe('the ledger in the database', () => {
  it('refuses a raw UPDATE and a raw DELETE of a line (PostgreSQL itself, not the service)', async () => {
    await insertLine(VILLAGE, null);
    await expect(em().execute(`update point_entry set points = 100`)).rejects.toThrow(/只增不改/);
    await expect(em().execute(`delete from point_entry`)).rejects.toThrow(/只增不改/);
    const [row] = await em().execute<{ n: number; max: number }[]>(
      'select count(*)::int as n, max(points) as max from point_entry',
    );
    expect(row).toEqual({ n: 1, max: 3 });
  });

  it('books a line written without a month to the month it happened in, China time', async () => {
    const cadre = v7();
    await em().execute(
      `insert into point_entry (id, cadre_id, division_code, points, reason, occurred_at, created_by, version)
       values (?, ?, ?, 1, '月末最后一刻', '2026-09-30T16:30:00Z', ?, 1)`,
      [v7(), cadre, VILLAGE, ACCOUNT],
    );
    expect((await linesOf(cadre))[0]?.booked_month).toBe('2026-10');
  });

  it('refuses an insert into a month frozen for the division or the township above it, in the database', async () => {
    await em().transactional((tx) => freezeMonth(tx, TOWNSHIP, '2026-08', ACCOUNT));
    await expect(insertLine(VILLAGE, '2026-08')).rejects.toThrow(/2026-08 的积分已发布冻结/);
    await expect(insertLine(TOWNSHIP, '2026-08')).rejects.toThrow(/已发布冻结/);
    // another township's village, and the next month, are open
    await expect(insertLine(OTHER_TOWNSHIP_VILLAGE, '2026-08')).resolves.toBeDefined();
    await expect(insertLine(VILLAGE, '2026-09')).resolves.toBeDefined();
  });

  it('keeps a frozen month frozen: its freeze cannot be deleted or changed', async () => {
    await expect(em().execute(`delete from point_month_freeze`)).rejects.toThrow(/不能解冻/);
    await expect(em().execute(`update point_month_freeze set month = '2026-01'`)).rejects.toThrow(/不能解冻/);
    // freezing again changes nothing
    await em().transactional((tx) => freezeMonth(tx, TOWNSHIP, '2026-08', ACCOUNT));
    const rows = await em().execute<{ n: number }[]>('select count(*)::int as n from point_month_freeze');
    expect(rows[0]?.n).toBe(1);
  });

  it('books a late event to the first open month after its frozen month(s), keeping when it happened', async () => {
    await em().transactional(async (tx) => {
      await freezeMonth(tx, TOWNSHIP, '2026-06', ACCOUNT);
      await freezeMonth(tx, VILLAGE, '2026-07', ACCOUNT);
    });
    const [late, onTime] = [v7(), v7()];
    const a = visit('2026-06-20', late);
    const b = visit('2026-09-03', onTime);
    expect(await consume(a, b)).toEqual({ processed: [a.id, b.id], failed: [] });
    // June (township), July (village) and August (township, above) are frozen: September is the first open month
    expect(await linesOf(late)).toEqual([{ points: 2, booked_month: '2026-09', occurred_at: '2026-06-19T16:00' }]);
    expect((await linesOf(onTime))[0]?.booked_month).toBe('2026-09');
  });
});
