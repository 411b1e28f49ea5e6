import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDataset } from '@xiangzhi/testing';
import { Meeting, MeetingKind } from './modules/meeting/meeting.entity.js';

const BATCH = 1000;

/** True when no meeting is stored yet: demo data goes only into an empty database. */
export async function isEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Meeting, {})) === 0;
}

/** Loads the meetings of the demo dataset in one transaction (bulk inserts, not row by row). */
export async function loadDemo(em: EntityManager, data: Pick<DemoDataset, 'meetings'>): Promise<void> {
  const rows = data.meetings.map((m) => ({
    id: m.id,
    kind: m.kind as MeetingKind,
    villageCode: m.villageCode,
    date: new Date(m.date),
    title: m.title,
    chairCadreId: m.chairCadreId ?? null,
    minutes: m.minutes ?? null,
    version: 1,
  }));
  await em.transactional(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) await tx.insertMany(Meeting, rows.slice(i, i + BATCH));
  });
}

/** `npm start`'s seed step (tools/dev/src/seed-demo.ts), never the service's boot: the demo meetings. */
export async function seedDemo(em: EntityManager, data: DemoDataset): Promise<Record<string, number>> {
  await loadDemo(em, data);
  return { meetings: data.meetings.length };
}
