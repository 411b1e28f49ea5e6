// 民情统计 and 村务公开 in the browser. The secretary of the first demo village (secretary_1) opens the
// figures: the total matches the server's figures for the same period and the chart is drawn (ECharts,
// loaded with the page). The secretary publishes this month through the API; a villager's phone opens
// the village's public page without an account and reads the published counts and nobody's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, launchChromium, watchedPage } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';
import { account, demo } from './src/demo-facts.js';
import { SCREENSHOTS, WAIT, signedIn } from './src/gov-ui.js';
import { sharedSystem } from './src/shared-system.js';

const PHONE = { width: 375, height: 667 } as const;
const village = account('secretary_1').divisionCode;
const villageName = demo.regions.find((r) => r.code === village)!.name;
const now = new Date(Date.now() + 8 * 3600_000);
const monthBack = (back: number): string =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
const thisMonth = monthBack(0);

interface Published {
  casesRaised: number;
  casesClosed: number;
  ordersDone: number;
}
let browser: Browser;
let token = '';
let published: Published;
const opened: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  token = await accessTokenOf('secretary_1');
  const res = await gatewayQuery<{ publishVillageMonth: Published }>(
    'mutation E2ePublish($v: String!, $m: String!) { publishVillageMonth(villageCode: $v, month: $m) { casesRaised casesClosed ordersDone } }',
    { v: village, m: thisMonth },
    token,
  );
  if (!res.data) throw new Error(`publishing refused: ${JSON.stringify(res.errors)}`);
  published = res.data.publishVillageMonth;
});

afterAll(async () => {
  for (const w of opened) await w.close();
  await browser?.close();
});

describe('民情统计', () => {
  it('shows the twelve months of the village as the server counts them, with a chart', async () => {
    const expected = await gatewayQuery<{ caseFigures: { total: { raised: number; closed: number } } }>(
      'query E2eFigures($f: String!, $t: String!) { caseFigures(groupBy: GRID, from: $f, to: $t) { total { raised closed } } }',
      { f: monthBack(11), t: thisMonth },
      token,
    );
    const total = expected.data!.caseFigures.total;
    const w = await signedIn(browser, 'secretary_1', DESKTOP);
    opened.push(w);
    await w.page.goto('/governance/figures');
    await w.page.getByTestId('figures-page').waitFor();
    await expect.poll(() => w.page.getByTestId('figures-total').textContent(), WAIT).toContain(`登记 ${total.raised}`);
    expect(await w.page.getByTestId('figures-total').textContent()).toContain(`办结 ${total.closed}`);
    if (total.raised > 0) await w.page.locator('[data-testid="figures-chart"] canvas').first().waitFor();
    expect(await w.page.getByTestId('figures-row').count()).toBeGreaterThan(0);
    expect(w.errors).toEqual([]);
    await w.screenshot('figures-01-village');
  });
});

describe('村务公开', () => {
  it("a phone opens the village's page without an account: published counts, no personal data", async () => {
    const w = await watchedPage(browser, {
      viewport: PHONE,
      baseUrl: sharedSystem().baseUrl,
      screenshotDir: SCREENSHOTS,
      mobile: true,
    });
    opened.push(w);
    w.page.setDefaultTimeout(WAIT.timeout);
    await w.page.goto(`/public/village/${village}`);
    await expect.poll(() => w.page.getByTestId('public-village-name').textContent(), WAIT).toContain(villageName);
    expect(await w.page.getByTestId('login-form').count()).toBe(0);
    const month = w.page.getByTestId(`public-village-month-${thisMonth}`);
    expect(await month.getByTestId('pv-raised').textContent()).toBe(String(published.casesRaised));
    expect(await month.getByTestId('pv-closed').textContent()).toBe(String(published.casesClosed));
    expect(await month.getByTestId('pv-orders').textContent()).toBe(String(published.ordersDone));
    const text = (await w.page.textContent('body')) ?? '';
    for (const h of demo.households.filter((x) => x.villageCode === village)) expect(text).not.toContain(h.headName);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('figures-02-public-village');
  });

  it('a village code that is not a village says so', async () => {
    const w = await watchedPage(browser, {
      viewport: PHONE,
      baseUrl: sharedSystem().baseUrl,
      screenshotDir: SCREENSHOTS,
      mobile: true,
    });
    opened.push(w);
    await w.page.goto('/public/village/999999999999');
    await w.page.getByTestId('public-village-missing').waitFor({ timeout: WAIT.timeout });
  });
});
