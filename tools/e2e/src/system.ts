// The whole system for one browser test file, as `npm start` runs it (tools/dev's DevSystem) but
// isolated: a temp data dir (keys + a throw-away embedded Postgres), every port a free one on
// 127.0.0.1, the demo data (seed step), the subgraphs, the gateway, and the static server over the built
// frontends (built first when frontends/shell/dist is missing). Everything started is stopped
// by pid at the end, also when starting fails half-way or the test worker is told to stop.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DevSystem } from '@xiangzhi/dev';
import type { SystemTimings, SystemUrls } from '@xiangzhi/dev';
import { freePort } from '@xiangzhi/testing/postgres';

/** The repository root (tools/e2e/src → ../../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

export interface E2eSystem {
  urls: SystemUrls;
  /** The shell, e.g. http://127.0.0.1:41234 (the page's origin; /graphql is proxied). */
  baseUrl: string;
  timings: SystemTimings;
  stop(): Promise<void>;
}

export interface E2eSystemOptions {
  /** pino level of the services; warn keeps the test output readable. */
  logLevel?: string;
  readyTimeoutMs?: number;
}

const log = (message: string): void => console.log(`[e2e] ${message}`);
const secondsOf = (ms: number | undefined): string => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);

/** Starts the system; on failure everything already started is stopped before the error is thrown. */
export async function startE2eSystem(options: E2eSystemOptions = {}): Promise<E2eSystem> {
  const t0 = performance.now();
  const dataDir = await mkdtemp(join(tmpdir(), 'xiangzhi-e2e-'));
  // as root Postgres runs as the postgres OS user, which must be able to enter <dataDir>/pg
  await chmod(dataDir, 0o711);
  const ports = await distinctFreePorts(['governance', 'meetings', 'points', 'gateway'] as const);
  const system = new DevSystem({
    rootDir: REPO_ROOT,
    dataDir,
    ports: { ...ports, shell: 0, postgres: 0 },
    persistentDatabase: false,
    logLevel: options.logLevel ?? 'warn',
    readyTimeoutMs: options.readyTimeoutMs ?? 180_000,
    log,
    startedAt: t0,
    // a caller's own database URLs or port variables must not leak into the isolated system
    baseEnv: withoutSystemVariables(process.env),
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const t = performance.now();
      for (const signal of SIGNALS) process.off(signal, onSignal);
      try {
        await system.stop();
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
      log(`system stopped in ${secondsOf(performance.now() - t)}`);
    })();
    return stopping;
  };
  // a worker that is told to stop would otherwise leave the detached service processes running
  const onSignal = (signal: NodeJS.Signals): void => {
    log(`${signal}: stopping the system`);
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);

  let urls: SystemUrls;
  try {
    urls = await system.start();
  } catch (error) {
    await stop();
    throw error;
  }
  const t = system.timings;
  log(
    `system up in ${secondsOf(performance.now() - t0)}: ` +
      [
        ...(t.buildMs !== undefined ? [`frontend build ${secondsOf(t.buildMs)}`] : []),
        `postgres ${secondsOf(t.postgresMs)}`,
        `subgraphs (migrations + demo data) ${secondsOf(t.subgraphsMs)}`,
        `gateway ${secondsOf(t.gatewayMs)}`,
        `static server ${secondsOf(t.shellMs)}`,
      ].join(', ') +
      ` — shell ${urls.shell}`,
  );
  return { urls, baseUrl: urls.shell, timings: { ...t, totalMs: Math.round(performance.now() - t0) }, stop };
}

const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** A different free port per name (the OS may hand the same one out twice in a row). */
async function distinctFreePorts<K extends string>(names: readonly K[]): Promise<Record<K, number>> {
  const taken = new Set<number>();
  while (taken.size < names.length) taken.add(await freePort());
  const ports = [...taken];
  return Object.fromEntries(names.map((name, i) => [name, ports[i]])) as Record<K, number>;
}

/**
 * process.env without what would make the services differ from `npm start`: variables that
 * point at other databases, ports or keys, and the ones vitest sets in its workers.
 */
function withoutSystemVariables(source: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const dropped =
    /^(GOVERNANCE|MEETINGS|POINTS)_DATABASE_URL$|^(PG|GATEWAY|GOVERNANCE|MEETINGS|POINTS|SHELL)_PORT$|^(DATABASE_URL|PORT|HOST|SUBGRAPHS|JWT_PUBLIC_KEY|JWT_PRIVATE_KEY|PII_MASTER_KEY|GATEWAY_HMAC_SECRET|SEED_DEMO|DATA_DIR)$|^VITEST|^TINYPOOL/;
  const env = Object.fromEntries(Object.entries(source).filter(([name]) => !dropped.test(name)));
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}
