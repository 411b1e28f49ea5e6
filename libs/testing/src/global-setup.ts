import type { TestProject } from 'vitest/node';
import { startPostgres, tempDataDir } from './postgres.js';
import { POSTGRES_URL_KEY } from './test-database.js';

/**
 * vitest globalSetup: ONE throw-away Postgres (temp dir, free port, fsync off) for the whole run.
 * Test files get their own database from it with testDatabase(). Set XIANGZHI_TEST_DATABASE_URL
 * (an admin URL, e.g. postgres://postgres:pw@host:5432/postgres) to use an existing server instead.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.XIANGZHI_TEST_DATABASE_URL;
  if (external) {
    project.provide(POSTGRES_URL_KEY, external);
    return async () => {};
  }
  const t0 = performance.now();
  const server = await startPostgres({ dataDir: await tempDataDir(), port: 0, persistent: false });
  const { initMs, startMs } = server.timings;
  console.log(`[testing] PostgreSQL on 127.0.0.1:${server.port} ready in ${Math.round(performance.now() - t0)} ms (initdb ${initMs} ms, start ${startMs} ms)`);
  project.provide(POSTGRES_URL_KEY, server.url());
  return () => server.stop();
}
