// The security administrator on a phone (390×844) unlocks an account that 5 wrong passwords
// locked through the login form; after that the user signs in. The lock answers like a wrong
// password (the form reveals nothing). Also the security settings page refuses an out-of-range
// value under its field. secretary_5 (village 5) is locked and unlocked; no other file signs in
// as secretary_5, and the settings are not saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { DESKTOP, PHONE, launchChromium, submitLogin } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { chooseOption, fieldErrors, loginPage, navEntries, pathnameOf, signInAs } from './src/admin-ui.js';
import { WAIT, pageWidth, textOf, unexpectedErrors } from './src/gov-ui.js';

const VICTIM = 'secretary_5';
const WRONG = 'Wrong#Password1';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Submits the login form and waits for the server's answer. */
async function attempt(page: Page, password: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST', {
    timeout: WAIT.timeout,
  });
  await submitLogin(page, VICTIM, password);
  await answered;
  await page.getByTestId('login-error').waitFor();
}

describe('five wrong passwords lock the account', () => {
  let w: WatchedPage;

  afterAll(async () => {
    await w?.close();
  });

  it('refuses the right password too once the account is locked', async () => {
    w = await loginPage(browser, VICTIM, DESKTOP);
    for (let n = 1; n <= 5; n++) await attempt(w.page, WRONG);
    await attempt(w.page, DEMO_PASSWORD);
    expect(await textOf(w.page, 'login-error')).toContain('用户名或密码错误');
    expect(pathnameOf(w.page)).toBe('/login');
    await w.screenshot('admin-10-locked-login');
  });
});

describe('the security administrator unlocks it on a phone', () => {
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    w = await loginPage(browser, 'secadmin', PHONE, true);
    page = w.page;
  });
  afterAll(async () => {
    await w?.close();
  });

  it('lands on the accounts, shown as cards without sideways scrolling', async () => {
    await signInAs(page, 'secadmin', DEMO_PASSWORD, 'accounts-page');
    expect(await navEntries(page)).toEqual(['nav-admin']);
    await page.getByTestId('accounts-cards').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('admin-11-phone-accounts');
  });

  it('finds the locked account by its status', async () => {
    await chooseOption(page, 'accounts-filter-status', '已锁定');
    await expect
      .poll(
        () =>
          page.getByTestId('account-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-username'))),
        WAIT,
      )
      .toEqual([VICTIM]);
    await page.getByTestId('account-open').click();
    await page.getByTestId('account-status-actions').waitFor();
    expect(await page.getByTestId('account-status').getAttribute('data-status')).toBe('LOCKED');
    expect(await textOf(page, 'account-locked-until')).toMatch(/^锁定到 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('admin-12-phone-locked');
  });

  it('unlocks it', async () => {
    await page.getByTestId('account-unlock').click();
    await page.getByTestId('account-action-done').waitFor();
    expect(await textOf(page, 'account-action-done')).toContain('已解锁');
    expect(await page.getByTestId('account-status').getAttribute('data-status')).toBe('ACTIVE');
    expect(await page.getByTestId('account-unlock').count()).toBe(0);
    await w.screenshot('admin-13-phone-unlocked');
  });

  it('is told under the field when a security setting is out of range', async () => {
    await page.getByTestId('admin-nav-security').click();
    await page.getByTestId('security-form').waitFor();
    expect(await page.getByTestId('security-idleMinutes').inputValue()).toBe('30');
    await page.getByTestId('security-maxFailedLogins').fill('2');
    await page.getByTestId('security-save').click();
    await expect.poll(() => fieldErrors(page, 'security-form'), WAIT).toEqual([expect.stringMatching(/3.*10/)]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('admin-14-phone-settings-error');
  });

  it('logged no console error', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});

describe('the unlocked user signs in', () => {
  it('lands on the village’s households', async () => {
    const w = await loginPage(browser, VICTIM, DESKTOP);
    try {
      await signInAs(w.page, VICTIM, DEMO_PASSWORD, 'governance-page');
      expect(pathnameOf(w.page)).toBe('/governance');
    } finally {
      await w.close();
    }
  });
});
