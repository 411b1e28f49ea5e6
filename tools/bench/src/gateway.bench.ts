// Gateway benchmark: `npm run bench:gateway -w @xiangzhi/bench`.
// Starts the system as `npm start` runs it (tools/dev DevSystem: embedded Postgres in a temp dir,
// demo data, the three subgraphs and the gateway as their own processes, free ports on 127.0.0.1),
// then a second gateway with the other query planner (GATEWAY_RUNTIME default / router), and
// prints requests per second through each gateway beside the same work sent straight to the
// subgraphs (signed as the gateway signs), for a trivial query, a 20-household page and a
// cross-subgraph query (cadres with their points). Every request differs from those in flight
// (a fresh variable), so the gateway's in-flight deduplication cannot merge them. Also the
// gateway's CPU milliseconds per request and its resident memory after the load.
// Settings: BENCH_CONCURRENCY (16), BENCH_SECONDS (5 per measurement), BENCH_WARMUP_SECONDS (2),
// GATEWAY_RUNTIME (the planner measured first), BENCH_FROM_SOURCE=1 (services through tsx, unbuilt).
// It prints figures; it is not a pass/fail test.
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DevSystem, serviceLaunch, startChild, waitReady } from '@xiangzhi/dev';
import type { ManagedChild, SystemUrls } from '@xiangzhi/dev';
import { DEMO_PASSWORD } from '@xiangzhi/testing';
import { freePort } from '@xiangzhi/testing/postgres';
import {
  cursorAfter,
  directCaller,
  gatewayCaller,
  mb,
  processFigures,
  runLoad,
  type Caller,
  type GraphqlBody,
} from './gateway-load.js';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const RUNTIMES = ['default', 'router'] as const;
/** BENCH_FROM_SOURCE=1: the services through tsx (as npm start ran them before they were built). */
const FROM_SOURCE = process.env.BENCH_FROM_SOURCE === '1';
type Runtime = (typeof RUNTIMES)[number];
const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

interface Case {
  name: string;
  /** The request through the gateway. */
  viaGateway(i: number, gateway: Caller): Promise<unknown>;
  /** The same work straight to the subgraphs (what the gateway would send them). */
  direct(i: number, subgraph: Record<'governance' | 'points', Caller>): Promise<unknown>;
}

// a region code that exists nowhere: a lookup that returns null after the scope check
const unknownRegion = (i: number): string => `4309990${String(i % 100_000).padStart(5, '0')}`;
const HOUSEHOLDS = `query H($after: String) { households(first: 20, after: $after) {
  totalCount edges { node { id address headName memberCount } } } }`;
const CADRES = `query C($after: String) { cadres(first: 20, after: $after) { edges { node { id name post } } } }`;
const CADRES_WITH_POINTS = `query CP($after: String) { cadres(first: 20, after: $after) {
  edges { node { id name post points { total } } } } }`;
const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Cadre { points { total } } } }`;

const one = (query: string, variables: Record<string, unknown>): GraphqlBody => ({ query, variables });
// 200 pages of households and 60 of cadres cycle: far more than the requests in flight at once
const CASES: Case[] = [
  {
    name: 'trivial (region by code)',
    viaGateway: (i, gw) => gw(one('query R($c: String!) { region(code: $c) { code } }', { c: unknownRegion(i) })),
    direct: (i, sg) =>
      sg.governance(one('query R($c: String!) { region(code: $c) { code } }', { c: unknownRegion(i) })),
  },
  {
    name: '20 households',
    viaGateway: (i, gw) => gw(one(HOUSEHOLDS, { after: cursorAfter(i % 200) })),
    direct: (i, sg) => sg.governance(one(HOUSEHOLDS, { after: cursorAfter(i % 200) })),
  },
  {
    name: '20 cadres + points (2 subgraphs)',
    viaGateway: (i, gw) => gw(one(CADRES_WITH_POINTS, { after: cursorAfter(i % 60) })),
    direct: async (i, sg) => {
      const data = (await sg.governance(one(CADRES, { after: cursorAfter(i % 60) }))) as {
        cadres: { edges: { node: { id: string } }[] };
      };
      const r = data.cadres.edges.map((e) => ({ __typename: 'Cadre', id: e.node.id }));
      return sg.points(one(ENTITIES, { r }));
    },
  },
];

async function login(gatewayUrl: string): Promise<string> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      variables: { u: 'county_admin', p: DEMO_PASSWORD },
    }),
  });
  const json = (await res.json()) as { data?: { login: { accessToken: string } } };
  if (!json.data) throw new Error(`login failed: ${JSON.stringify(json)}`);
  return json.data.login.accessToken;
}

/** Another gateway over the same subgraphs with the other query planner, launched as DevSystem launches one. */
async function startOtherGateway(
  dataDir: string,
  urls: SystemUrls,
  runtime: Runtime,
): Promise<{ child: ManagedChild; url: string }> {
  const port = await freePort();
  const keys = join(dataDir, 'keys');
  const launch = serviceLaunch(ROOT, 'gateway', FROM_SOURCE);
  const child = startChild({
    name: `gateway-${runtime}`,
    ...launch,
    cwd: ROOT,
    env: {
      ...process.env,
      ...launch.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      GATEWAY_RUNTIME: runtime,
      JWT_PUBLIC_KEY: await readFile(join(keys, 'jwt-public.pem'), 'utf8'),
      GATEWAY_HMAC_SECRET: (await readFile(join(keys, 'hmac.secret'), 'utf8')).trim(),
      SUBGRAPHS: Object.entries(urls.subgraphs)
        .map(([name, url]) => `${name}=${url}`)
        .join(','),
    },
  });
  await waitReady(child, `http://127.0.0.1:${port}/readyz`, 120_000);
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

