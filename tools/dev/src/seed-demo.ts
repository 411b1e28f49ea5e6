// `npm start`'s demo-data step (`tsx tools/dev/src/seed-demo.ts governance meetings points`, run by
// DevSystem before the services start, with <NAME>_DATABASE_URL per service and PII_MASTER_KEY):
// migrates each database and loads the service's part of the demo county when it is empty. One
// process for all three (one tsx start). The services' production boot never imports
// @xiangzhi/testing (tools/dev/src/production-boot.spec.ts checks it).
import 'reflect-metadata';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import { seedDemoWhenEmpty } from '@xiangzhi/testing/seed';
import type { DemoDataset } from '@xiangzhi/testing';

interface ServiceSchema {
  entities: Function[];
  migrations: MigrationObject[];
}
interface ServiceDemo {
  isEmpty(em: EntityManager): Promise<boolean>;
  seedDemo(em: EntityManager, data: DemoDataset, env: NodeJS.ProcessEnv): Promise<Record<string, number>>;
}

const SERVICES = ['governance', 'meetings', 'points'];

/** Loads one service's demo data into its empty database; null when it held data already. */
export async function seedService(name: string, env: NodeJS.ProcessEnv): Promise<Record<string, number> | null> {
  if (!SERVICES.includes(name)) throw new Error(`seed-demo: unknown service "${name}"`);
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error('seed-demo: DATABASE_URL is not set');
  const schema = (await import(`@xiangzhi/${name}-subgraph/schema`)) as ServiceSchema;
  const demo = (await import(`@xiangzhi/${name}-subgraph/demo`)) as ServiceDemo;
  return seedDemoWhenEmpty({
    name,
    databaseUrl,
    entities: schema.entities,
    migrations: schema.migrations,
    isEmpty: demo.isEmpty,
    load: (em, data) => demo.seedDemo(em, data, env),
  });
}

// run as a script (not imported): seed the services named on the command line, side by side
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const names = process.argv.slice(2);
  await Promise.all(
    names.map((name) =>
      seedService(name, { ...process.env, DATABASE_URL: process.env[`${name.toUpperCase()}_DATABASE_URL`] }),
    ),
  );
}
