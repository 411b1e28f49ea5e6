import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '@xiangzhi/events';
import { PatrolCheckIn, PatrolPoint } from '../src/modules/patrol/index.js';
import { ids, VILLAGE_A1, VILLAGE_B1 } from './fixture.js';
import { bootField, type FieldHarness } from './governance-field.support.js';

/*
 * 定点巡查台账 over GraphQL: who makes plans where, who sees them, the two ways to check in and what each refuses,
 * the outbox event written with the check-in, and statement counts of the lists.
 * Points of the test (village A1 = 石门村, its grid A1; village A2's grid A2):
 *   village plan of A1 (by the secretary): 村部 (28.2000, 112.9000, radius 100 m), window all day
 *   grid A1 plan (by the grid leader):     桥头 (no position)
 *   grid A2 plan (by the township):        水库
 */
let f: FieldHarness;
const PLAN = `mutation($i: CreatePatrolPlanInput!) { createPatrolPlan(input: $i) { id name villageCode gridId version } }`;
const POINT = `mutation($i: PatrolPointInput!) { savePatrolPoint(input: $i) { id seq name windowStart windowEnd qrCode version } }`;
const CHECK_IN = `mutation($i: PatrolCheckInInput!) { checkInPatrol(input: $i) { id method late finding note cadreName point { name } } }`;
const PLANS = `query($first: Int) { patrolPlans(first: $first) { totalCount edges { node { name points { name qrCode } } } } }`;

type Plan = { createPatrolPlan: { id: string; villageCode: string; gridId: string | null } };
type Point = { savePatrolPoint: { id: string; seq: number; qrCode: string | null } };

const allDay = { windowStart: '00:00', windowEnd: '23:59' };
let villagePlan: string;
let gridPlan: string;
let a2Plan: string;
let office: Point['savePatrolPoint'];
let bridge: Point['savePatrolPoint'];
let reservoir: Point['savePatrolPoint'];

const outbox = (aggregateId: string) => f.h.subgraph.orm.em.fork().find(OutboxEvent, { aggregateId });
const checkIns = () => f.h.subgraph.orm.em.fork().count(PatrolCheckIn, {});
const events = () => f.h.subgraph.orm.em.fork().count(OutboxEvent, { type: 'PatrolCheckedIn' });

beforeAll(async () => {
  f = await bootField();
  const make = async (who: 'secA1' | 'glA1' | 'townA', i: Record<string, unknown>) =>
    (await f.ok<Plan>(who, PLAN, { i: { category: 'FIRE', frequency: 'DAILY', ...i } })).createPatrolPlan.id;
  villagePlan = await make('secA1', { name: '石门村防火巡查', villageCode: VILLAGE_A1 });
  gridPlan = await make('glA1', { name: '第1网格防汛巡查', gridId: ids.gridA1, category: 'FLOOD' });
  a2Plan = await make('townA', { name: '桃花村水库巡查', gridId: ids.gridA2, category: 'INFRASTRUCTURE' });
  const point = async (who: 'secA1' | 'glA1' | 'townA', i: Record<string, unknown>) =>
    (await f.ok<Point>(who, POINT, { i: { ...allDay, ...i } })).savePatrolPoint;
  office = await point('secA1', { planId: villagePlan, name: '村部', lat: 28.2, lng: 112.9, radiusM: 100 });
  bridge = await point('glA1', { planId: gridPlan, name: '桥头' });
  reservoir = await point('townA', { planId: a2Plan, name: '水库大坝', lat: 28.3, lng: 112.8 });
}, 120_000);
afterAll(async () => f?.h.stop());