const pad = (s: string, n: number): string => s.padEnd(n);
const num = (n: number, width = 8): string => n.toFixed(0).padStart(width);

async function measure(
  runtime: Runtime,
  gatewayChild: ManagedChild,
  gateway: Caller,
  subgraphs: Record<'governance' | 'points', Caller>,
): Promise<void> {
  for (const c of CASES) {
    // check once that both paths answer without errors, then warm both up
    await c.viaGateway(1_000_000, gateway);
    await c.direct(1_000_000, subgraphs);
    await runLoad((i) => c.viaGateway(i, gateway), CONCURRENCY, WARMUP_SECONDS * 1000);
    await runLoad((i) => c.direct(i, subgraphs), CONCURRENCY, WARMUP_SECONDS * 1000);
    const before = processFigures(gatewayChild.pid);
    const viaGateway = await runLoad((i) => c.viaGateway(i, gateway), CONCURRENCY, SECONDS * 1000);
    const after = processFigures(gatewayChild.pid);
    const direct = await runLoad((i) => c.direct(i, subgraphs), CONCURRENCY, SECONDS * 1000);
    const cpuMsPerRequest = before && after ? (after.cpuMs - before.cpuMs) / viaGateway.requests : null;
    console.log(
      `${pad(runtime, 8)} ${pad(c.name, 34)} ${num(viaGateway.perSecond)} ${num(direct.perSecond)}` +
        `   ${(viaGateway.perSecond / direct.perSecond).toFixed(2).padStart(5)}` +
        `   ${cpuMsPerRequest === null ? '   -' : cpuMsPerRequest.toFixed(2).padStart(6)}`,
    );
  }
  const figures = processFigures(gatewayChild.pid);
  console.log(`${pad(runtime, 8)} gateway resident memory after the load: ${figures ? mb(figures.rssBytes) : '-'}`);
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'xiangzhi-bench-gw-'));
  // as root Postgres runs as the postgres OS user, which must be able to enter <dataDir>/pg
  await chmod(dataDir, 0o711);
  const ports = { governance: 0, meetings: 0, points: 0, gateway: 0 };
  const taken = new Set<number>();
  for (const name of Object.keys(ports) as (keyof typeof ports)[]) {
    let port = await freePort();
    while (taken.has(port)) port = await freePort();
    taken.add(port);
    ports[name] = port;
  }
  const system = new DevSystem({
    rootDir: ROOT,
    dataDir,
    ports: { ...ports, shell: 0, postgres: 0 },
    persistentDatabase: false,
    logLevel: 'warn',
    readyTimeoutMs: 180_000,
    log: (m) => console.log(`[bench] ${m}`),
    servicesFromSource: FROM_SOURCE,
  });
  const others: ManagedChild[] = [];
  try {
    const urls = await system.start();
    const first = (process.env.GATEWAY_RUNTIME ?? 'default') as Runtime;
    const systemGateway = system.children.find((c) => c.name === 'gateway');
    if (!systemGateway) throw new Error('the system started no gateway');
    const token = await login(urls.gateway);
    const secret = (await readFile(join(dataDir, 'keys', 'hmac.secret'), 'utf8')).trim();
    const subgraphs = {
      governance: directCaller(urls.subgraphs.governance, token, secret),
      points: directCaller(urls.subgraphs.points, token, secret),
    };
    const idle = processFigures(systemGateway.pid);
    console.log(
      `\ngateway after start (${first}): ${idle ? mb(idle.rssBytes) : '-'} resident; ` +
        `${CONCURRENCY} callers, ${SECONDS} s per figure after ${WARMUP_SECONDS} s warm-up\n`,
    );
    console.log(
      `${pad('runtime', 8)} ${pad('query', 34)} ${'gw req/s'.padStart(8)} ${'direct'.padStart(8)}   ratio   gw CPU ms/req`,
    );
    await measure(first, systemGateway, gatewayCaller(urls.gateway, token), subgraphs);
    for (const runtime of RUNTIMES.filter((r) => r !== first)) {
      const other = await startOtherGateway(dataDir, urls, runtime);
      others.push(other.child);
      await measure(runtime, other.child, gatewayCaller(other.url, token), subgraphs);
    }
  } finally {
    await Promise.all(others.map((c) => c.stop()));
    await system.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exit(1);
  },
);
