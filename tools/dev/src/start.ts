// `npm start`: keys, embedded Postgres, every subgraph (migrations + demo data on an empty
// database), the gateway and the shell, with the demo logins printed. Ctrl-C stops it all.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import { generateDemoData } from '@xiangzhi/testing/demo';
import { demoLoginTable, table } from './banner.js';
import { env, REPO_ROOT } from './env.js';
import { DevSystem, STATIC_SERVER, StartError } from './system.js';
import type { SystemUrls } from './system.js';

const SUBGRAPHS = [
  { name: 'governance', port: env.GOVERNANCE_PORT, databaseUrl: env.GOVERNANCE_DATABASE_URL },
  { name: 'meetings', port: env.MEETINGS_PORT, databaseUrl: env.MEETINGS_DATABASE_URL },
  { name: 'points', port: env.POINTS_PORT, databaseUrl: env.POINTS_DATABASE_URL },
] as const;

const started = performance.now();
let system: DevSystem | undefined;
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
  if (!existsSync(STATIC_SERVER))
    problems.push('the static server is missing: tools/dev/src/static-server.ts does not exist');
  const ports: Array<[string, number]> = [
    ...SUBGRAPHS.map((s): [string, number] => [s.name, s.port]),
    ['gateway (GATEWAY_PORT)', env.GATEWAY_PORT],
    ['shell (SHELL_PORT)', env.SHELL_PORT],
    ...(SUBGRAPHS.every((s) => s.databaseUrl)
      ? []
      : [['embedded Postgres (PG_PORT)', env.PG_PORT] as [string, number]]),
  ];
  for (const [what, port] of ports) {
    if (!(await portFree(port)))
      problems.push(`port ${port} for ${what} is in use (is another \`npm start\` running?)`);
  }
  if (problems.length) throw new StartError(`cannot start:\n  - ${problems.join('\n  - ')}`);
}

async function main(): Promise<void> {
  await preflight();
  system = new DevSystem({
    rootDir: REPO_ROOT,
    dataDir: env.DATA_DIR,
    ports: {
      governance: env.GOVERNANCE_PORT,
      meetings: env.MEETINGS_PORT,
      points: env.POINTS_PORT,
      gateway: env.GATEWAY_PORT,
      shell: env.SHELL_PORT,
      postgres: env.PG_PORT,
    },
    databaseUrls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.databaseUrl])),
    persistentDatabase: true,
    shellHost: env.SHELL_HOST,
    logLevel: env.LOG_LEVEL,
    readyTimeoutMs: env.READY_TIMEOUT_S * 1000,
    log,
    shellLog: (line) => console.log(`[shell] ${line}`),
    startedAt: started,
  });
  const urls = await system.start();
  for (const child of system.children) {
    void child.exited.then(({ code, signal }) => {
      if (!shuttingDown)
        log(
          `${child.name} exited unexpectedly (${signal ?? `code ${code}`}); the others keep running — Ctrl-C and npm start again`,
        );
    });
  }
  printBanner(urls, system);
}

function printBanner(urls: SystemUrls, running: DevSystem): void {
  const data = generateDemoData();
  const postgres = running.postgres;
  const services = [
    [
      'shell',
      `http://localhost:${env.SHELL_PORT}`,
      `open this in a browser (listens on ${env.SHELL_HOST}; SHELL_HOST to change)`,
    ],
    ['gateway', urls.gateway, 'GraphQL supergraph'],
    ...SUBGRAPHS.map((s) => [s.name, urls.subgraphs[s.name], urls.databases[s.name].replace(/\/\/[^@]*@/, '//')]),
    ...(postgres
      ? [['postgres', `127.0.0.1:${postgres.port}`, `data in ${relative(REPO_ROOT, postgres.dataDir)}`]]
      : []),
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
  if (system) await system.stop();
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
      system?.killNow();
      process.exit(1);
    }
    firstSignalAt = Date.now();
    log(`${signal}: stopping…`);
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  console.error(
    `\n[dev] ${error instanceof StartError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await shutdown(1);
});
