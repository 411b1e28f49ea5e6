// The meetings and points modules route through the platform's module router: a page opens by its
// URL (a reload restores the session from the cookie), links and tabs push history entries that
// Back and Forward walk, and a path under the prefix that no route knows says so with a way back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium, type WatchedPage } from './src/browser.js';
import { signedIn, unexpectedErrors } from './src/gov-ui.js';

let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, 'cadre_1', DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

const pathname = (): string => new URL(page.url()).pathname;
const shownPage = (module: string): Promise<string | null> =>
  page.getByTestId(`${module}-module`).getAttribute('data-page');

describe('module routes of meetings and points (cadre_1, desktop)', () => {
  it('opens the meetings list by its URL', async () => {
    await page.goto('/meetings');
    await page.getByTestId('meeting-row').first().waitFor();
    expect(await shownPage('meetings')).toBe('meetings');
  });

  it('says an unknown meetings path is not found, links back to the list, and Back returns to it', async () => {
    await page.goto('/meetings/no-such-page');
    await page.getByTestId('meetings-not-found').waitFor();
    expect(await shownPage('meetings')).toBe('not-found');
    await page.getByTestId('meetings-home').click();
    await page.getByTestId('meeting-row').first().waitFor();
    expect(pathname()).toBe('/meetings');
    await page.goBack();
    await page.getByTestId('meetings-not-found').waitFor();
    expect(pathname()).toBe('/meetings/no-such-page');
  });

  it('opens 我的积分 by its URL, and Back / Forward walk between it and the ranking', async () => {
    await page.goto('/points/my');
    await page.getByTestId('my-points-total').waitFor();
    expect(await shownPage('points')).toBe('my-points');
    await page.getByTestId('points-nav-leaderboard').click();
    await page.getByTestId('leaderboard-row').first().waitFor();
    expect(pathname()).toBe('/points');
    expect(await shownPage('points')).toBe('leaderboard');
    await page.goBack();
    await page.getByTestId('my-points-total').waitFor();
    expect(pathname()).toBe('/points/my');
    await page.goForward();
    await page.getByTestId('leaderboard-row').first().waitFor();
    expect(await shownPage('points')).toBe('leaderboard');
  });

  it('says an unknown points path is not found and links back to the ranking', async () => {
    await page.goto('/points/no-such-page');
    await page.getByTestId('points-not-found').waitFor();
    await page.getByTestId('points-home').click();
    await page.getByTestId('leaderboard-row').first().waitFor();
    expect(pathname()).toBe('/points');
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
