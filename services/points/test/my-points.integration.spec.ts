import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { Role } from '@xiangzhi/auth';
import { consumeBatch, type EventBatch, type EventEnvelope, type VisitRecorded } from '@xiangzhi/events';
import { startSubgraphHarness, testPrincipal, type SubgraphHarness } from '@xiangzhi/testing/subgraph-harness';
import { entities, migrations, referenceResolvers, resolvers } from '../src/schema.js';
import { pointEventConsumer } from '../src/modules/point-events/index.js';
import { chinaMonth } from '../src/modules/my-points/index.js';

const VILLAGE = '430999001001';
const OTHER_VILLAGE = '430999001002';
const THIS_MONTH = chinaMonth();
const LAST_MONTH = chinaMonth(Date.UTC(Number(THIS_MONTH.slice(0, 4)), Number(THIS_MONTH.slice(5, 7)) - 2, 15));

let h: SubgraphHarness;

const visit = (visitedOn: string, ...cadres: { cadreId: string; divisionCode: string }[]): EventEnvelope => ({
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
    cadres,
  } satisfies VisitRecorded,
});
const consume = (...events: EventEnvelope[]) =>
  consumeBatch(h.subgraph.orm.em, { producer: 'governance', events } satisfies EventBatch, pointEventConsumer);
/** A line recorded by hand (awardPoints asks governance about the cadre; its rules have their own tests). */
const handLine = (cadreId: string, points: number, reason: string, day: string) =>
  h.subgraph.orm.em.getConnection().execute(
    `insert into point_entry (id, cadre_id, division_code, points, reason, occurred_at, created_by)
       values (?, ?, ?, ?, ?, ?, ?)`,
    [v7(), cadreId, VILLAGE, points, reason, new Date(`${day}T02:00:00.000Z`), v7()],
  );

type Line = {
  points: number;
  reason: string;
  eventId: string | null;
  eventType: string | null;
  occurredAt: string;
  cappedByMonthlyLimit: boolean;
};
type Cap = { eventType: string; cap: number; awarded: number; reached: boolean };
type Mine = {
  month: string;
  total: number;
  entryCount: number;
  allTimeTotal: number;
  months: string[];
  entries: { totalCount: number; edges: { node: Line }[] };
  caps: Cap[];
};
const MY_POINTS = `query($month: String) { myPoints(month: $month) { month total entryCount allTimeTotal months
  entries(first: 100) { totalCount edges { node { points reason eventId eventType occurredAt cappedByMonthlyLimit } } }
  caps { eventType cap awarded reached } } }`;

const ask = (token: string, month?: string) => h.request<{ myPoints: Mine | null }>(MY_POINTS, { month }, { token });
async function mine(token: string, month?: string): Promise<Mine> {
  const res = await ask(token, month);
  expect(res.errors).toBeUndefined();
  return res.data!.myPoints!;
}
const cadreToken = (cadreId: string, role = Role.CADRE) => h.token(testPrincipal(role, VILLAGE, { cadreId }));
const sum = (m: Mine) => m.entries.edges.reduce((s, e) => s + e.node.points, 0);

beforeAll(async () => {
  h = await startSubgraphHarness('points_mine', { entities, migrations, resolvers, referenceResolvers });
});
afterAll(async () => h?.stop());

