import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxEvent } from '@xiangzhi/events';
import {
  CheckInMethod,
  PatrolCategory,
  PatrolCheckIn,
  PatrolCheckInService,
  PatrolFrequency,
  PatrolPlan,
  PatrolPoint,
  PatrolWindowService,
} from '../src/modules/patrol/index.js';
import { ids, VILLAGE_A1 } from './fixture.js';
import { bootField, fids, type FieldHarness } from './governance-field.support.js';

/*
 * Late and missed windows against a hand-computed timeline (Beijing time), as of Monday 2026-11-09 09:30.
 * Point X (daily 08:00–10:00, grace 60 min, from 11-02) and point Y (weekly, Wednesdays 14:00–16:00, grace 30 min):
 *   11-02 X 09:00            → ON_TIME
 *   11-03 X 10:30            → LATE (after the window, within the grace)
 *   11-04 X —                → MISSED;  Y 16:20 → LATE
 *   11-05 X 11:30            → MISSED (after the grace: the check-in counts for nothing)
 *   11-06 X 07:50            → MISSED (before the window)
 *   11-07, 11-08 X —         → MISSED
 *   11-09 X —  (now 09:30)   → OPEN
 *   11-10, 11-11 X           → UPCOMING;  Y 11-11 → UPCOMING
 * The month (as of 11-09): 9 windows (X 02–09, Y 04), 2 late, 5 missed, 1 point missing, 5 check-ins.
 */
let f: FieldHarness;
let x: PatrolPoint;
let y: PatrolPoint;
const NOW = new Date('2026-11-09T01:30:00Z');
const bj = (day: string, time: string): Date => new Date(`${day}T${time}:00+08:00`);

beforeAll(async () => {
  f = await bootField();
  const em = f.h.subgraph.orm.em.fork();
  const plan = (frequency: PatrolFrequency) =>
    em.create(PatrolPlan, {
      name: `网格巡查${frequency}`,
      category: PatrolCategory.FLOOD,
      frequency,
      villageCode: VILLAGE_A1,
      gridId: ids.gridA1,
      createdBy: 'test',
    });
  const point = (p: PatrolPlan, name: string, start: number, end: number, weekday: number | null, grace: number) =>
    em.create(PatrolPoint, {
      plan: p,
      name,
      seq: 1,
      qrToken: `token-${name}`,
      windowStartMin: start,
      windowEndMin: end,
      weekday,
      graceMinutes: grace,
      sinceOn: '2026-11-02',
    });
  x = point(plan(PatrolFrequency.DAILY), 'X', 480, 600, null, 60);
  y = point(plan(PatrolFrequency.WEEKLY), 'Y', 840, 960, 3, 30);
  await em.flush();
  const visit = (p: PatrolPoint, at: Date) =>
    em.create(PatrolCheckIn, {
      point: p,
      cadre: fids.memberA1,
      villageCode: VILLAGE_A1,
      gridId: ids.gridA1,
      at,
      method: CheckInMethod.QR,
      finding: false,
      late: false,
      createdBy: 'test',
    });
  visit(x, bj('2026-11-02', '09:00'));
  visit(x, bj('2026-11-03', '10:30'));
  visit(y, bj('2026-11-04', '16:20'));
  visit(x, bj('2026-11-05', '11:30'));
  visit(x, bj('2026-11-06', '07:50'));
  await em.flush();
}, 120_000);
afterAll(async () => f?.h.stop());

describe('patrol windows (computed in SQL)', () => {
  it('gives each window of each point its state as of now', async () => {
    const svc = new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('gmA1'), () => NOW);
    const rows = await svc.windows({ pointIds: [x.id, y.id], from: '2026-11-01', to: '2026-11-11' });
    const of = (p: PatrolPoint) => rows.filter((r) => r.pointId === p.id).map((r) => `${r.day.slice(8)} ${r.state}`);
    expect(of(x)).toEqual([
      '02 ON_TIME',
      '03 LATE',
      '04 MISSED',
      '05 MISSED',
      '06 MISSED',
      '07 MISSED',
      '08 MISSED',
      '09 OPEN',
      '10 UPCOMING',
      '11 UPCOMING',
    ]);
    expect(of(y)).toEqual(['04 LATE', '11 UPCOMING']);
    const late = rows.find((r) => r.pointId === x.id && r.day === '2026-11-03')!;
    expect(late.checkedInAt).toEqual(bj('2026-11-03', '10:30'));
    expect(late.graceUntil).toEqual(bj('2026-11-03', '11:00'));
  });

  it('my day lists the caller’s points of the day with their window; not another grid’s', async () => {
    const mine = await new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('gmA1'), () => NOW).myDay();
    expect(mine.map((w) => [w.pointId, w.state, w.startsAt])).toEqual([[x.id, 'OPEN', bj('2026-11-09', '08:00')]]);
    const wednesday = await new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('gmA1'), () => NOW).myDay(
      '2026-11-11',
    );
    expect(wednesday.map((w) => w.pointId)).toEqual([x.id, y.id]);
    expect(await new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('gmA2'), () => NOW).myDay()).toEqual(
      [],
    );
  });

  it('counts each grid’s month: check-ins, windows, late, missed and the points missed', async () => {
    const rows = await new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('secA1'), () => NOW).monthly(
      '2026-11',
    );
    expect(rows).toEqual([
      {
        villageCode: VILLAGE_A1,
        gridId: ids.gridA1,
        name: '第1网格',
        checkIns: 5,
        windows: 9,
        late: 2,
        missed: 5,
        missedPoints: 1,
      },
    ]);
    f.h.statements.length = 0;
    await new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('townA'), () => NOW).monthly('2026-11');
    expect(f.h.statements).toHaveLength(1);
  });

  it('marks a check-in after its window late in the row and in the event, both in one flush', async () => {
    const at = bj('2026-11-09', '10:20');
    const svc = new PatrolCheckInService(f.h.subgraph.orm.em.fork(), f.principal('gmA1'), () => at);
    const c = await svc.checkIn({ method: CheckInMethod.QR, qrCode: 'xiangzhi:patrol:token-X', finding: false });
    expect(c.late).toBe(true);
    const [event] = await f.h.subgraph.orm.em.fork().find(OutboxEvent, { aggregateId: c.id });
    expect(event!.payload).toMatchObject({ late: true, checkedInAt: at.toISOString() });
    const rows = await new PatrolWindowService(f.h.subgraph.orm.em.fork(), f.principal('gmA1'), () =>
      bj('2026-11-09', '12:00'),
    ).windows({ pointIds: [x.id], from: '2026-11-09', to: '2026-11-09' });
    expect(rows.map((r) => r.state)).toEqual(['LATE']);
  });
});
