import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { Role } from '@xiangzhi/auth';
import { PointEntry, chinaMonth } from './modules/point-entry/index.js';

const BATCH = 1000;
/** Recorder of demo lines when the dataset has no county admin account to credit them to. */
export const DEMO_RECORDER_ID = '00000000-0000-7000-8000-000000000001';

/** True when the ledger is empty: demo data goes only into an empty database. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(PointEntry, {})) === 0;
}

/** Loads the ledger lines of the demo dataset in one transaction (bulk inserts, not row by row). */
export async function loadDemo(
  em: EntityManager,
  data: Pick<DemoDataset, 'pointEntries'> & Partial<Pick<DemoDataset, 'accounts'>>,
): Promise<void> {
  const recorder = data.accounts?.find((a) => a.roles.includes(Role.COUNTY_ADMIN))?.id ?? DEMO_RECORDER_ID;
  const rows = data.pointEntries.map((e) => ({
    id: e.id,
    cadreId: e.cadreId,
    divisionCode: e.divisionCode,
    points: e.points,
    reason: e.reason,
    occurredAt: new Date(e.occurredAt),
    bookedMonth: chinaMonth(new Date(e.occurredAt)),
    createdBy: recorder,
    version: 1,
  }));
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) await tx.insertMany(PointEntry, rows.slice(i, i + BATCH));
  });
}

/** `npm start`'s seed step (tools/dev/src/seed-demo.ts), never the service's boot: the demo ledger. */
export async function seedDemo(em: EntityManager, data: DemoDataset): Promise<Record<string, number>> {
  await loadDemo(em, data);
  return { pointEntries: data.pointEntries.length };
}
