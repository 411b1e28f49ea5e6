// The foundation in a real browser against the whole system (three subgraphs, gateway, static
// server, embedded Postgres, demo county; started once per run by src/global-setup.ts): log in,
// households, 说事会 meetings, points ranking, language, log out — as a village secretary at a
// desk and as a cadre on a phone. Read only; the other files change nothing it counts (they add
// households and pairings in villages 2 and 3; in village 1 only texts, a tag, a visit).
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { DESKTOP, PHONE, launchChromium, submitLogin, watchedPage } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { MEETING_KIND_ZH, accountFacts, demo, headNameSearch, pairedHouseholdIds } from './src/demo-facts.js';
import type { AccountFacts, LeaderboardTop } from './src/demo-facts.js';
import { sharedSystem } from './src/shared-system.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';
import {
  attributeOfAll,
  hasChinese,
  leaderboardRows,
  leadingNumber,
  meetingRows,
  pagerInfo,
  settled,
} from './src/ui.js';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const PAGE_SIZE = 20;
const WAIT = { timeout: 20_000, interval: 100 };

let browser: Browser | undefined;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(name: string, viewport: { width: number; height: number }, mobile = false): Promise<WatchedPage> {
  if (!browser) throw new Error('the browser did not start');
  const watched = await watchedPage(browser, {
    viewport,
    baseUrl: sharedSystem().baseUrl,
    screenshotDir: SCREENSHOTS,
    mobile,
  });
  watched.page.setDefaultTimeout(20_000);
  console.log(`[e2e] ${name}: ${viewport.width}×${viewport.height}`);
  return watched;
}

const pathname = (page: Page): string => new URL(page.url()).pathname;

/** Waits until the list's pager shows `total` and the list is no longer loading. */
async function waitForTotal(page: Page, list: 'households' | 'meetings', total: number): Promise<void> {
  await expect
    .poll(async () => ((await settled(page, list)) ? (await pagerInfo(page, `${list}-pager`))?.total : undefined), WAIT)
    .toBe(total);
}

/** Ids of the household rows on the page, checked to be visible to the account. */
async function householdIds(page: Page, facts: AccountFacts): Promise<string[]> {
  const ids = await attributeOfAll(page, 'household-row', 'data-household-id');
  const foreign = ids.filter((id) => !facts.households.has(id));
  expect(foreign, 'households outside the account’s jurisdiction on the page').toEqual([]);
  return ids;
}

/** Meetings of the account's division, newest first (date, then the time-ordered id). */
function newestMeetings(facts: AccountFacts, count: number): string[] {
  return demo.meetings
    .filter((m) => facts.meetingIds.has(m.id))
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
    .slice(0, count)
    .map((m) => m.id);
}

async function checkMeetings(w: WatchedPage, facts: AccountFacts, shot: string): Promise<void> {
  await w.page.getByTestId('nav-meetings').click();
  await w.page.getByTestId('meetings-page').waitFor();
  expect(pathname(w.page)).toBe('/meetings');
  await waitForTotal(w.page, 'meetings', facts.meetingIds.size);
  const rows = await meetingRows(w.page);
  expect(rows.map((r) => r.id)).toEqual(newestMeetings(facts, PAGE_SIZE));
  for (const row of rows) {
    expect(row.kind).toBe(facts.meetingKinds.get(row.id));
    expect(row.label).toBe(MEETING_KIND_ZH[row.kind as keyof typeof MEETING_KIND_ZH]);
  }
  expect(
    rows.some((r) => r.label === MEETING_KIND_ZH.VILLAGERS_FORUM),
    'a 党群说事会 on the first page',
  ).toBe(true);
  expect(await w.page.getByTestId('meetings-partial').count()).toBe(0);
  await w.screenshot(shot);
}

/**
 * The top of the ranking as the ledger holds it now: the demo lines (facts.top) plus the lines that
 * events of other browser tests in this run (visits, cases, patrols, supervision) earned by the rule
 * table, read through the API as the account. With no event lines yet it is exactly facts.top.
 */
async function ledgerTop(facts: AccountFacts): Promise<LeaderboardTop> {
  const token = await accessTokenOf(facts.account.username);
  const answer = await gatewayQuery<{
    pointsLeaderboard: { rank: number; total: number; cadre: { name: string } | null }[];
  }>('query E2eTop { pointsLeaderboard(first: 100) { rank total cadre { name } } }', {}, token);
  const rows = answer.data?.pointsLeaderboard ?? [];
  const firsts = rows.filter((r) => r.rank === 1);
  expect(firsts.length, JSON.stringify(answer.errors)).toBeGreaterThan(0);
  return { total: firsts[0]!.total, names: firsts.map((r) => r.cadre?.name ?? '') };
}

