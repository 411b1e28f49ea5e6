// Driving the pages of the 三员 (frontends/admin) and the session pages of the platform (login,
// forced password change): sign in as anyone, pick a division in the Cascader, read where the
// shell landed, and what the page keeps in Web Storage.
import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { submitLogin } from './browser.js';
import { demo } from './demo-facts.js';
import { WAIT, chooseOption } from './gov-ui.js';

export { loginPage } from './gov-ui.js';

/** Signs in through the login form and waits for `landsOn` (a data-testid). */
export async function signInAs(page: Page, username: string, password: string, landsOn: string): Promise<void> {
  await submitLogin(page, username, password);
  await page.getByTestId(landsOn).waitFor();
}

export const pathnameOf = (page: Page): string => new URL(page.url()).pathname;

/** The shell's nav entries (`nav-<module>`), in order. */
export function navEntries(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="nav"] a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('data-testid') ?? ''));
}

/** The names of a division from the county down to `code`, as the Cascader lists them. */
export function divisionNames(code: string): string[] {
  const names: string[] = [];
  for (const length of [6, 9, 12]) {
    if (length > code.length) break;
    const region = demo.regions.find((r) => r.code === code.slice(0, length));
    if (!region) throw new Error(`the demo data has no region ${code.slice(0, length)}`);
    names.push(region.name);
  }
  return names;
}

/** Picks `code` in a DivisionPicker (antd Cascader) by clicking each level's name. */
export async function pickDivision(page: Page, testId: string, code: string): Promise<void> {
  const picker = page.getByTestId(testId);
  await picker.locator('.ant-select').first().click();
  for (const name of divisionNames(code)) {
    await page
      .locator('.ant-cascader-dropdown:visible .ant-cascader-menu-item')
      .filter({ hasText: name })
      .first()
      .click();
  }
  await expect.poll(() => picker.getAttribute('data-value'), WAIT).toBe(code);
  await page.keyboard.press('Escape');
}

/** Picks an option of a Select inside the element with `testId` (re-exported for the admin files). */
export { chooseOption };

/**
 * Everything the page keeps in localStorage and sessionStorage: the access token lives in memory
 * and the refresh token in an httpOnly cookie, so neither may appear here.
 */
export function webStorage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key) ?? ''}`);
    return [...dump(window.localStorage), ...dump(window.sessionStorage)].join('\n');
  });
}

/** The cookies the page's script can read (document.cookie): never the refresh token. */
export function scriptCookies(page: Page): Promise<string> {
  return page.evaluate(() => document.cookie);
}

/** A JWT or anything shaped like one (header.payload.signature in base64url). */
export const TOKEN_SHAPE = /eyJ[\w-]+\.[\w-]+\.[\w-]+/;

/** Error messages under the fields of a form (antd's `.ant-form-item-explain-error`). */
export function fieldErrors(page: Page, formTestId: string): Promise<string[]> {
  return page.getByTestId(formTestId).locator('.ant-form-item-explain-error').allInnerTexts();
}

/** The JavaScript the page loaded (scripts, module preloads, imports), gzipped, in bytes. */
export async function gzippedScriptBytes(page: Page): Promise<number> {
  const urls = await page.evaluate(() =>
    [...new Set(performance.getEntriesByType('resource').map((entry) => entry.name))].filter((url) =>
      new URL(url).pathname.endsWith('.js'),
    ),
  );
  let total = 0;
  for (const url of urls) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  return total;
}
