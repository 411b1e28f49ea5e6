// 四议两公开 in the browser, as a village secretary (secretary_1, desktop): a major public matter is
// opened on the tracker and taken through its six steps in order on the page — four votes, each at a
// held meeting of its kind in the village, then the resolution and the result posted for the days the
// rule asks — and both 公示 notices print as PDFs. The four meetings are made through the meetings API
// (createMeeting + holdMeeting) with titles of this run, so the test needs no meeting page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, type WatchedPage } from './src/browser.js';
import { account } from './src/demo-facts.js';
import { todayInChina } from './src/gov-facts.js';
import { WAIT, chooseOption, downloadOf, pageWidth, signedIn, textOf, unexpectedErrors } from './src/gov-ui.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';

const secretary = account('secretary_1');
const village = secretary.divisionCode;
const run = Date.now().toString(36).slice(-5);
const title = `村道硬化（${run}）`;
const DAY = 24 * 60 * 60 * 1000;
const dayFromToday = (days: number): string => todayInChina(new Date(Date.now() + days * DAY));

const VOTES = [
  { step: 'PARTY_PROPOSAL', kind: 'COMMITTEE', daysAgo: 20, label: '支委会提议' },
  { step: 'JOINT_DELIBERATION', kind: 'COMMITTEE', daysAgo: 15, label: '两委联席会议' },
  { step: 'PARTY_REVIEW', kind: 'PARTY_ASSEMBLY', daysAgo: 10, label: '党员大会' },
  { step: 'REPRESENTATIVES_RESOLUTION', kind: 'REPRESENTATIVES_ASSEMBLY', daysAgo: 5, label: '村民代表会议' },
] as const;
const RESOLUTION_TEXT = `经村民代表会议表决通过：硬化村道 2.3 公里（${run}）。`;
const RESULT_TEXT = `村道硬化已完工，经验收合格（${run}）。`;

let browser: Browser;
let w: WatchedPage;
let page: Page;

/** A meeting of the village on a past day, held: created and held through the meetings API. */
async function heldMeeting(kind: string, daysAgo: number, name: string): Promise<string> {
  const token = await accessTokenOf(secretary.username);
  const date = new Date(Date.now() - daysAgo * DAY);
  date.setUTCHours(2, 0, 0, 0);
  const created = await gatewayQuery<{ createMeeting: { id: string } }>(
    'mutation E2eMeeting($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    { input: { kind, villageCode: village, date: date.toISOString(), title: name, place: '村委会会议室' } },
    token,
  );
  const id = created.data?.createMeeting.id;
  if (!id) throw new Error(`createMeeting refused: ${JSON.stringify(created.errors)}`);
  const held = await gatewayQuery<{ holdMeeting: { status: string } }>(
    'mutation E2eHold($id: ID!) { holdMeeting(id: $id) { status } }',
    { id },
    token,
  );
  expect(held.data?.holdMeeting.status, JSON.stringify(held.errors)).toBe('HELD');
  return id;
}

/** Types into an Input by its test id (antd puts the id on the <input>, or on its wrapper with a prefix). */
async function fill(testId: string, value: string): Promise<void> {
  const el = page.getByTestId(testId);
  const inner = el.locator('input');
  await ((await inner.count()) > 0 ? inner : el).fill(value);
}

/** The step the page offers now (its current-step card's title). */
const currentTitle = (): Promise<string> => textOf(page, 'delib-current');

