import type { TestProject } from 'vitest/node';
import { startPostgres, tempDataDir } from './postgres.js';
import type { PostgresServer } from './postgres.js';
import { POSTGRES_URL_KEY } from './test-database.js';

interface SharedServer {
  server: Promise<PostgresServer>;
  users: number;
}

// Vitest loads a globalSetup file once per project that lists it (separate module instances),
// so the one server of the run is kept on globalThis of the main process and reference-counted.
const SHARED = Symbol.for('xiangzhi.testing.postgres');
const slot = globalThis as unknown as Record<symbol, SharedServer | undefined>;

async function sharedServer(): Promise<PostgresServer> {
  let shared = slot[SHARED];
  if (!shared) {
    const started = (async () => {
      const t0 = performance.now();
      const server = await startPostgres({ dataDir: await tempDataDir(), port: 0, persistent: false });
      const { initMs, startMs } = server.timings;
      console.log(
        `[testing] PostgreSQL on 127.0.0.1:${server.port} ready in ${Math.round(performance.now() - t0)} ms (initdb ${initMs} ms, start ${startMs} ms)`,
      );
      return server;
    })();
    shared = { server: started, users: 0 };
    slot[SHARED] = shared;
    started.catch(() => {
      slot[SHARED] = undefined;
    });
  }
  shared.users++;
  return shared.server;
}

/**
 * vitest globalSetup: ONE throw-away Postgres (temp dir, free port, fsync off) for the whole run,
 * however many projects list this file. Test files get their own database with testDatabase().
 * Set XIANGZHI_TEST_DATABASE_URL (an admin URL, postgres://user:pw@host:port/postgres) to use an
 * existing server instead.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.XIANGZHI_TEST_DATABASE_URL;
  if (external) {
    project.provide(POSTGRES_URL_KEY, external);
    return async () => {};
  }
  const server = await sharedServer();
  project.provide(POSTGRES_URL_KEY, server.url());
  return async () => {
    const shared = slot[SHARED];
    if (!shared || --shared.users > 0) return;
    slot[SHARED] = undefined;
    await server.stop();
  };
}
