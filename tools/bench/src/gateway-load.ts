// Load generator and process figures of the gateway benchmark (gateway.bench.ts): a fixed number
// of callers each sending its next request as soon as the last one is answered, every request
// different from the ones in flight (the gateway merges identical in-flight queries), and the
// CPU time and resident memory of a process tree read from /proc (Linux).
import { readFileSync, readdirSync } from 'node:fs';
import { CLIENT_HEADER, signRequest } from '@xiangzhi/auth';

export interface GraphqlBody {
  query: string;
  variables: Record<string, unknown>;
}

/** Sends one GraphQL request and returns its data; throws on an HTTP error or a GraphQL error. */
export type Caller = (body: GraphqlBody) => Promise<Record<string, unknown>>;

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
}

/** `concurrency` callers for `durationMs`; call(i) gets a number never used before in this run. */
export async function runLoad(
  call: (i: number) => Promise<unknown>,
  concurrency: number,
  durationMs: number,
): Promise<LoadResult> {
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  const deadline = t0 + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await call(next++);
        done++;
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { requests: done, seconds, perSecond: done / seconds };
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${text.slice(0, 300)}`);
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors?.length || !json.data) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 300)}`);
  return json.data;
}

/** A client of the gateway, as a browser calls it (bearer token only). */
export function gatewayCaller(url: string, token: string): Caller {
  return (body) => post(url, { authorization: `Bearer ${token}` }, JSON.stringify(body));
}

/** A client of one subgraph that signs its requests as the gateway does (libs/auth signRequest). */
export function directCaller(url: string, token: string, secret: string): Caller {
  const path = new URL(url).pathname;
  const authorization = `Bearer ${token}`;
  const client = '127.0.0.1';
  return (body) => {
    const text = JSON.stringify(body);
    const signature = signRequest(secret, { method: 'POST', path, authorization, client, body: text });
    return post(url, { authorization, [CLIENT_HEADER]: client, ...signature }, text);
  };
}

/** A pagination cursor as the subgraphs write it (libs/subgraph-kit pagination): rows after `offset`. */
export const cursorAfter = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');

interface ProcessFigures {
  /** user + system CPU time of the whole tree, milliseconds. */
  cpuMs: number;
  /** Resident memory of the largest process of the tree (the service, not its npx/tsx wrappers), bytes. */
  rssBytes: number;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids) out.push(...kids.split(/\s+/).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return out;
}

/** CPU time and RSS of a process and everything under it (null off Linux or once it is gone). */
export function processFigures(pid: number | undefined): ProcessFigures | null {
  if (!pid) return null;
  let cpuTicks = 0;
  let rssBytes = 0;
  let seen = false;
  for (const p of descendants(pid)) {
    try {
      // fields after the ")" of the command name: utime and stime are the 12th and 13th
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks += Number(fields[11]) + Number(fields[12]);
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      rssBytes = Math.max(rssBytes, Number(rss?.[1] ?? 0) * 1024);
      seen = true;
    } catch {
      // not there any more
    }
  }
  return seen ? { cpuMs: (cpuTicks * 1000) / CLOCK_TICKS, rssBytes } : null;
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
