import { randomBytes } from 'node:crypto';
import { databaseUrl, dropDatabase, ensureDatabase } from './postgres.js';

/** The key under which globalSetup provides the test Postgres admin URL to every project. */
export const POSTGRES_URL_KEY = 'xiangzhiPostgresUrl';

declare module 'vitest' {
  export interface ProvidedContext {
    xiangzhiPostgresUrl: string;
  }
}

export interface TestDatabase {
  /** The database name: `<prefix>_<random>`. */
  name: string;
  /** postgres:// URL for DATABASE_URL / the ORM. */
  url: string;
  /** Drops it (optional: the whole test cluster is deleted after the run). */
  drop(): Promise<void>;
}

/** The admin URL the globalSetup provided; a clear error when the file runs without it. */
async function providedAdminUrl(): Promise<string> {
  // loaded lazily so that importing @xiangzhi/testing outside vitest (tools/dev) never loads vitest
  const { inject } = await import('vitest');
  const url = inject(POSTGRES_URL_KEY) ?? process.env.XIANGZHI_TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      'testDatabase(): no test Postgres. Run the tests from the repository root (`npx vitest run`, whose ' +
        'vitest.config.ts has globalSetup @xiangzhi/testing/global-setup) or set XIANGZHI_TEST_DATABASE_URL.',
    );
  }
  return url;
}

/**
 * A fresh, empty, uniquely named database on the run's shared Postgres, so test files run in
 * parallel without sharing data. Call it once per file (beforeAll) and run migrations on it.
 */
export async function testDatabase(prefix = 'test'): Promise<TestDatabase> {
  const adminUrl = await providedAdminUrl();
  const clean = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^[^a-z_]/, '_$&')
    .slice(0, 40);
  const name = `${clean}_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name);
  return { name, url: databaseUrl(adminUrl, name), drop: () => dropDatabase(adminUrl, name) };
}
