// `npm start`: keys, embedded Postgres, every subgraph (migrations + demo data on an empty
// database), the gateway and the shell, with the demo logins printed. Ctrl-C stops it all.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { generateDemoData } from '@xiangzhi/testing/demo';
import { startPostgres } from '@xiangzhi/testing/postgres';
import type { PostgresServer } from '@xiangzhi/testing/postgres';
import { demoLoginTable, table } from './banner.js';
import { env, REPO_ROOT } from './env.js';
import { ensureKeys } from './keys.js';
import { NotReadyError, runToEnd, startChild, waitReady } from './processes.js';
import type { ManagedChild } from './processes.js';
import type { StaticServer, startStaticServer } from './static-server.js';

const SUBGRAPHS = [
  { name: 'governance', port: env.GOVERNANCE_PORT, databaseUrl: env.GOVERNANCE_DATABASE_URL },
  { name: 'meetings', port: env.MEETINGS_PORT, databaseUrl: env.MEETINGS_DATABASE_URL },
  { name: 'points', port: env.POINTS_PORT, databaseUrl: env.POINTS_DATABASE_URL },
] as const;
const FRONTENDS = ['vendor', 'platform', 'shell', 'governance', 'meetings', 'points'];
const STATIC_SERVER = new URL('./static-server.ts', import.meta.url);

/** An error that is the whole message: printed without a stack. */
class StartError extends Error {}

const started = performance.now();
const children: ManagedChild[] = [];
let postgres: PostgresServer | undefined;
let staticServer: StaticServer | undefined;
let shuttingDown = false;

const log = (message: string): void => console.log(`[dev] ${message}`);
const seconds = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Everything we are about to run must exist and every port must be free, before we start anything. */
async function preflight(): Promise<void> {
  const problems: string[] = [];
  for (const name of [...SUBGRAPHS.map((s) => s.name), 'gateway']) {
    const main = join('services', name, 'src', 'main.ts');
    if (!existsSync(join(REPO_ROOT, main))) problems.push(`service "${name}" is missing: ${main} does not exist`);
  }
  if (!existsSync(STATIC_SERVER)) problems.push('the static server is missing: tools/dev/src/static-server.ts does not exist');
  const ports: Array<[string, number]> = [
    ...SUBGRAPHS.map((s): [string, number] => [s.name, s.port]),
    ['gateway (GATEWAY_PORT)', env.GATEWAY_PORT],
    ['shell (SHELL_PORT)', env.SHELL_PORT],
    ...(SUBGRAPHS.every((s) => s.databaseUrl) ? [] : [['embedded Postgres (PG_PORT)', env.PG_PORT] as [string, number]]),
  ];
  for (const [what, port] of ports) {
    if (!(await portFree(port))) problems.push(`port ${port} for ${what} is in use (is another \`npm start\` running?)`);
  }
  if (problems.length) throw new StartError(`cannot start:\n  - ${problems.join('\n  - ')}`);
}

async function buildFrontendsIfMissing(): Promise<void> {
  if (existsSync(join(REPO_ROOT, 'frontends', 'shell', 'dist'))) return;
  const args = ['nx', 'run-many', '-t', 'build', '-p', ...FRONTENDS, '--outputStyle=static'];
  log(`frontends/shell/dist is missing: building the frontends first (npx ${args.join(' ')})`);
  const code = await runToEnd({ name: 'build', command: 'npx', args, cwd: REPO_ROOT, env: { ...process.env, NX_DAEMON: 'false' } });
  if (code !== 0) throw new StartError(`the frontend build failed (exit code ${code}); see the [build] lines above, fix it and run npm start again`);
}

/** Database URL per subgraph: the override, or a database on the embedded Postgres. */
async function databases(): Promise<Record<string, string>> {
  const urls: Record<string, string> = {};
  for (const s of SUBGRAPHS) if (s.databaseUrl) urls[s.name] = s.databaseUrl;
  if (Object.keys(urls).length === SUBGRAPHS.length) {
    log('all three *_DATABASE_URL are set: not starting the embedded Postgres');
    return urls;
  }
  const dataDir = join(env.DATA_DIR, 'pg');
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  log(`${fresh ? 'initialising' : 'starting'} PostgreSQL in ${relative(REPO_ROOT, dataDir) || dataDir} on port ${env.PG_PORT}`);
  postgres = await startPostgres({ dataDir, port: env.PG_PORT, persistent: true, stopOnSignals: false });
  log(`PostgreSQL ready (initdb ${postgres.timings.initMs} ms, start ${postgres.timings.startMs} ms)`);
  for (const s of SUBGRAPHS) urls[s.name] ??= await postgres.createDatabase(`xiangzhi_${s.name}`);
  return urls;
}

function failure(error: NotReadyError): string {
  const lines = error.child.lastLines(25);
  return `${error.message}\n  last log lines of ${error.child.name}:\n${lines.length ? lines.map((l) => `    ${l}`).join('\n') : '    (none)'}`;
}

