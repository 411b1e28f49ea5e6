// The meetings calendar in the browser, as a village secretary (secretary_1, desktop): a meeting created on the
// form (an empty title refused under its field first), its notice published, the chair and a work-team observer
// recorded (the observer picked from governance's cadres), the meeting held; the calendar shows it in its day and
// the 列席 board shows the village. Then the calendar on a phone lists the month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, type WatchedPage } from './src/browser.js';
import { account } from './src/demo-facts.js';
import { todayInChina } from './src/gov-facts.js';
import { WAIT, signedIn, textOf, unexpectedErrors } from './src/gov-ui.js';

const secretary = account('secretary_1');
const run = Date.now().toString(36).slice(-5);
const title = `民情碰头会（${run}）`;

let browser: Browser;
let w: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, secretary.username, DESKTOP);
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('meetings calendar: village secretary (secretary_1)', () => {
  let meetingId = '';

  it('creates a meeting on the form, with the refusal of an empty title under its field', async () => {
    const page = w.page;
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meetings-nav-meeting-new').click();
    await page.getByTestId('meeting-form-page').waitFor();
    await page.getByTestId('meeting-form-kind').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '民情碰头会' }).click();
    await page.getByTestId('meeting-form-date').fill(`${todayInChina()}T00:30`);
    await page.getByTestId('meeting-form-save').click();
    await expect.poll(() => textOf(page, 'meeting-form-title-error'), WAIT).toContain('会议名称');
    await page.getByTestId('meeting-form-title').fill(title);
    await page.getByTestId('meeting-form-place').fill('村部二楼会议室');
    await page.getByTestId('meeting-form-save').click();
    await page.getByTestId('meeting-page').waitFor();
    await expect.poll(() => textOf(page, 'meeting-page'), WAIT).toContain(title);
    meetingId = new URL(page.url()).pathname.split('/').pop() ?? '';
    expect(meetingId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes the notice, records the chair and a work-team observer, and holds the meeting', async () => {
    const page = w.page;
    await page.getByTestId('meeting-publish').click();
    await expect.poll(() => page.getByTestId('meeting-page').getAttribute('data-status'), WAIT).toBe('NOTICED');
    await expect.poll(() => textOf(page, 'meeting-notice-published'), WAIT).toContain('通知发布于');

    await page.getByTestId('attendance-name').fill('王书记');
    await page.getByTestId('attendance-role').getByText('主持', { exact: true }).click();
    await page.getByTestId('attendance-submit').click();
    await expect.poll(() => page.getByTestId('attendance-row').count(), WAIT).toBe(1);

    await page.getByTestId('attendance-cadre').click();
    await page.keyboard.type('驻村第一书记');
    await page.locator('.ant-select-item-option').first().click();
    await page.getByTestId('attendance-role').getByText('列席', { exact: true }).click();
    await page.getByTestId('attendance-kind').getByText('驻村工作队', { exact: true }).click();
    await page.getByTestId('attendance-submit').click();
    const observer = page.locator('[data-testid="attendance-row"][data-observer-kind="WORK_TEAM"]');
    await expect.poll(() => observer.count(), WAIT).toBe(1);

    await page.getByTestId('meeting-hold').click();
    await expect.poll(() => page.getByTestId('meeting-page').getAttribute('data-status'), WAIT).toBe('HELD');
    expect(await page.getByTestId('meeting-cancel').count()).toBe(0);
  });

  it('shows the meeting on its day of the month and the village on the observer board', async () => {
    const page = w.page;
    await page.getByTestId('meetings-nav-calendar').click();
    await page.getByTestId('calendar-month').waitFor();
    const day = page.locator(`[data-testid="calendar-day"][data-day="${todayInChina()}"]`);
    await expect.poll(() => day.locator(`[data-meeting-id="${meetingId}"]`).count(), WAIT).toBe(1);
    expect(await day.locator(`[data-meeting-id="${meetingId}"]`).getAttribute('data-status')).toBe('HELD');

    await page.getByTestId('meetings-nav-observers').click();
    await page.getByTestId('meetings-observers').waitFor();
    const row = page.locator(`[data-testid="observer-row"][data-village="${secretary.divisionCode}"]`);
    await row.waitFor(WAIT);
    expect(await row.getByTestId('observer-liaison-count').innerText()).toMatch(/^\d+\/4$/);
    expect(['true', 'false']).toContain(await row.getByTestId('observer-work-team').getAttribute('data-met'));
    expect(unexpectedErrors(w)).toEqual([]);
  });

  it('lists the month on a phone', async () => {
    const phone = await signedIn(browser, secretary.username, PHONE);
    try {
      await phone.page.goto(new URL(`/meetings/calendar?month=${todayInChina().slice(0, 7)}`, phone.page.url()).href);
      await phone.page.getByTestId('calendar-list').waitFor(WAIT);
      const item = phone.page.locator(`[data-testid="calendar-meeting"][data-meeting-id="${meetingId}"]`);
      await expect.poll(() => item.count(), WAIT).toBe(1);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await phone.close();
    }
  });
});