beforeAll(async () => {
  for (const v of VOTES) await heldMeeting(v.kind, v.daysAgo, `${v.label}（${run}）`);
  browser = await launchChromium();
  w = await signedIn(browser, secretary.username, DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('四议两公开 on the tracker: village secretary (secretary_1, desktop)', () => {
  it('opens a matter and takes it through the six steps in order, then prints both notices', async () => {
    // through the shell's menu and the module's tabs, as a secretary would
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meetings-nav-deliberations').click();
    await page.getByTestId('deliberations-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/meetings/deliberations');
    await page.getByTestId('delib-open-title').fill(title);
    await page.getByTestId('delib-open-submit').click();
    await page.getByTestId('deliberation-page').waitFor();
    await expect.poll(() => textOf(page, 'deliberation-page'), WAIT).toContain(title);
    expect(await textOf(page, 'delib-status')).toBe('办理中');
    expect(await page.getByTestId('delib-steps').locator('.ant-steps-item').count()).toBe(6);

    for (const [i, v] of VOTES.entries()) {
      expect(await currentTitle()).toContain(['党组织提议', '两委会商议', '党员大会审议', '村民代表会议决议'][i]);
      await chooseOption(page, 'delib-vote-meeting', `${v.label}（${run}）`);
      await fill('delib-vote-expected', '30');
      await fill('delib-vote-present', '25');
      await fill('delib-vote-for', '22');
      await fill('delib-vote-against', '2');
      await fill('delib-vote-abstain', '1');
      await page.getByTestId('delib-vote-submit').click();
      await page.getByTestId(`delib-record-${v.step}`).waitFor();
      expect(await textOf(page, `delib-record-${v.step}`)).toContain('通过');
    }

    // 决议公开: seven days from four days ago; the results once that period is over
    expect(await currentTitle()).toContain('决议公开');
    await page.getByTestId('delib-notice-text').fill(RESOLUTION_TEXT);
    await page.getByTestId('delib-notice-from').fill(dayFromToday(-4));
    await page.getByTestId('delib-notice-to').fill(dayFromToday(2));
    await page.getByTestId('delib-notice-submit').click();
    await page.getByTestId('delib-record-RESOLUTION_DISCLOSED').waitFor();

    expect(await currentTitle()).toContain('实施结果公开');
    await page.getByTestId('delib-notice-text').fill(RESULT_TEXT);
    // too short a period first: the server's rule is shown and nothing is recorded
    await page.getByTestId('delib-notice-from').fill(dayFromToday(3));
    await page.getByTestId('delib-notice-to').fill(dayFromToday(5));
    await page.getByTestId('delib-notice-submit').click();
    await expect.poll(() => textOf(page, 'delib-notice-error'), WAIT).toContain('不少于 7 天');
    await page.getByTestId('delib-notice-to').fill(dayFromToday(9));
    await page.getByTestId('delib-notice-submit').click();
    await page.getByTestId('delib-record-RESULT_DISCLOSED').waitFor();

    expect(await textOf(page, 'delib-status')).toBe('已完成');
    expect(await page.getByTestId('delib-current').count()).toBe(0);
    expect(await page.getByTestId('delib-steps').locator('.ant-steps-item-finish').count()).toBe(6);
    expect(await page.getByTestId('delib-history').locator('[data-testid^="delib-record-"]').count()).toBe(6);
    expect(await textOf(page, 'delib-record-RESOLUTION_DISCLOSED')).toContain(RESOLUTION_TEXT);

    const resolution = await downloadOf(page, page.getByTestId('delib-print-RESOLUTION_DISCLOSED'));
    expect(resolution.fileName).toBe(`关于${title}的决议公示.pdf`);
    expect(resolution.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const result = await downloadOf(page, page.getByTestId('delib-print-RESULT_DISCLOSED'));
    expect(result.fileName).toBe(`关于${title}实施结果的公示.pdf`);
    expect(result.bytes.subarray(0, 5).toString()).toBe('%PDF-');

    // the tracker lists it as completed, nothing left to do
    await page.getByTestId('delib-back').click();
    const row = page.getByTestId('delib-row').filter({ hasText: title });
    await row.waitFor();
    expect(await textOf(row, 'delib-row-status')).toBe('已完成');
    expect(unexpectedErrors(w)).toEqual([]);
  });

  it('fits a phone: the list and the matter with its six steps stacked, nothing wider than the screen', async () => {
    const phone = await signedIn(browser, secretary.username, PHONE, true);
    try {
      await phone.page.goto('/meetings/deliberations');
      const row = phone.page.getByTestId('delib-row').filter({ hasText: title });
      await row.waitFor();
      expect(await pageWidth(phone.page)).toBeLessThanOrEqual(PHONE.width);
      await row.getByTestId('delib-row-link').click();
      await phone.page.getByTestId('delib-steps').waitFor();
      expect(await phone.page.getByTestId('delib-steps').locator('.ant-steps-item').count()).toBe(6);
      expect(await pageWidth(phone.page)).toBeLessThanOrEqual(PHONE.width);
      expect(unexpectedErrors(phone)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