async function main(): Promise<void> {
  await preflight();
  await buildFrontendsIfMissing();
  await mkdir(env.DATA_DIR, { recursive: true });
  const keys = await ensureKeys(env.DATA_DIR);
  log(`${keys.created ? 'generated' : 'using'} dev keys in ${relative(REPO_ROOT, join(env.DATA_DIR, 'keys'))}`);
  const urls = await databases();

  // the private key goes to governance only, even when the caller's environment has one
  const { JWT_PRIVATE_KEY: _notShared, ...inherited } = process.env;
  const common = { ...inherited, HOST: '127.0.0.1', JWT_PUBLIC_KEY: keys.publicKeyPem, GATEWAY_HMAC_SECRET: keys.hmacSecret, LOG_LEVEL: env.LOG_LEVEL };
  const timeout = env.READY_TIMEOUT_S * 1000;
  const subgraphs = SUBGRAPHS.map((s, i) => {
    const child = startChild(
      {
        name: s.name,
        command: 'npx',
        args: ['tsx', `services/${s.name}/src/main.ts`],
        cwd: REPO_ROOT,
        env: {
          ...common,
          PORT: String(s.port),
          DATABASE_URL: urls[s.name],
          SEED_DEMO: '1',
          ...(s.name === 'governance' ? { JWT_PRIVATE_KEY: keys.privateKeyPem } : {}),
        },
      },
      i,
    );
    children.push(child);
    return { ...s, child };
  });
  log(`starting ${subgraphs.map((s) => `${s.name} (:${s.port})`).join(', ')}; the first start migrates and loads the demo data`);
  const results = await Promise.allSettled(subgraphs.map((s) => waitReady(s.child, `http://127.0.0.1:${s.port}/readyz`, timeout)));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length) throw new StartError(failed.map((e) => (e instanceof NotReadyError ? failure(e) : String(e))).join('\n\n'));
  log(`subgraphs ready after ${seconds()}`);

  const gateway = startChild(
    {
      name: 'gateway',
      command: 'npx',
      args: ['tsx', 'services/gateway/src/main.ts'],
      cwd: REPO_ROOT,
      env: { ...common, PORT: String(env.GATEWAY_PORT), SUBGRAPHS: subgraphs.map((s) => `${s.name}=http://127.0.0.1:${s.port}/graphql`).join(',') },
    },
    3,
  );
  children.push(gateway);
  await waitReady(gateway, `http://127.0.0.1:${env.GATEWAY_PORT}/readyz`, timeout).catch((e: unknown) => {
    throw e instanceof NotReadyError ? new StartError(failure(e)) : e;
  });

  const gatewayUrl = `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`;
  // imported late, so that a missing file is reported by preflight() rather than as a crash
  const mod = (await import(STATIC_SERVER.href)) as { startStaticServer?: typeof startStaticServer };
  if (typeof mod.startStaticServer !== 'function') throw new StartError('tools/dev/src/static-server.ts does not export startStaticServer');
  staticServer = await mod.startStaticServer({
    port: env.SHELL_PORT,
    host: '0.0.0.0',
    gatewayUrl,
    rootDir: REPO_ROOT,
    log: (line) => console.log(`[shell] ${line}`),
  });

  for (const child of children) {
    void child.exited.then(({ code, signal }) => {
      if (!shuttingDown) log(`${child.name} exited unexpectedly (${signal ?? `code ${code}`}); the others keep running — Ctrl-C and npm start again`);
    });
  }
  printBanner(gatewayUrl, urls);
}

function printBanner(gatewayUrl: string, urls: Record<string, string>): void {
  const data = generateDemoData();
  const services = [
    ['shell', `http://localhost:${env.SHELL_PORT}`, 'open this in a browser (listens on every interface)'],
    ['gateway', gatewayUrl, 'GraphQL supergraph'],
    ...SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.port}/graphql`, (urls[s.name] ?? '').replace(/\/\/[^@]*@/, '//')]),
    ...(postgres ? [['postgres', `127.0.0.1:${postgres.port}`, `data in ${relative(REPO_ROOT, postgres.dataDir)}`]] : []),
  ];
  console.log(
    [
      '',
      `乡治 xiangzhi is running — ready in ${seconds()}`,
      table(['service', 'url', ''], services),
      '',
      `Demo logins (password for all: ${data.accounts[0]?.password ?? ''}):`,
      demoLoginTable(data),
      '',
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

/** Stops the children by their pid (gateway first, then the subgraphs), then Postgres. */
async function shutdown(code: number): Promise<never> {
  shuttingDown = true;
  // open keep-alive connections must not hold the shutdown up
  if (staticServer) await Promise.race([staticServer.close().catch(() => undefined), new Promise((r) => setTimeout(r, 3_000))]);
  const gateway = children.filter((c) => c.name === 'gateway');
  await Promise.all(gateway.map((c) => c.stop()));
  await Promise.all(children.filter((c) => c.name !== 'gateway').map((c) => c.stop()));
  if (postgres) await postgres.stop().catch((e: unknown) => log(`stopping PostgreSQL failed: ${String(e)}`));
  if (code === 0) log('stopped');
  process.exit(code);
}

let firstSignalAt = 0;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // one Ctrl-C arrives several times (from the terminal and relayed by npm and tsx): only a
    // second press a moment later means "kill now"
    if (firstSignalAt && Date.now() - firstSignalAt < 1_500) return;
    if (shuttingDown) {
      log('stopping is in progress; killing everything now');
      for (const child of children) child.killNow();
      process.exit(1);
    }
    firstSignalAt = Date.now();
    log(`${signal}: stopping…`);
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  console.error(`\n[dev] ${error instanceof StartError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await shutdown(1);
});