describe('patrol plans: who makes them where', () => {
  it('a grid leader plans only for the own grid; cadres, departments and the 三员 make none', async () => {
    expect(
      await f.fails('glA1', PLAN, { i: { name: '越界', category: 'FIRE', frequency: 'DAILY', gridId: ids.gridA2 } }),
    ).toMatchObject({ code: 'GRID_NOT_FOUND' });
    expect(
      await f.fails('glA1', PLAN, {
        i: { name: '全村', category: 'FIRE', frequency: 'DAILY', villageCode: VILLAGE_A1 },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    for (const who of ['gmA1', 'dept', 'sys'] as const)
      expect(
        (await f.fails(who, PLAN, { i: { name: '计划', category: 'FIRE', frequency: 'DAILY', gridId: ids.gridA1 } }))
          .code,
      ).toBe('FORBIDDEN');
    expect(
      await f.fails('secB1', PLAN, {
        i: { name: '邻村', category: 'FIRE', frequency: 'DAILY', villageCode: VILLAGE_A1 },
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('checks names, windows and weekdays with the module code and field', async () => {
    expect(
      await f.fails('secA1', PLAN, {
        i: { name: '长'.repeat(61), category: 'FIRE', frequency: 'DAILY', villageCode: VILLAGE_A1 },
      }),
    ).toMatchObject({ code: 'PATROL_NAME_INVALID', field: 'name' });
    expect(
      await f.fails('secA1', POINT, {
        i: { planId: villagePlan, name: '点', windowStart: '18:00', windowEnd: '08:00' },
      }),
    ).toMatchObject({ code: 'PATROL_WINDOW_END_INVALID', field: 'windowEnd' });
    expect(
      await f.fails('secA1', POINT, { i: { planId: villagePlan, name: '点', windowStart: '8点', windowEnd: '18:00' } }),
    ).toMatchObject({ code: 'PATROL_WINDOW_START_INVALID' });
    const weekly = (
      await f.ok<Plan>('secA1', PLAN, {
        i: { name: '每周巡查', category: 'KEY_PLACE', frequency: 'WEEKLY', villageCode: VILLAGE_A1 },
      })
    ).createPatrolPlan.id;
    expect(await f.fails('secA1', POINT, { i: { planId: weekly, name: '集市', ...allDay } })).toMatchObject({
      code: 'PATROL_WEEKDAY_INVALID',
      field: 'weekday',
    });
    expect(
      await f.fails('secA1', POINT, { i: { planId: villagePlan, name: '点', lat: 28.2, ...allDay } }),
    ).toMatchObject({ code: 'PATROL_LNG_INVALID' });
  });

  it('keeps the route order as set, and refuses an order missing a point', async () => {
    const second = (await f.ok<Point>('secA1', POINT, { i: { planId: villagePlan, name: '祠堂', ...allDay } }))
      .savePatrolPoint;
    expect(second.seq).toBe(2);
    const REORDER = 'mutation($p: ID!, $ids: [ID!]!) { reorderPatrolPoints(planId: $p, pointIds: $ids) { name seq } }';
    const { reorderPatrolPoints } = await f.ok<{ reorderPatrolPoints: { name: string; seq: number }[] }>(
      'secA1',
      REORDER,
      { p: villagePlan, ids: [second.id, office.id] },
    );
    expect(reorderPatrolPoints).toEqual([
      { name: '祠堂', seq: 1 },
      { name: '村部', seq: 2 },
    ]);
    expect(await f.fails('secA1', REORDER, { p: villagePlan, ids: [second.id] })).toMatchObject({
      code: 'PATROL_POINT_IDS_INVALID',
    });
    expect((await f.fails('gmA1', REORDER, { p: villagePlan, ids: [office.id, second.id] })).code).toBe('FORBIDDEN');
  });
});

describe('patrol plans: who sees them', () => {
  const names = async (who: Parameters<FieldHarness['ok']>[0]) =>
    (await f.ok<{ patrolPlans: { edges: { node: { name: string } }[] } }>(who, PLANS, { first: 100 })).patrolPlans.edges
      .map((e) => e.node.name)
      .sort();

  it('a cadre sees the plans of the own grids and the own village; the township all of its villages; a neighbour none', async () => {
    expect(await names('gmA1')).toEqual(['第1网格防汛巡查', '每周巡查', '石门村防火巡查'].sort());
    expect(await names('gmA2')).toEqual(['桃花村水库巡查']);
    expect(await names('townA')).toHaveLength(4);
    expect(await names('secB1')).toEqual([]);
    expect(await names('dept')).toHaveLength(4);
    expect((await f.fails('sys', PLANS)).code).toBe('FORBIDDEN');
    const one = 'query($id: ID!) { patrolPlan(id: $id) { name } }';
    expect((await f.ok<{ patrolPlan: null }>('gmA2', one, { id: gridPlan })).patrolPlan).toBeNull();
  });

  it('shows the point codes only to who manages the plan', async () => {
    expect(office.qrCode).toMatch(/^xiangzhi:patrol:[A-Za-z0-9_-]{22}$/);
    const { patrolPlans } = await f.ok<{
      patrolPlans: { edges: { node: { name: string; points: { qrCode: string | null }[] } }[] };
    }>('gmA1', PLANS, { first: 100 });
    expect(patrolPlans.edges.flatMap((e) => e.node.points.map((p) => p.qrCode)).every((c) => c === null)).toBe(true);
  });
});

describe('check-in', () => {
  it('by QR code: the scanned code of the point checks in and writes PatrolCheckedIn in the same flush', async () => {
    const { checkInPatrol } = await f.ok<{
      checkInPatrol: { id: string; method: string; late: boolean; cadreName: string };
    }>('gmA1', CHECK_IN, {
      i: { pointId: bridge.id, method: 'QR', qrCode: bridge.qrCode, finding: false },
    });
    expect(checkInPatrol).toMatchObject({ method: 'QR', late: false, cadreName: '周网格' });
    const [event] = await outbox(checkInPatrol.id);
    expect(event).toMatchObject({ type: 'PatrolCheckedIn' });
    expect(event!.payload).toMatchObject({
      pointId: bridge.id,
      villageCode: VILLAGE_A1,
      late: false,
      cadre: { cadreId: expect.any(String) },
    });
    // the bare code typed from under the QR code works too, without naming the point
    const token = bridge.qrCode!.replace('xiangzhi:patrol:', '');
    expect(
      (
        await f.ok<{ checkInPatrol: { point: { name: string } } }>('glA1', CHECK_IN, {
          i: { method: 'QR', qrCode: ` ${token} `, finding: false },
        })
      ).checkInPatrol.point.name,
    ).toBe('桥头');
  });

  it('refuses a made-up code, another point’s code, and leaves neither a check-in nor an event', async () => {
    const [before, beforeEvents] = [await checkIns(), await events()];
    expect(
      await f.fails('gmA1', CHECK_IN, {
        i: { pointId: bridge.id, method: 'QR', qrCode: 'xiangzhi:patrol:AAAAAAAAAAAAAAAAAAAAAA', finding: false },
      }),
    ).toMatchObject({ code: 'PATROL_QR_CODE_INVALID', field: 'qrCode' });
    expect(
      await f.fails('gmA1', CHECK_IN, {
        i: { pointId: bridge.id, method: 'QR', qrCode: office.qrCode, finding: false },
      }),
    ).toMatchObject({ code: 'PATROL_QR_CODE_INVALID' });
    // a real code of a point outside the caller's grids is no better than a made-up one
    expect(
      await f.fails('gmA2', CHECK_IN, { i: { method: 'QR', qrCode: bridge.qrCode, finding: false } }),
    ).toMatchObject({ code: 'PATROL_QR_CODE_INVALID' });
    expect([await checkIns(), await events()]).toEqual([before, beforeEvents]);
  });

  it('by position: within the radius it checks in; 150 m away it answers PATROL_POSITION_INVALID with the distance', async () => {
    const near = await f.ok<{ checkInPatrol: { method: string } }>('gmA1', CHECK_IN, {
      i: { pointId: office.id, method: 'POSITION', lat: 28.2005, lng: 112.9, finding: false },
    });
    expect(near.checkInPatrol.method).toBe('POSITION');
    const before = await events();
    const far = await f.fails('gmA1', CHECK_IN, {
      i: { pointId: office.id, method: 'POSITION', lat: 28.20135, lng: 112.9, finding: false },
    });
    expect(far).toMatchObject({ code: 'PATROL_POSITION_INVALID', field: 'position' });
    expect(far.message).toMatch(/约 15\d 米，超出签到范围（100 米）/);
    expect(
      await f.fails('gmA1', CHECK_IN, { i: { pointId: office.id, method: 'POSITION', finding: false } }),
    ).toMatchObject({ code: 'PATROL_POSITION_INVALID' });
    expect(
      await f.fails('glA1', CHECK_IN, {
        i: { pointId: bridge.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false },
      }),
    ).toMatchObject({ code: 'PATROL_METHOD_INVALID' });
    expect(await events()).toBe(before);
  });

  it('is limited to the caller’s grids, needs a cadre record, a note of at most 500 characters and one with a finding', async () => {
    expect(
      await f.fails('gmA2', CHECK_IN, {
        i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false },
      }),
    ).toMatchObject({ code: 'PATROL_POINT_NOT_FOUND', field: 'pointId' });
    expect(
      await f.fails('gmB1', CHECK_IN, {
        i: { pointId: reservoir.id, method: 'POSITION', lat: 28.3, lng: 112.8, finding: false },
      }),
    ).toMatchObject({ code: 'PATROL_POINT_NOT_FOUND' });
    expect(
      (
        await f.fails('secA1', CHECK_IN, {
          i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false },
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await f.fails('dept', CHECK_IN, {
          i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false },
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      await f.fails('gmA1', CHECK_IN, {
        i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false, note: '字'.repeat(501) },
      }),
    ).toMatchObject({ code: 'PATROL_NOTE_INVALID', field: 'note' });
    expect(
      await f.fails('gmA1', CHECK_IN, {
        i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: true },
      }),
    ).toMatchObject({ code: 'PATROL_NOTE_INVALID' });
  });

  it('a stopped plan takes no check-ins', async () => {
    const em = f.h.subgraph.orm.em.fork();
    const p = await em.findOneOrFail(PatrolPoint, { id: reservoir.id }, { populate: ['plan'] });
    p.plan.active = false;
    await em.flush();
    expect(
      await f.fails('gmA2', CHECK_IN, {
        i: { pointId: reservoir.id, method: 'POSITION', lat: 28.3, lng: 112.8, finding: false },
      }),
    ).toMatchObject({ code: 'PATROL_POINT_NOT_FOUND' });
    p.plan.active = true;
    await em.flush();
  });
});

describe('a finding becomes a case in one step', () => {
  const TO_CASE = `mutation($i: PatrolFindingToCaseInput!) { convertPatrolFindingToCase(input: $i) { id source sourceId status villageCode place } }`;
  const CHECK_IN_CASE = 'query($id: ID!) { patrolCheckIn(id: $id) { caseId finding } }';

  it('raises a case with source PATROL naming the check-in, and the check-in names the case; only once', async () => {
    const { checkInPatrol } = await f.ok<{ checkInPatrol: { id: string } }>('gmA1', CHECK_IN, {
      i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: true, note: '村部后山有烧荒痕迹' },
    });
    const input = { checkInId: checkInPatrol.id, title: '村部后山烧荒隐患', kind: 'PROBLEM', domain: 'GOVERNANCE' };
    // a refused case leaves the check-in unlinked: both or neither
    expect(await f.fails('gmA1', TO_CASE, { i: { ...input, title: '长'.repeat(61) } })).toMatchObject({
      code: 'CASE_TITLE_INVALID',
    });
    expect(
      (await f.ok<{ patrolCheckIn: { caseId: null } }>('gmA1', CHECK_IN_CASE, { id: checkInPatrol.id })).patrolCheckIn
        .caseId,
    ).toBeNull();
    expect(await f.fails('gmA2', TO_CASE, { i: input })).toMatchObject({ code: 'PATROL_CHECK_IN_NOT_FOUND' });
    const { convertPatrolFindingToCase: raised } = await f.ok<{
      convertPatrolFindingToCase: {
        id: string;
        source: string;
        sourceId: string;
        status: string;
        villageCode: string;
        place: string;
      };
    }>('gmA1', TO_CASE, { i: input });
    expect(raised).toMatchObject({
      source: 'PATROL',
      sourceId: checkInPatrol.id,
      status: 'REPORTED',
      villageCode: VILLAGE_A1,
      place: '石门村防火巡查 · 村部',
    });
    expect(
      (await f.ok<{ patrolCheckIn: { caseId: string } }>('secA1', CHECK_IN_CASE, { id: checkInPatrol.id }))
        .patrolCheckIn.caseId,
    ).toBe(raised.id);
    expect(await f.fails('gmA1', TO_CASE, { i: input })).toMatchObject({ code: 'PATROL_CHECK_IN_ID_INVALID' });
  });

  it('refuses a check-in without a finding', async () => {
    const { checkInPatrol } = await f.ok<{ checkInPatrol: { id: string } }>('gmA1', CHECK_IN, {
      i: { pointId: office.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false },
    });
    expect(
      await f.fails('gmA1', TO_CASE, {
        i: { checkInId: checkInPatrol.id, title: '无', kind: 'PROBLEM', domain: 'GOVERNANCE' },
      }),
    ).toMatchObject({ code: 'PATROL_CHECK_IN_ID_INVALID' });
  });
});

describe('lists cost the same statements for 1 row and for many', () => {
  it('patrolPlans with points and patrolCheckIns with point and cadre', async () => {
    for (let n = 0; n < 12; n++) {
      const plan = (
        await f.ok<Plan>('secA1', PLAN, {
          i: { name: `批量计划${n}`, category: 'FIRE', frequency: 'DAILY', villageCode: VILLAGE_A1 },
        })
      ).createPatrolPlan.id;
      const pt = (
        await f.ok<Point>('secA1', POINT, { i: { planId: plan, name: `点${n}`, lat: 28.2, lng: 112.9, ...allDay } })
      ).savePatrolPoint;
      await f.ok('gmA1', CHECK_IN, {
        i: { pointId: pt.id, method: 'POSITION', lat: 28.2, lng: 112.9, finding: false },
      });
    }
    const LIST = `query($first: Int) { patrolCheckIns(first: $first) { totalCount edges { node { at cadreName point { name windowStart } } } } }`;
    const count = async (query: string, first: number) => {
      f.h.statements.length = 0;
      await f.ok('townA', query, { first });
      return f.h.statements.length;
    };
    expect(await count(PLANS, 10)).toBe(await count(PLANS, 1));
    expect(await count(LIST, 10)).toBe(await count(LIST, 1));
  });
});

describe('scoping of the figures', () => {
  it('a neighbour village sees nothing of another village', async () => {
    const FIG = 'query($m: String!, $r: String) { patrolFigures(month: $m, regionCode: $r) { villageCode checkIns } }';
    expect((await f.fails('secB1', FIG, { m: '2026-11', r: VILLAGE_A1 })).code).toBe('FORBIDDEN');
    const { patrolFigures } = await f.ok<{ patrolFigures: { villageCode: string }[] }>('secB1', FIG, { m: '2026-11' });
    expect(patrolFigures.every((r) => r.villageCode === VILLAGE_B1)).toBe(true);
    expect(await f.fails('secA1', FIG, { m: '2026-13' })).toMatchObject({ code: 'PATROL_MONTH_INVALID' });
  });
});
