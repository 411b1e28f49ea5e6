import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { DemoDataset } from './demo/types.js';

/**
 * The `beforeListen` hook of a subgraph's main.ts: when asked to (SEED_DEMO) and the database
 * is still empty, load this service's part of the deterministic demo county and log what it loaded.
 */
export function seedDemoWhenEmpty(
  enabled: boolean,
  isEmpty: (em: MikroORM['em']) => Promise<boolean>,
  load: (em: MikroORM['em'], data: DemoDataset) => Promise<Record<string, number>>,
): (orm: MikroORM, log: Logger) => Promise<void> {
  return async (orm, log) => {
    if (!enabled || !(await isEmpty(orm.em.fork()))) return;
    const { generateDemoData } = await import('./demo/generate.js');
    const started = Date.now();
    const counts = await load(orm.em.fork(), generateDemoData());
    log.info({ ...counts, ms: Date.now() - started }, 'demo data loaded');
  };
}
