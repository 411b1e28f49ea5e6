import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { CaseLevel, SatisfactionRating } from '../src/modules/case/index.js';
import { ServiceOrder, ServiceOrderKind, ServiceOrderStatus } from '../src/modules/service-order/index.js';
import { startGovernance, type Harness } from './harness.js';
import { fixture, householdId, ids, VILLAGE_A1, VILLAGE_B1 } from './fixture.js';
import { expectError, ok, tokensFor, type Person } from './territory.support.js';
import { cn, insertCases } from './case-figures.fixture.js';

// 村务公开: a month is public only once published; the page carries counts, never a name, a title or a place.
let h: Harness;
let t: Record<Person, string>;

const PAGE = `query($v: String!) { publicVillagePage(villageCode: $v) {
  villageCode villageName townshipName months { month casesRaised casesClosed casesOnTime satisfactionRate ordersDone } } }`;
const PUBLISH = `mutation($v: String!, $m: String!) { publishVillageMonth(villageCode: $v, month: $m) {
  month casesRaised casesClosed casesOnTime satisfactionRate ordersDone } }`;
type Month = {
  month: string;
  casesRaised: number;
  casesClosed: number;
  casesOnTime: number;
  satisfactionRate: number | null;
  ordersDone: number;
};
type Page = { publicVillagePage: { villageName: string; townshipName: string; months: Month[] } | null };

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  t = await tokensFor(h);
  const em = h.subgraph.orm.em.fork();
  const { SATISFIED, DISSATISFIED } = SatisfactionRating;
  insertCases(em, [
    {
      title: '王家门前排水沟堵塞',
      place: '王建国家门前',
      village: VILLAGE_A1,
      grid: ids.gridA1,
      raisedAt: cn('2026-10-03 09:00'),
      closedAt: cn('2026-10-10 10:00'),
      resolvedAt: cn('2026-10-09 10:00'),
      dueAt: cn('2026-10-20 18:00'),
      satisfaction: SATISFIED,
      level: CaseLevel.GRID,
    },
    {
      title: '低保申请',
      village: VILLAGE_A1,
      raisedAt: cn('2026-10-05 09:00'),
      closedAt: cn('2026-10-25 10:00'),
      resolvedAt: cn('2026-10-24 10:00'),
      dueAt: cn('2026-10-20 18:00'),
      satisfaction: DISSATISFIED,
    },
    { title: '路灯不亮', village: VILLAGE_A1, raisedAt: cn('2026-10-30 09:00') },
    { title: '十一月的事', village: VILLAGE_A1, raisedAt: cn('2026-11-03 09:00') },
  ]);
  const order = (n: number, doneAt: Date | null) =>
    em.create(ServiceOrder, {
      household: householdId(0, n),
      villageCode: VILLAGE_A1,
      kind: ServiceOrderKind.CARE,
      description: '帮忙代购药品',
      status: doneAt ? ServiceOrderStatus.DONE : ServiceOrderStatus.ORDERED,
      doneAt,
    } as never);
  order(1, cn('2026-10-12 10:00'));
  order(2, cn('2026-10-31 23:00'));
  order(3, cn('2026-11-01 08:00'));
  order(4, null);
  await em.flush();
});
afterAll(async () => {
  await h?.stop();
});

describe('村务公开', () => {
  it('shows nothing of a month until it is published, and needs no account', async () => {
    const page = ok(await h.gql<Page>(PAGE, { v: VILLAGE_A1 })).publicVillagePage;
    expect(page).toMatchObject({ villageName: '石门村', townshipName: '青山镇', months: [] });
  });

  it("publishing counts the village's month: cases raised, closed, on time, satisfaction, orders done", async () => {
    const m = ok(await h.gql<{ publishVillageMonth: Month }>(PUBLISH, { v: VILLAGE_A1, m: '2026-10' }, t.secA1));
    expect(m.publishVillageMonth).toEqual({
      month: '2026-10',
      casesRaised: 3,
      casesClosed: 2,
      casesOnTime: 1,
      satisfactionRate: 0.5,
      ordersDone: 2,
    });
    const page = ok(await h.gql<Page>(PAGE, { v: VILLAGE_A1 })).publicVillagePage!;
    expect(page.months.map((x) => x.month)).toEqual(['2026-10']);
  });

  it('the public answer carries no personal data: no name, title, place or account', async () => {
    const res = await fetch(h.subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PAGE, variables: { v: VILLAGE_A1 } }),
    }).catch(() => null);
    // the subgraph takes only signed calls: read it through the harness, then look at every string it holds
    expect(res?.status).toBe(401);
    const text = JSON.stringify(ok(await h.gql<Page>(PAGE, { v: VILLAGE_A1 })));
    for (const secret of ['王家', '王建国', '低保', '路灯', '测试员', '代购'] as const)
      expect(text).not.toContain(secret);
  });

  it('only an office with TRANSPARENCY_PUBLISH publishes, in its own village, a month that has begun', async () => {
    expectError(await h.gql(PUBLISH, { v: VILLAGE_A1, m: '2026-11' }, t.cadreA1), 'FORBIDDEN');
    expectError(await h.gql(PUBLISH, { v: VILLAGE_A1, m: '2026-11' }, t.secB1), 'FORBIDDEN');
    expectError(await h.gql(PUBLISH, { v: VILLAGE_A1, m: '2099-01' }, t.secA1), 'TRANSPARENCY_MONTH_INVALID', 'month');
    expectError(await h.gql(PUBLISH, { v: '430999001999', m: '2026-11' }, t.secA1), 'REGION_NOT_FOUND', 'villageCode');
    expectError(await h.gql(PUBLISH, { v: VILLAGE_A1, m: '11/2026' }, t.secA1), 'TRANSPARENCY_MONTH_INVALID', 'month');
  });

  it('another village and an unknown code show no published month', async () => {
    expect(ok(await h.gql<Page>(PAGE, { v: VILLAGE_B1 })).publicVillagePage?.months).toEqual([]);
    expect(ok(await h.gql<Page>(PAGE, { v: '999999999999' })).publicVillagePage).toBeNull();
  });
});
