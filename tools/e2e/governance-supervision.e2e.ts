// 工作督办卡 in the browser: the township office (township_admin_1, desktop) issues a card to cadre_1; cadre_1 on a
// phone finds it among the own cards and reports back; the office accepts the report. The demo's overdue card of
// cadre_1 (past its due date, never reported) is flagged in red on both sides.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { cadreOf } from './src/gov-facts.js';
import { WAIT, signedIn, unexpectedErrors } from './src/gov-ui.js';

const PHONE = { width: 375, height: 667 } as const;
const run = Date.now() % 100000;
const TITLE = `核查耕地撂荒情况${run}`;
const OVERDUE = '核实危房改造申报户住房情况';
const cadre = cadreOf('cadre_1');
let browser: Browser;
let office: WatchedPage;
let field: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  office = await signedIn(browser, 'township_admin_1', DESKTOP);
  field = await signedIn(browser, 'cadre_1', PHONE, true);
});

afterAll(async () => {
  await office?.close();
  await field?.close();
  await browser?.close();
});

const card = (page: Page, title: string) => page.getByTestId('sup-card').filter({ hasText: title });

describe('supervision cards', () => {
  it('the office issues a card to a cadre of the township', async () => {
    const page = office.page;
    await page.goto('/governance/supervision');
    await page.getByTestId('sup-issue-form').waitFor();
    await page.getByTestId('case-form-cadre').locator('.ant-select').click();
    await page.keyboard.type(cadre.name);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: cadre.name })
      .first()
      .click();
    await page.getByTestId('sup-issue-title').fill(TITLE);
    await page.getByTestId('sup-issue-content').fill('逐户核查本网格耕地撂荒情况，登记面积和原因，一周内反馈。');
    await page.getByTestId('sup-issue-submit').click();
    await page.getByTestId('sup-issued').waitFor();
    await expect.poll(() => card(page, TITLE).getAttribute('data-status'), WAIT).toBe('ISSUED');
  });

  it('the cadre reports back on a phone; an overdue card is flagged', async () => {
    const page = field.page;
    await page.goto('/governance/supervision');
    await card(page, TITLE).waitFor();
    const overdue = card(page, OVERDUE);
    expect(await overdue.getAttribute('data-overdue')).toBe('true');
    expect(await overdue.getByTestId('sup-overdue').textContent()).toBe('已超期');
    const mine = card(page, TITLE);
    await mine.getByTestId('sup-report-open').click();
    await mine.getByTestId('sup-text').fill('已核查本网格 42 户，撂荒耕地 3.5 亩，均已登记原因。');
    await mine.getByTestId('sup-submit').click();
    await expect.poll(() => card(page, TITLE).getAttribute('data-status'), WAIT).toBe('REPORTED');
    expect(unexpectedErrors(field)).toEqual([]);
  });

  it('the office accepts the report', async () => {
    const page = office.page;
    await page.reload();
    const mine = card(page, TITLE);
    await expect.poll(() => mine.getAttribute('data-status'), WAIT).toBe('REPORTED');
    expect(await mine.getByTestId('sup-report').textContent()).toContain('撂荒耕地 3.5 亩');
    await mine.getByTestId('sup-accept').click();
    await expect.poll(() => card(page, TITLE).getAttribute('data-status'), WAIT).toBe('ACCEPTED');
    await page.getByTestId('sup-tab-overdue').click();
    await expect.poll(() => card(page, OVERDUE).getAttribute('data-overdue'), WAIT).toBe('true');
    expect(unexpectedErrors(office)).toEqual([]);
  });
});