async function checkLeaderboard(w: WatchedPage, facts: AccountFacts, shot: string): Promise<void> {
  await w.page.getByTestId('nav-points').click();
  await w.page.getByTestId('points-page').waitFor();
  expect(pathname(w.page)).toBe('/points');
  await expect.poll(async () => (await leaderboardRows(w.page)).length, WAIT).toBeGreaterThan(0);
  const top = await ledgerTop(facts);
  const [first] = await leaderboardRows(w.page);
  expect(leadingNumber(first?.totalText ?? '')).toBe(top.total);
  // the table has a 总积分 column of plain numbers; the phone cards say "32 分"
  expect(first?.totalText).toMatch(/^\d+( 分)?$/);
  expect(top.names).toContain(first?.name);
  expect(await w.page.getByTestId('leaderboard-row').first().getAttribute('data-rank')).toBe('1');
  expect(await w.page.getByTestId('leaderboard-partial').count()).toBe(0);
  await w.screenshot(shot);
}

/** One React DOM renderer (one react-dom on the page), React only from the shared vendor build. */
async function checkOneReact(w: WatchedPage): Promise<void> {
  const renderers = await w.reactRenderers();
  expect(renderers, 'React DOM renderers on the page').toHaveLength(1);
  const reactScripts = w.scripts.map((u) => new URL(u).pathname).filter((p) => /react/i.test(p));
  expect(reactScripts.length).toBeGreaterThan(0);
  expect(
    reactScripts.filter((p) => !p.startsWith('/vendor/')),
    'React served outside /vendor/',
  ).toEqual([]);
}

