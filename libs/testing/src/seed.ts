import type { EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { createLogger, openOrm } from '@xiangzhi/subgraph-kit';
import { generateDemoData } from './demo/generate.js';
import type { DemoDataset } from './demo/types.js';

export interface DemoSeed {
  /** The service, for the log line. */
  name: string;
  databaseUrl: string;
  entities: Function[];
  migrations: MigrationObject[];
  /** True when the service holds nothing yet: demo data goes only into an empty database. */
  isEmpty: (em: EntityManager) => Promise<boolean>;
  /** Loads the service's part of the demo county; returns what it counted, for the log. */
  load: (em: EntityManager, data: DemoDataset) => Promise<Record<string, number>>;
}

/**
 * The demo-data step of `npm start` (tools/dev), run once before the services start, never inside
 * a service's boot: migrates the database (as the service would) and, when it is still empty, loads
 * this service's part of the deterministic demo county. Returns the counts, or null when it was not empty.
 */
export async function seedDemoWhenEmpty(s: DemoSeed): Promise<Record<string, number> | null> {
  const log = createLogger(`${s.name}-seed`, 'info');
  const orm = await openOrm({ databaseUrl: s.databaseUrl, entities: s.entities, migrations: s.migrations, log });
  try {
    if (!(await s.isEmpty(orm.em.fork()))) return null;
    const started = Date.now();
    const counts = await s.load(orm.em.fork(), generateDemoData());
    log.info({ ...counts, ms: Date.now() - started }, 'demo data loaded');
    return counts;
  } finally {
    await orm.close(true);
  }
}
