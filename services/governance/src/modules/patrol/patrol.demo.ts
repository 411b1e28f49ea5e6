import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { demoStream } from '../territory/index.js';
import { PatrolCheckIn } from './patrol-check-in.entity.js';
import { PatrolPlan } from './patrol-plan.entity.js';
import { PatrolPoint } from './patrol-point.entity.js';
import { CheckInMethod, PatrolCategory, PatrolFrequency } from './patrol.enums.js';
import { newQrToken } from './patrol-plan.service.js';
import { isLate } from './patrol-window.js';

/** Where the demo points are: around a village centre, a few hundred metres apart (metres → degrees at 28°N). */
const CENTRE = { lat: 28.2282, lng: 112.9388 };
const POINTS = [
  { name: '村部后山林区', north: 0, east: 0 },
  { name: '三组山塘大坝', north: 400, east: 250 },
  { name: '老桥头', north: -300, east: 350 },
];
const at = (day: string, hm: string): Date => new Date(`${day}T${hm}:00+08:00`);
const daysBefore = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * The patrol module's part of the demo data: a daily fire-and-flood plan of the first cadre's grid (three points with
 * positions and printed codes) and a weekly plan of the village, with two weeks of check-ins by that cadre, some late,
 * some days missed, so the patrol log and the monthly figures show something. A hand-written fixture gets none.
 */
export async function loadPatrolDemo(em: EntityManager, data: DemoDataset, _crypto: FieldCrypto): Promise<void> {
  if (!data.referenceDate) return;
  const cadre = data.accounts.find((a) => a.username === 'cadre_1');
  if (!cadre?.cadreId || !cadre.gridIds?.length) return;
  const today = todayInChina();
  const since = daysBefore(today, 14);
  const gridPlan = em.create(PatrolPlan, {
    name: '防火防汛日常巡查',
    category: PatrolCategory.FIRE,
    frequency: PatrolFrequency.DAILY,
    villageCode: cadre.divisionCode,
    gridId: cadre.gridIds[0]!,
    createdBy: 'grid_leader_1',
  });
  const points = POINTS.map((p, i) =>
    em.create(PatrolPoint, {
      plan: gridPlan,
      name: p.name,
      seq: i + 1,
      lat: CENTRE.lat + p.north / 111_320,
      lng: CENTRE.lng + p.east / 98_200,
      radiusM: 150,
      qrToken: newQrToken(),
      windowStartMin: 8 * 60,
      windowEndMin: 18 * 60,
      weekday: null,
      graceMinutes: 120,
      sinceOn: since,
    }),
  );
  const villagePlan = em.create(PatrolPlan, {
    name: '重点场所每周巡查',
    category: PatrolCategory.KEY_PLACE,
    frequency: PatrolFrequency.WEEKLY,
    villageCode: cadre.divisionCode,
    gridId: null,
    createdBy: 'secretary_1',
  });
  em.create(PatrolPoint, {
    plan: villagePlan,
    name: '村小学门口',
    seq: 1,
    lat: CENTRE.lat - 0.002,
    lng: CENTRE.lng,
    radiusM: 100,
    qrToken: newQrToken(),
    windowStartMin: 14 * 60,
    windowEndMin: 17 * 60,
    weekday: 3,
    graceMinutes: 60,
    sinceOn: since,
  });
  const random = demoStream('patrol-demo');
  for (let back = 14; back >= 1; back--) {
    const day = daysBefore(today, back);
    for (const point of points) {
      const r = random();
      if (r < 0.15) continue; // missed
      const when = at(day, r < 0.3 ? '19:10' : `${String(8 + Math.floor(random() * 9)).padStart(2, '0')}:30`);
      em.create(PatrolCheckIn, {
        point,
        cadre: cadre.cadreId,
        villageCode: gridPlan.villageCode,
        gridId: gridPlan.gridId,
        at: when,
        method: random() < 0.5 ? CheckInMethod.QR : CheckInMethod.POSITION,
        lat: point.lat,
        lng: point.lng,
        note: '巡查正常，无火情隐患',
        finding: false,
        late: isLate(point, when),
        createdBy: cadre.username,
      });
    }
  }
  await em.flush();
}