describe('foundation: village secretary on a desktop', () => {
  const facts = accountFacts('secretary_1');
  const search = headNameSearch(facts.households);
  let w: WatchedPage;

  beforeAll(async () => {
    w = await open('secretary_1', DESKTOP);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('redirects a signed-out visitor to the login page', async () => {
    await w.page.goto('/');
    await w.page.getByTestId('login-form').waitFor();
    expect(pathname(w.page)).toBe('/login');
    await w.screenshot('desktop-01-login');
  });

  it('shows the Chinese error for a wrong password', async () => {
    await submitLogin(w.page, 'secretary_1', 'not-the-password');
    const error = w.page.getByTestId('login-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('用户名或密码错误');
    expect(hasChinese(text)).toBe(true);
    expect(pathname(w.page)).toBe('/login');
    await w.screenshot('desktop-02-login-error');
  });

  it('logs in and lands on the village’s households', async () => {
    await submitLogin(w.page, 'secretary_1', DEMO_PASSWORD);
    await w.page.getByTestId('governance-page').waitFor();
    expect(pathname(w.page)).toBe('/governance');
    await w.page.getByTestId('households-table').waitFor();
    await waitForTotal(w.page, 'households', facts.households.size);
    const ids = await householdIds(w.page, facts);
    expect(ids).toHaveLength(PAGE_SIZE);
    expect(await w.page.getByTestId('header-user').innerText()).toContain(facts.account.displayName);
    expect(await w.page.getByTestId('households-partial').count()).toBe(0);
    await w.screenshot('desktop-03-households');
  });

  it('filters by a head of household’s name', async () => {
    const box = w.page.getByTestId('household-search');
    await box.fill(search.term);
    await box.press('Enter');
    await waitForTotal(w.page, 'households', search.expectedIds.size);
    const ids = await householdIds(w.page, facts);
    expect(new Set(ids)).toEqual(search.expectedIds);
    for (const head of await w.page.getByTestId('household-head').allInnerTexts()) expect(head).toContain(search.term);
    await w.screenshot('desktop-04-search');
    await box.fill('');
    await waitForTotal(w.page, 'households', facts.households.size);
  });

  it('pages to the next page of households', async () => {
    const firstPage = await householdIds(w.page, facts);
    await w.page.getByTestId('households-pager-next').click();
    await expect
      .poll(
        async () =>
          (await settled(w.page, 'households')) ? (await pagerInfo(w.page, 'households-pager'))?.page : undefined,
        WAIT,
      )
      .toBe(2);
    await expect.poll(async () => (await householdIds(w.page, facts))[0], WAIT).not.toBe(firstPage[0]);
    const secondPage = await householdIds(w.page, facts);
    expect(secondPage).toHaveLength(Math.min(PAGE_SIZE, facts.households.size - PAGE_SIZE));
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    expect((await pagerInfo(w.page, 'households-pager'))?.total).toBe(facts.households.size);
    await w.screenshot('desktop-05-households-page-2');
  });

  it('shows the village’s meetings (说事会) with Chinese kind labels', async () => {
    await checkMeetings(w, facts, 'desktop-06-meetings');
  });

  it('shows the points ranking of the village', async () => {
    await checkLeaderboard(w, facts, 'desktop-07-points');
    await checkOneReact(w);
  });

  it('switches the language to English and back', async () => {
    const html = w.page.locator('html');
    await w.page.getByTestId('language-switch').click();
    await expect.poll(() => w.page.getByTestId('nav-points').innerText(), WAIT).toBe('Points ranking');
    expect(await html.getAttribute('lang')).toBe('en-US');
    expect(await w.page.getByTestId('logout').innerText()).toBe('Log out');
    // the module re-renders in the new language too, with the same data
    await expect.poll(() => w.page.locator('[data-testid="points-page"] h2').innerText(), WAIT).toBe('Points ranking');
    expect(await w.page.locator('[data-testid="leaderboard"] th').allInnerTexts()).toContain('Total');
    const top = await ledgerTop(facts);
    expect(leadingNumber((await leaderboardRows(w.page))[0]?.totalText ?? '')).toBe(top.total);
    await w.screenshot('desktop-08-points-english');
    await w.page.getByTestId('language-switch').click();
    await expect.poll(() => w.page.getByTestId('nav-points').innerText(), WAIT).toBe('积分排行');
    expect(await html.getAttribute('lang')).toBe('zh-CN');
    expect(await w.page.getByTestId('logout').innerText()).toBe('退出登录');
    await expect.poll(() => w.page.locator('[data-testid="points-page"] h2').innerText(), WAIT).toBe('积分排行');
    expect(await w.page.locator('[data-testid="leaderboard"] th').allInnerTexts()).toContain('总积分');
  });

  it('logs out to the login page', async () => {
    await checkOneReact(w);
    await w.page.getByTestId('logout').click();
    await w.page.getByTestId('login-form').waitFor();
    expect(pathname(w.page)).toBe('/login');
    await w.screenshot('desktop-09-logged-out');
    await w.page.goto('/governance');
    await w.page.getByTestId('login-form').waitFor();
    expect(pathname(w.page)).toBe('/login');
  });

  it('logged no console error and no uncaught exception', () => {
    expect(w.errors).toEqual([]);
  });
});

describe('foundation: cadre on a phone (390×844)', () => {
  const facts = accountFacts('cadre_1');
  const cadreName = demo.cadres.find((c) => c.id === facts.account.cadreId)?.name ?? facts.account.displayName;
  let w: WatchedPage;

  beforeAll(async () => {
    w = await open('cadre_1', PHONE, true);
  });
  afterAll(async () => {
    await w?.close();
  });

  it('logs in', async () => {
    await w.page.goto('/');
    await w.page.getByTestId('login-form').waitFor();
    expect(pathname(w.page)).toBe('/login');
    await w.screenshot('phone-01-login');
    await submitLogin(w.page, 'cadre_1', DEMO_PASSWORD);
    await w.page.getByTestId('governance-page').waitFor();
    expect(pathname(w.page)).toBe('/governance');
  });

  it('shows only the cadre’s own households, as cards', async () => {
    await w.page.getByTestId('households-cards').waitFor();
    // a cadre lands on 我的农户 (own pairs); 全部农户 is everything the account may see (grid and pairs)
    await waitForTotal(w.page, 'households', pairedHouseholdIds(facts.account).size);
    await w.page.getByTestId('households-mine-toggle').getByText('全部农户').click();
    await waitForTotal(w.page, 'households', facts.households.size);
    expect(await w.page.getByTestId('households-table').count()).toBe(0);
    expect(
      await w.page.evaluate(() => document.documentElement.scrollWidth),
      'no sideways scrolling',
    ).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('phone-02-households');
    // every page: exactly the households the cadre may see; the paired ones carry the cadre's name
    const seen: string[] = [];
    let pairedWithMe = 0;
    for (let n = 1; ; n++) {
      await expect
        .poll(
          async () =>
            (await settled(w.page, 'households')) ? (await pagerInfo(w.page, 'households-pager'))?.page : undefined,
          WAIT,
        )
        .toBe(n);
      const ids = await householdIds(w.page, facts);
      expect(
        ids.filter((id) => seen.includes(id)),
        `page ${n} repeats households`,
      ).toEqual([]);
      seen.push(...ids);
      const tags = await w.page
        .getByTestId('household-row')
        .evaluateAll((rows) =>
          rows.map((row) => row.querySelector('[data-testid="household-cadres"]')?.textContent ?? ''),
        );
      pairedWithMe += tags.filter((text) => text.includes(cadreName)).length;
      if (!(await w.page.getByTestId('households-pager-next').isEnabled())) break;
      await w.page.getByTestId('households-pager-next').click();
    }
    expect(new Set(seen)).toEqual(new Set(facts.households.keys()));
    expect(pairedWithMe).toBe(pairedHouseholdIds(facts.account).size);
  });

  it('shows the village’s meetings', async () => {
    await checkMeetings(w, facts, 'phone-03-meetings');
  });

  it('shows the points ranking', async () => {
    await checkLeaderboard(w, facts, 'phone-04-points');
    await checkOneReact(w);
  });

  it('logged no console error and no uncaught exception', () => {
    expect(w.errors).toEqual([]);
  });
});