describe('我的积分 (myPoints)', () => {
  it('shows a cadre their own lines only, with this month’s total equal to the sum of the lines', async () => {
    const [me, other] = [v7(), v7()];
    const both = visit(
      `${THIS_MONTH}-01`,
      { cadreId: me, divisionCode: VILLAGE },
      { cadreId: other, divisionCode: VILLAGE },
    );
    const theirs = visit(`${THIS_MONTH}-01`, { cadreId: other, divisionCode: VILLAGE });
    await consume(both, theirs);
    await handLine(me, 5, '参加主题党日', `${THIS_MONTH}-01`);
    await handLine(other, 9, '别人的加分', `${THIS_MONTH}-01`);

    const m = await mine(await cadreToken(me));
    expect(m.month).toBe(THIS_MONTH);
    expect(m.entries.edges.map((e) => [e.node.reason, e.node.points]).sort()).toEqual([
      ['入户走访（民情日记）', 2],
      ['参加主题党日', 5],
    ]);
    expect(m.entries.edges.find((e) => e.node.eventType)?.node.eventId).toBe(both.id);
    expect(m.total).toBe(7);
    expect(m.total).toBe(sum(m));
    expect(m.entryCount).toBe(m.entries.totalCount);
    expect((await mine(await cadreToken(other))).total).toBe(13);
  });

  it('answers an account without a cadre with CADRE_NOT_LINKED, the 三员 and API clients with FORBIDDEN', async () => {
    const secretary = await h.token(testPrincipal(Role.VILLAGE_SECRETARY, VILLAGE));
    const res = await ask(secretary);
    expect(res.data?.myPoints ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('CADRE_NOT_LINKED');
    expect(res.errors?.[0]?.message).toBe('您的账号没有关联党员干部档案，没有个人积分');
    for (const role of [Role.AUDITOR, Role.SYSTEM_ADMIN, Role.API_CLIENT]) {
      const refused = await ask(await h.token(testPrincipal(role, VILLAGE, { cadreId: v7() })));
      expect(refused.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
  });

  it('gives a village secretary linked to a cadre record their own points too', async () => {
    const me = v7();
    await consume(visit(`${THIS_MONTH}-01`, { cadreId: me, divisionCode: VILLAGE }));
    const m = await mine(await cadreToken(me, Role.VILLAGE_SECRETARY));
    expect([m.total, m.entries.totalCount]).toEqual([2, 1]);
  });

  it('filters by month: each month its own lines and total; the selector lists the months, newest first', async () => {
    const me = v7();
    await consume(
      visit(`${LAST_MONTH}-03`, { cadreId: me, divisionCode: VILLAGE }),
      visit(`${LAST_MONTH}-28`, { cadreId: me, divisionCode: VILLAGE }),
      visit(`${THIS_MONTH}-01`, { cadreId: me, divisionCode: VILLAGE }),
    );
    await handLine(me, -3, '未按时参加组织生活', `${LAST_MONTH}-10`);
    const token = await cadreToken(me);
    const now = await mine(token);
    const before = await mine(token, LAST_MONTH);
    expect(now.months).toEqual([THIS_MONTH, LAST_MONTH]);
    expect([now.total, now.entries.totalCount, sum(now)]).toEqual([2, 1, 2]);
    expect([before.month, before.total, before.entries.totalCount, sum(before)]).toEqual([LAST_MONTH, 1, 3, 1]);
    expect(before.entries.edges.map((e) => e.node.occurredAt.slice(0, 7))).not.toContain(THIS_MONTH);
    expect(now.allTimeTotal).toBe(3);
    // an empty month is an empty month, not an error
    expect(await mine(token, '2001-01')).toMatchObject({ total: 0, entryCount: 0, entries: { totalCount: 0 } });
  });

  it('refuses a malformed or future month with MY_POINTS_MONTH_INVALID on month', async () => {
    const token = await cadreToken(v7());
    const next = chinaMonth(Date.now() + 32 * 24 * 3600_000);
    for (const month of ['2026-13', '2026-1', 'abc', '1999-12', next, '2026-01-01']) {
      const res = await ask(token, month);
      expect(res.errors?.[0]?.extensions, month).toMatchObject({ code: 'MY_POINTS_MONTH_INVALID', field: 'month' });
    }
  });

  it('marks a line the monthly cap cut, and says when the cap is reached (later visits leave no line)', async () => {
    const me = v7();
    // this village: 3 points a visit, at most 40 a month: 13 visits give 39, the 14th only 1, the 15th nothing
    await h.subgraph.orm.em.getConnection().execute(
      `insert into point_rule (id, division_code, event_type, points, monthly_cap, reason)
         values (?, ?, 'VisitRecorded', 3, 40, '走访（村定）')`,
      [v7(), OTHER_VILLAGE],
    );
    const cadre = { cadreId: me, divisionCode: OTHER_VILLAGE };
    await consume(...Array.from({ length: 15 }, () => visit(`${THIS_MONTH}-01`, cadre)));
    const m = await mine(await h.token(testPrincipal(Role.CADRE, OTHER_VILLAGE, { cadreId: me })));
    expect(m.total).toBe(40);
    expect(m.entries.totalCount).toBe(14);
    const cut = m.entries.edges.filter((e) => e.node.cappedByMonthlyLimit).map((e) => e.node.points);
    expect(cut).toEqual([1]);
    expect(m.caps).toContainEqual({ eventType: 'VisitRecorded', cap: 40, awarded: 40, reached: true });
    // the same cadre last month: nothing used, nothing reached
    const before = await mine(await h.token(testPrincipal(Role.CADRE, OTHER_VILLAGE, { cadreId: me })), LAST_MONTH);
    expect(before.caps).toContainEqual({ eventType: 'VisitRecorded', cap: 40, awarded: 0, reached: false });
  });
});
