import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { demoUuid } from '../territory/index.js';
import { ServiceOrder } from './service-order.entity.js';
import { ServiceOrderKind, ServiceOrderStatus } from './service-order.enums.js';

const DAY_MS = 86_400_000;
const ORDERS = [
  {
    kind: ServiceOrderKind.GOVERNMENT,
    text: '想了解危房改造补助政策，家里老房子漏雨',
    status: ServiceOrderStatus.ORDERED,
    days: 1,
  },
  { kind: ServiceOrderKind.CARE, text: '老人独居，想请人每周上门看看', status: ServiceOrderStatus.POSTED, days: 2 },
  {
    kind: ServiceOrderKind.PRODUCTION,
    text: '柑橘树叶子发黄，想请农技员看看',
    status: ServiceOrderStatus.DISPATCHED,
    days: 3,
  },
  {
    kind: ServiceOrderKind.MEDIATION,
    text: '和邻居因为排水沟的事有矛盾，想请网格员调解',
    status: ServiceOrderStatus.DONE,
    days: 6,
  },
] as const;

/** A few orders in grid_leader_1's grid, so the board shows each state after `npm start` (demo only). */
export async function loadServiceOrderDemo(em: EntityManager, data: DemoDataset): Promise<void> {
  if (!data.referenceDate) return;
  const leader = data.accounts.find((a) => a.username === 'grid_leader_1');
  const gridId = leader?.gridIds?.[0];
  if (!leader?.cadreId || !gridId) return;
  const households = data.households.filter((h) => h.gridId === gridId);
  const now = Date.now();
  for (const [i, o] of ORDERS.entries()) {
    const household = households[i];
    if (!household) return;
    const at = new Date(now - o.days * DAY_MS);
    const handled = o.status === ServiceOrderStatus.DISPATCHED || o.status === ServiceOrderStatus.DONE;
    em.create(ServiceOrder, {
      id: demoUuid(`service-order:${i}`),
      household: household.id,
      villageCode: household.villageCode,
      gridId,
      kind: o.kind,
      description: o.text,
      status: o.status,
      orderedAt: at,
      cadre: handled ? leader.cadreId : null,
      dispatchedBy: o.status === ServiceOrderStatus.ORDERED ? null : leader.username,
      dispatchedAt: o.status === ServiceOrderStatus.ORDERED ? null : new Date(at.getTime() + DAY_MS / 4),
      acceptedAt: o.status === ServiceOrderStatus.DONE ? new Date(at.getTime() + DAY_MS / 2) : null,
      doneAt: o.status === ServiceOrderStatus.DONE ? new Date(at.getTime() + 2 * DAY_MS) : null,
      result: o.status === ServiceOrderStatus.DONE ? '已上门调解，双方同意共同清理排水沟' : null,
    });
  }
  await em.flush();
}
