// The phone figures of issue 7 (a village secretary's phone on a slow link): on the throttled
// profile of ./phone-profile.ts, the time to a usable login form on a first visit (empty cache),
// the time to the first household row for a returning user (warm cache, signed in, straight to
// the register), and the gzipped JavaScript each page loads from an empty cache.
//
//   npm run bench:phone -w @xiangzhi/bench [-- --runs 5] [-- --url http://127.0.0.1:8080 [--url …]] [-- --files]
//
// Without --url it starts the built system with demo data (tools/e2e's isolated system; it builds
// the frontends first when they are not built) and stops it afterwards. Two --url (e.g. an old
// and a new build in front of one gateway) take turns run by run, so both see the same machine
// load: wall-clock figures under a 4× CPU slowdown move a lot with whatever else runs.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { launchChromium, startE2eSystem, submitLogin } from '@xiangzhi/e2e';
import {
  PHONE_PROFILE,
  appearedAt,
  clearCache,
  recordScripts,
  throttle,
  watchFirstAppearance,
  type ScriptBytes,
} from './phone-profile.js';

const TARGETS = { loginMs: 4000, firstRowMs: 1500, pageKb: 300 } as const;
const SECRETARY = 'secretary_1';
const WATCHED = ['login-username', 'login-password', 'login-submit', 'household-row'] as const;

interface PageCase {
  name: string;
  /** Who signs in first (none: the login page itself). */
  username: string | null;
  path: string;
  /** The test id that says the page shows its data. */
  ready: string;
}

const PAGES: readonly PageCase[] = [
  { name: 'login', username: null, path: '/login', ready: 'login-submit' },
  { name: 'households', username: SECRETARY, path: '/governance/households', ready: 'household-row' },
  { name: 'meetings', username: SECRETARY, path: '/meetings', ready: 'meeting-row' },
  { name: 'points', username: SECRETARY, path: '/points', ready: 'leaderboard-row' },
  { name: 'admin', username: 'sysadmin', path: '/admin', ready: 'account-row' },
];

function phoneContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: PHONE_PROFILE.viewport,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
}

async function signIn(context: BrowserContext, username: string, ready: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('/login');
  await submitLogin(page, username, DEMO_PASSWORD);
  await page.getByTestId(ready).first().waitFor({ timeout: 60_000 });
  await page.close();
}

interface Visit {
  loginMs: number;
  firstRowMs: number;
  /** Answers the returning visit took from the server (not the cache), e.g. "GET /graphql 200". */
  returningFetched: string[];
}

/** One first visit and one return of the same phone (browser context). */
async function visitAndReturn(browser: Browser, baseUrl: string): Promise<Visit> {
  const context = await phoneContext(browser, baseUrl);
  try {
    await watchFirstAppearance(context, WATCHED);
    const first = await context.newPage();
    await throttle(context, first);
    await first.goto('/', { waitUntil: 'commit' });
    const form = await Promise.all(
      ['login-username', 'login-password', 'login-submit'].map((id) => appearedAt(first, id)),
    );
    await first.close();
    // signing in and the first look at the register fill the cache (not measured)
    await signIn(context, SECRETARY, 'household-row');
    const again = await context.newPage();
    const network = await throttle(context, again);
    await again.goto('/governance/households', { waitUntil: 'commit' });
    const firstRowMs = await appearedAt(again, 'household-row');
    const returningFetched = network.fetched.map((f) => `${new URL(f.url).pathname} ${f.status}`);
    return { loginMs: Math.max(...form), firstRowMs, returningFetched };
  } finally {
    await context.close();
  }
}

/** The scripts a page loads from an empty cache (signed in first when the page needs it). */
async function pageScripts(browser: Browser, baseUrl: string, c: PageCase): Promise<ScriptBytes> {
  const context = await phoneContext(browser, baseUrl);
  try {
    if (c.username) await signIn(context, c.username, c.username === SECRETARY ? 'household-row' : c.ready);
    const page = await context.newPage();
    await clearCache(context, page);
    const scripts = recordScripts(page);
    await page.goto(c.path);
    await page.getByTestId(c.ready).first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return await scripts();
  } finally {
    await context.close();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (ok: boolean): string => (ok ? 'meets target' : 'MISSES target');

async function measure(browser: Browser, urls: readonly string[], runs: number): Promise<void> {
  const visits = new Map<string, Visit[]>(urls.map((url) => [url, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const url of urls) {
      const r = await visitAndReturn(browser, url);
      visits.get(url)!.push(r);
      console.log(
        `  run ${i + 1} ${url}: login form ${seconds(r.loginMs)}, returning first row ${seconds(r.firstRowMs)} ` +
          `(${r.returningFetched.length} answers from the server: ${r.returningFetched.join(', ')})`,
      );
    }
  }
  for (const [url, list] of visits) {
    const login = median(list.map((v) => v.loginMs));
    const row = median(list.map((v) => v.firstRowMs));
    console.log(`${url}`);
    console.log(`  first visit, usable login form:  median ${seconds(login)} — ${verdict(login < TARGETS.loginMs)}`);
    console.log(`  returning, first household row:   median ${seconds(row)} — ${verdict(row < TARGETS.firstRowMs)}`);
  }
}

async function printScriptBytes(browser: Browser, baseUrl: string, files: boolean): Promise<void> {
  console.log(`gzipped JS per page (empty cache), ${baseUrl}:`);
  for (const c of PAGES) {
    const s = await pageScripts(browser, baseUrl, c);
    const ok = s.gzipped <= TARGETS.pageKb * 1024;
    console.log(`  ${c.name.padEnd(11)} ${kb(s.gzipped).padStart(9)} in ${s.files.length} files — ${verdict(ok)}`);
    if (!files) continue;
    for (const f of [...s.files].sort((a, b) => b.gzipped - a.gzipped))
      console.log(`      ${kb(f.gzipped).padStart(9)}  ${new URL(f.url).pathname}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      url: { type: 'string', multiple: true },
      files: { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const system = values.url?.length ? null : await startE2eSystem();
  const urls = values.url?.length ? values.url : [system!.baseUrl];
  const browser = await launchChromium();
  try {
    console.log(
      `phone profile: ${PHONE_PROFILE.latencyMs} ms RTT, ${(PHONE_PROFILE.bytesPerSecond * 8) / 1000} kbit/s, ` +
        `${PHONE_PROFILE.cpuSlowdown}× CPU, ${PHONE_PROFILE.viewport.width}×${PHONE_PROFILE.viewport.height}; ` +
        `${runs} run(s); machine load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    );
    await measure(browser, urls, runs);
    for (const url of urls) await printScriptBytes(browser, url, values.files);
  } finally {
    await browser.close();
    await system?.stop();
  }
}

await main();
