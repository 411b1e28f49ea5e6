// The session in the browser (issue 6): a second tab picks the session up from the httpOnly
// cookie, a logout in one tab signs out both; 30 minutes without input sign out with a Chinese
// notice (the page's clock is Playwright's, fast-forwarded), while input keeps the session.
// Signs in as committee_1 only (no other file uses it); changes no data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { TOKEN_SHAPE, loginPage, pathnameOf, signInAs, webStorage } from './src/admin-ui.js';
import { textOf, unexpectedErrors } from './src/gov-ui.js';

const USER = 'committee_1';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('two tabs of one browser', () => {
  let w: WatchedPage;

  afterAll(async () => {
    await w?.close();
  });

  it('opens the second tab signed in, and a logout in one signs out both', async () => {
    w = await loginPage(browser, `${USER} (two tabs)`, DESKTOP);
    await signInAs(w.page, USER, DEMO_PASSWORD, 'governance-page');
    const second = await w.context.newPage();
    await second.goto('/meetings');
    await second.getByTestId('meetings-page').waitFor();
    expect(await webStorage(second)).not.toMatch(TOKEN_SHAPE);

    await w.page.getByTestId('logout').click();
    await w.page.getByTestId('login-form').waitFor();
    await second.getByTestId('login-form').waitFor();
    expect(pathnameOf(second)).toBe('/login');
    await second.reload();
    await second.getByTestId('login-form').waitFor();
    expect(unexpectedErrors(w, [/Failed to load resource/])).toEqual([]);
  });
});

describe('idle timeout', () => {
  let w: WatchedPage;

  beforeAll(async () => {
    w = await loginPage(browser, `${USER} (idle)`, DESKTOP);
    await w.context.clock.install();
    await w.page.reload();
    await w.page.getByTestId('login-form').waitFor();
    await signInAs(w.page, USER, DEMO_PASSWORD, 'governance-page');
  });
  afterAll(async () => {
    await w?.close();
  });

  it('keeps a user who works signed in', async () => {
    await w.page.clock.fastForward('20:00');
    await w.page.mouse.move(200, 300);
    await w.page.mouse.move(260, 320);
    await w.page.clock.fastForward('20:00');
    await w.page.getByTestId('nav-points').click();
    await w.page.getByTestId('points-page').waitFor();
  });

  it('signs out after 30 minutes without input and says why in Chinese', async () => {
    await w.page.clock.fastForward('31:00');
    // the page waits for the server's logout before it shows the login page: room for a busy machine
    await w.page.getByTestId('login-notice').waitFor({ timeout: 60_000 });
    expect(await w.page.getByTestId('login-notice').getAttribute('data-reason')).toBe('idle');
    expect(await textOf(w.page, 'login-notice')).toContain('长时间未操作');
    await w.screenshot('admin-30-idle-logout');
    // the server ended the session too: a reload does not bring it back
    await w.page.reload();
    await w.page.getByTestId('login-form').waitFor();
    expect(pathnameOf(w.page)).toBe('/login');
  });
});
