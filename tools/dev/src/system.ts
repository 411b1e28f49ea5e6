// The whole system as `npm start` runs it: dev keys, embedded Postgres (unless every service has
// a database URL), the seed step (migrations + demo data on an empty database), the three subgraphs, the gateway
// and the static server with the built frontends. start.ts runs it on the documented ports; the
// browser tests (tools/e2e) run it isolated, in a temp data dir on free ports.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { startPostgres } from '@xiangzhi/testing/postgres';
import type { PostgresServer } from '@xiangzhi/testing/postgres';
import { ensureKeys } from './keys.js';
import { NotReadyError, runToEnd, startChild, waitReady } from './processes.js';
import type { ManagedChild } from './processes.js';
import type { StaticServer, startStaticServer } from './static-server.js';

export const SUBGRAPH_NAMES = ['governance', 'meetings', 'points'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
/** Every frontend project, built when frontends/shell/dist is missing. */
export const FRONTENDS = ['vendor', 'platform', 'shell', 'governance', 'meetings', 'points'];
export const STATIC_SERVER = new URL('./static-server.ts', import.meta.url);

/** The services' nx projects, built (tools/dev/src/build-service.ts) before the system starts. */
export const SERVICE_PROJECTS = [
  '@xiangzhi/governance-subgraph',
  '@xiangzhi/meetings-subgraph',
  '@xiangzhi/points-subgraph',
  '@xiangzhi/gateway',
];

/** How a service process is started. */
export interface ServiceLaunch {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * A service as built JavaScript in production mode (services/<name>/dist/main.mjs), or with
 * `fromSource` its TypeScript through tsx (development: no build step, but tsx's transpiler and
 * its cache stay in memory). The gateway's old space is capped at 256 MB (its live heap under load
 * is far below), so a cache that grows without bound fails loudly instead of holding a gigabyte.
 */
export function serviceLaunch(rootDir: string, name: SubgraphName | 'gateway', fromSource = false): ServiceLaunch {
  if (fromSource) return { command: 'npx', args: ['tsx', `services/${name}/src/main.ts`], env: {} };
  const heap = name === 'gateway' ? ['--max-old-space-size=256'] : [];
  return {
    command: process.execPath,
    args: [...heap, join(rootDir, 'services', name, 'dist', 'main.mjs')],
    env: { NODE_ENV: 'production' },
  };
}

/** An error that is the whole message: printed without a stack. */
export class StartError extends Error {}

export interface SystemPorts {
  governance: number;
  meetings: number;
  points: number;
  gateway: number;
  /** 0 picks a free port (the static server reports the one it got). */
  shell: number;
  /** Embedded Postgres; 0 picks a free port. */
  postgres: number;
}

export interface SystemOptions {
  /** Repository root: services/, frontends/ and the nx workspace. */
  rootDir: string;
  /** Keys under <dataDir>/keys, the embedded cluster under <dataDir>/pg. */
  dataDir: string;
  ports: SystemPorts;
  /** An external database per subgraph; the embedded Postgres starts only when one is missing. */
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  /** false: the embedded cluster is deleted when the system stops (tests). */
  persistentDatabase: boolean;
  /** Interface of the static server (default 127.0.0.1; npm start listens on every interface). */
  shellHost?: string;
  /** pino level of every service. */
  logLevel: string;
  /** How long one service may take to answer /readyz. */
  readyTimeoutMs: number;
  /** Progress lines ("[dev] …" in npm start). */
  log: (message: string) => void;
  /** Lines of the static server; default: through `log`. */
  shellLog?: (line: string) => void;
  /** performance.now() the "ready after" times count from (default: when start() is called). */
  startedAt?: number;
  /** Environment the children inherit (default process.env; JWT_PRIVATE_KEY is never passed on). */
  baseEnv?: NodeJS.ProcessEnv;
  /** Run the services' TypeScript through tsx instead of building them (serviceLaunch). */
  servicesFromSource?: boolean;
}

export interface SystemUrls {
  shell: string;
  gateway: string;
  subgraphs: Record<SubgraphName, string>;
  databases: Record<SubgraphName, string>;
}

/** Milliseconds spent per step of start(); undefined for a step that did not run. */
export interface SystemTimings {
  buildMs?: number;
  servicesBuildMs?: number;
  postgresMs?: number;
  seedMs?: number;
  subgraphsMs?: number;
  gatewayMs?: number;
  shellMs?: number;
  totalMs?: number;
}

function failure(error: NotReadyError): string {
  const lines = error.child.lastLines(25);
  return `${error.message}\n  last log lines of ${error.child.name}:\n${lines.length ? lines.map((l) => `    ${l}`).join('\n') : '    (none)'}`;
}

/** A path as the logs show it: relative to the repository when inside it. */
function shown(rootDir: string, path: string): string {
  const rel = relative(rootDir, path);
  return rel === '' || rel.startsWith('..') ? path : rel;
}

const asStartError = (e: unknown): unknown => (e instanceof NotReadyError ? new StartError(failure(e)) : e);

/**
 * One running system. start() brings it up; stop() may be called at any moment (also while
 * start() is still waiting) and stops exactly what was started, by pid: the static server, the
 * gateway, the subgraphs, then Postgres.
 */
export class DevSystem {
  readonly children: ManagedChild[] = [];
  readonly timings: SystemTimings = {};
  postgres: PostgresServer | undefined;
  private staticServer: StaticServer | undefined;
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: SystemOptions) {}

  private get stopped(): boolean {
    return this.stopping !== undefined;
  }

  private checkNotStopped(): void {
    if (this.stopped) throw new StartError('stopped while starting');
  }

  async start(): Promise<SystemUrls> {
    const o = this.options;
    const t0 = performance.now();
    const startedAt = o.startedAt ?? t0;
    const since = (t: number): number => Math.round(performance.now() - t);
    const seconds = (): string => `${((performance.now() - startedAt) / 1000).toFixed(1)} s`;

    await this.buildFrontendsIfMissing();
    this.checkNotStopped();
    await this.buildServices();
    this.checkNotStopped();
    await mkdir(o.dataDir, { recursive: true });
    const keys = await ensureKeys(o.dataDir);
    o.log(`${keys.created ? 'generated' : 'using'} dev keys in ${shown(o.rootDir, join(o.dataDir, 'keys'))}`);
    const databases = await this.databases();
    this.checkNotStopped();

    // the private key goes to governance only, even when the caller's environment has one
    const { JWT_PRIVATE_KEY: _notShared, PII_MASTER_KEY: _notSharedEither, ...inherited } = o.baseEnv ?? process.env;
    const common = {
      ...inherited,
      HOST: '127.0.0.1',
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: keys.hmacSecret,
      LOG_LEVEL: o.logLevel,
    };
    const subgraphUrl = (name: SubgraphName): string => `http://127.0.0.1:${o.ports[name]}/graphql`;
    await this.seedDemo({
      ...common,
      PII_MASTER_KEY: keys.piiMasterKey,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_DATABASE_URL`, databases[name]])),
    });
    this.checkNotStopped();
    const tSubgraphs = performance.now();
    const subgraphs = SUBGRAPH_NAMES.map((name, i) => {
      const launch = serviceLaunch(o.rootDir, name, o.servicesFromSource);
      const child = startChild(
        {
          name,
          command: launch.command,
          args: launch.args,
          cwd: o.rootDir,
          env: {
            ...common,
            ...launch.env,
            PORT: String(o.ports[name]),
            DATABASE_URL: databases[name],
            ...(name === 'governance'
              ? {
                  JWT_PRIVATE_KEY: keys.privateKeyPem,
                  PII_MASTER_KEY: keys.piiMasterKey,
                  // the outbox relay delivers visits, pairings, cases… to points, and cases' state to meetings
                  EVENT_SUBSCRIBERS: `points=http://127.0.0.1:${o.ports.points}/events,meetings=http://127.0.0.1:${o.ports.meetings}/events`,
                }
              : {}),
            ...(name === 'meetings'
              ? {
                  // forum items become cases in governance; attendance earns points
                  EVENT_SUBSCRIBERS: `points=http://127.0.0.1:${o.ports.points}/events,governance=http://127.0.0.1:${o.ports.governance}/events`,
                }
              : {}),
            // meetings and points ask governance whether the cadres a request names exist and may be seen
            ...(name !== 'governance' ? { GOVERNANCE_URL: subgraphUrl('governance') } : {}),
          },
        },
        i,
      );
      this.children.push(child);
      return { name, child };
    });
    o.log(`starting ${subgraphs.map((s) => `${s.name} (:${o.ports[s.name]})`).join(', ')}`);
    const results = await Promise.allSettled(
      subgraphs.map((s) => waitReady(s.child, `http://127.0.0.1:${o.ports[s.name]}/readyz`, o.readyTimeoutMs)),
    );
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failed.length)
      throw new StartError(failed.map((e) => (e instanceof NotReadyError ? failure(e) : String(e))).join('\n\n'));
    this.timings.subgraphsMs = since(tSubgraphs);
    o.log(`subgraphs ready after ${seconds()}`);
    this.checkNotStopped();

    const tGateway = performance.now();
    const gatewayLaunch = serviceLaunch(o.rootDir, 'gateway', o.servicesFromSource);
    const gateway = startChild(
      {
        name: 'gateway',
        command: gatewayLaunch.command,
        args: gatewayLaunch.args,
        cwd: o.rootDir,
        // the shell's static server is the only proxy in front: trust its X-Forwarded-For for the client address
        env: {
          ...common,
          ...gatewayLaunch.env,
          PORT: String(o.ports.gateway),
          TRUSTED_PROXIES: '127.0.0.1',
          SUBGRAPHS: SUBGRAPH_NAMES.map((name) => `${name}=${subgraphUrl(name)}`).join(','),
        },
      },
      3,
    );
    this.children.push(gateway);
    await waitReady(gateway, `http://127.0.0.1:${o.ports.gateway}/readyz`, o.readyTimeoutMs).catch((e: unknown) => {
      throw asStartError(e);
    });
    this.timings.gatewayMs = since(tGateway);
    this.checkNotStopped();

    const tShell = performance.now();
    const gatewayUrl = `http://127.0.0.1:${o.ports.gateway}/graphql`;
    // imported late, so that a missing file is reported by start.ts's preflight rather than as a crash
    const mod = (await import(STATIC_SERVER.href)) as { startStaticServer?: typeof startStaticServer };
    if (typeof mod.startStaticServer !== 'function')
      throw new StartError('tools/dev/src/static-server.ts does not export startStaticServer');
    this.staticServer = await mod.startStaticServer({
      port: o.ports.shell,
      host: o.shellHost ?? '127.0.0.1',
      gatewayUrl,
      rootDir: o.rootDir,
      log: o.shellLog ?? ((line) => o.log(`[shell] ${line}`)),
    });
    if (this.stopped) {
      await this.staticServer.close();
      this.checkNotStopped();
    }
    this.timings.shellMs = since(tShell);
    this.timings.totalMs = since(t0);
    return {
      shell: `http://127.0.0.1:${this.staticServer.port}`,
      gateway: gatewayUrl,
      subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])) as Record<
        SubgraphName,
        string
      >,
      databases,
    };
  }

  /**
   * Migrations and the demo county, in one short process before the services start
   * (tools/dev/src/seed-demo.ts): loaded only into an empty database, and never by the services
   * themselves, whose production boot imports nothing of @xiangzhi/testing.
   */
  private async seedDemo(env: NodeJS.ProcessEnv): Promise<void> {
    const o = this.options;
    const t = performance.now();
    o.log('migrating the databases and loading the demo data into the empty ones');
    const code = await runToEnd({
      name: 'seed',
      command: 'npx',
      args: ['tsx', 'tools/dev/src/seed-demo.ts', ...SUBGRAPH_NAMES],
      cwd: o.rootDir,
      env,
    });
    if (code !== 0)
      throw new StartError(`loading the demo data failed (exit code ${code}); see the [seed] lines above`);
    this.timings.seedMs = Math.round(performance.now() - t);
  }

  private async buildFrontendsIfMissing(): Promise<void> {
    const { rootDir, log } = this.options;
    if (existsSync(join(rootDir, 'frontends', 'shell', 'dist'))) return;
    const t = performance.now();
    const args = ['nx', 'run-many', '-t', 'build', '-p', ...FRONTENDS, '--outputStyle=static'];
    log(`frontends/shell/dist is missing: building the frontends first (npx ${args.join(' ')})`);
    const code = await runToEnd({
      name: 'build',
      command: 'npx',
      args,
      cwd: rootDir,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (code !== 0)
      throw new StartError(
        `the frontend build failed (exit code ${code}); see the [build] lines above, fix it and run npm start again`,
      );
    this.timings.buildMs = Math.round(performance.now() - t);
  }

  /** Builds the services (nx: a no-op from its cache when nothing changed since the last build). */
  private async buildServices(): Promise<void> {
    const { rootDir, log } = this.options;
    if (this.options.servicesFromSource) return;
    const t = performance.now();
    const args = ['nx', 'run-many', '-t', 'build', '-p', ...SERVICE_PROJECTS, '--outputStyle=static'];
    const code = await runToEnd({
      name: 'build',
      command: 'npx',
      args,
      cwd: rootDir,
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    if (code !== 0)
      throw new StartError(`building the services failed (exit code ${code}); see the [build] lines above`);
    this.timings.servicesBuildMs = Math.round(performance.now() - t);
    log(`services built (${shown(rootDir, join(rootDir, 'services'))}/*/dist) in ${this.timings.servicesBuildMs} ms`);
  }

  /** Database URL per subgraph: the override, or a database on the embedded Postgres. */
  private async databases(): Promise<Record<SubgraphName, string>> {
    const o = this.options;
    const urls: Partial<Record<SubgraphName, string>> = {};
    for (const name of SUBGRAPH_NAMES) if (o.databaseUrls?.[name]) urls[name] = o.databaseUrls[name];
    if (SUBGRAPH_NAMES.every((name) => urls[name])) {
      o.log('all three *_DATABASE_URL are set: not starting the embedded Postgres');
      return urls as Record<SubgraphName, string>;
    }
    const t = performance.now();
    const dataDir = join(o.dataDir, 'pg');
    const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
    const where = o.ports.postgres ? `port ${o.ports.postgres}` : 'a free port';
    o.log(`${fresh ? 'initialising' : 'starting'} PostgreSQL in ${shown(o.rootDir, dataDir)} on ${where}`);
    const postgres = await startPostgres({
      dataDir,
      port: o.ports.postgres,
      persistent: o.persistentDatabase,
      stopOnSignals: false,
    });
    if (this.stopped) {
      // stop() ran while the cluster was starting and could not see it
      await postgres.stop();
      this.checkNotStopped();
    }
    this.postgres = postgres;
    o.log(`PostgreSQL ready (initdb ${this.postgres.timings.initMs} ms, start ${this.postgres.timings.startMs} ms)`);
    for (const name of SUBGRAPH_NAMES) urls[name] ??= await this.postgres.createDatabase(`xiangzhi_${name}`);
    this.timings.postgresMs = Math.round(performance.now() - t);
    return urls as Record<SubgraphName, string>;
  }

  /** Stops everything started so far, by pid; safe to call twice and while start() runs. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      // open keep-alive connections must not hold the shutdown up
      const server = this.staticServer;
      if (server) await Promise.race([server.close().catch(() => undefined), new Promise((r) => setTimeout(r, 3_000))]);
      await Promise.all(this.children.filter((c) => c.name === 'gateway').map((c) => c.stop()));
      await Promise.all(this.children.filter((c) => c.name !== 'gateway').map((c) => c.stop()));
      // (a cluster still starting is stopped by start() itself once it is up)
      if (this.postgres)
        await this.postgres.stop().catch((e: unknown) => this.options.log(`stopping PostgreSQL failed: ${String(e)}`));
    })();
    return this.stopping;
  }

  /** Last resort (a second Ctrl-C): SIGKILL to every child's process group. */
  killNow(): void {
    for (const child of this.children) child.killNow();
  }
}
