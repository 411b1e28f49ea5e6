// Driving the governance pages (frontends/README.md, "Governance module"): sign in, the module's
// tabs (desktop) or its menu (phone), antd Selects, downloads, lists that settle on a total.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { submitLogin, watchedPage } from './browser.js';
import type { WatchedPage } from './browser.js';
import { sharedSystem } from './shared-system.js';
import { pagerInfo, settled } from './ui.js';

export const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url));
/** How long a state may take to appear (the system shares 2 cores with chromium). */
export const WAIT = { timeout: 20_000, interval: 100 } as const;

export type GovTab = 'households' | 'visit-new' | 'territory' | 'pairing' | 'visits' | 'import' | 'cards';

/** A new page of the shared system on the login form (nobody signed in). */
export async function loginPage(
  browser: Browser,
  label: string,
  viewport: { width: number; height: number },
  mobile = false,
): Promise<WatchedPage> {
  const w = await watchedPage(browser, {
    viewport,
    baseUrl: sharedSystem().baseUrl,
    screenshotDir: SCREENSHOTS,
    mobile,
  });
  w.page.setDefaultTimeout(WAIT.timeout);
  console.log(`[e2e] ${label}: ${viewport.width}×${viewport.height}`);
  await w.page.goto('/');
  await w.page.getByTestId('login-form').waitFor();
  return w;
}

/** A signed-in page of `username` on the shared system, on the register (`/governance`). */
export async function signedIn(
  browser: Browser,
  username: string,
  viewport: { width: number; height: number },
  mobile = false,
): Promise<WatchedPage> {
  const w = await loginPage(browser, username, viewport, mobile);
  await submitLogin(w.page, username, DEMO_PASSWORD);
  // the first landing of a fresh browser loads the register's chunks cold: on a loaded 2-core CI it took over 20 s once
  await w.page.getByTestId('governance-page').waitFor({ timeout: 45_000 });
  return w;
}

/** The module's page shown now (`governance-module[data-page]`). */
export function currentPage(page: Page): Promise<string | null> {
  return page.getByTestId('governance-module').getAttribute('data-page');
}

/** Opens a tab of the module: a tab on a desktop, the menu (`gov-nav-toggle`) on a phone. */
export async function openTab(page: Page, tab: GovTab): Promise<void> {
  const toggle = page.getByTestId('gov-nav-toggle');
  if ((await toggle.count()) > 0 && (await page.getByTestId('gov-nav').getAttribute('data-collapsed')) === 'true')
    await toggle.click();
  await page.getByTestId(`gov-nav-${tab}`).click();
  await expect.poll(() => currentPage(page), WAIT).toBe(tab);
}

/**
 * Picks an option of the antd Select inside the element with `testId`: options are
 * `.ant-select-item-option` in a popup at the end of <body> (frontends/README.md).
 */
export async function chooseOption(
  page: Page,
  testId: string,
  label: string | RegExp,
  scope: Page | Locator = page,
): Promise<void> {
  await scope.getByTestId(testId).locator('.ant-select').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count(), WAIT).toBe(0);
}

export interface Downloaded {
  fileName: string;
  bytes: Buffer;
}

/** Clicks `trigger` and returns the file the browser downloads. */
export async function downloadOf(page: Page, trigger: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger.click()]);
  const path = await download.path();
  return { fileName: download.suggestedFilename(), bytes: await readFile(path) };
}

/**
 * The next answer to the page's GraphQL operation `operation` (e.g. `GovernanceVisitCoverage`)
 * whose variables pass `match`: start waiting before the click that sends it. Lists keep their
 * old rows on screen while they reload, so this is how a test knows the new rows have come.
 */
export function graphqlAnswer(
  page: Page,
  operation: string,
  match: (variables: Record<string, unknown>) => boolean = () => true,
): Promise<Response> {
  return page.waitForResponse(
    (response) => {
      if (!response.url().endsWith('/graphql')) return false;
      const body = response.request().postDataJSON() as { query?: string; variables?: Record<string, unknown> } | null;
      return !!body?.query?.includes(`${operation}(`) && match(body.variables ?? {});
    },
    { timeout: WAIT.timeout },
  );
}

/** Waits until the list's pager shows `total` and the list no longer loads. */
export async function waitForTotal(page: Page, list: string, total: number): Promise<void> {
  await expect
    .poll(async () => ((await settled(page, list)) ? (await pagerInfo(page, `${list}-pager`))?.total : undefined), WAIT)
    .toBe(total);
}

/** The trimmed text of the (first) element with the test id. */
export async function textOf(scope: Page | Locator, testId: string): Promise<string> {
  return (await scope.getByTestId(testId).first().innerText()).trim();
}

/** The number shown by a StatTile (`coverage-unpaired`, `import-created` …). */
export async function numberOf(scope: Page | Locator, testId: string): Promise<number> {
  return Number((await textOf(scope, testId)).replace(/[^\d.-]/g, ''));
}

/** The page is no wider than the viewport: nothing scrolls sideways. */
export async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
}

/** Console errors the page logged, without the ones a test provoked on purpose. */
export function unexpectedErrors(w: WatchedPage, expected: readonly RegExp[] = []): string[] {
  return w.errors.filter((e) => !expected.some((re) => re.test(e)));
}
