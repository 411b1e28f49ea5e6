// 我的积分 as a cadre on a phone (cadre_1, 390×844): the menu of the points module offers it; a
// past month shows exactly the cadre's own demo lines and their sum; a visit written up now in
// the governance module reaches the points ledger through the events flow (outbox → relay →
// points) and shows as a 2-point 走访 line of today with this month's total 2 higher. Other
// files may write up visits of cadre_1 this month too, so this month is compared before/after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, launchChromium, type WatchedPage } from './src/browser.js';
import { demo } from './src/demo-facts.js';
import { cadreOf, todayInChina } from './src/gov-facts.js';
import { WAIT, openTab, pageWidth, signedIn, textOf, unexpectedErrors } from './src/gov-ui.js';
import { attributeOfAll } from './src/ui.js';

const me = cadreOf('cadre_1');
const chinaMonthOf = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);
const thisMonth = todayInChina().slice(0, 7);
const ownDemo = demo.pointEntries.filter((e) => e.cadreId === me.id);
/** The newest past month with demo lines of cadre_1: nothing any test does writes there. */
const pastMonth = [...new Set(ownDemo.map((e) => chinaMonthOf(e.occurredAt)))]
  .filter((m) => m < thisMonth)
  .sort()
  .pop()!;
const pastLines = ownDemo.filter((e) => chinaMonthOf(e.occurredAt) === pastMonth);

let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, 'cadre_1', PHONE, true);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

/** Opens 我的积分 from the shell's menu and the module's tabs, as a user would. */
async function openMyPoints(): Promise<void> {
  await page.getByTestId('nav-points').click();
  await page.getByTestId('points-nav-my').click();
  await page.getByTestId('my-points-total').waitFor();
}

const total = async (): Promise<number> => Number(await textOf(page, 'my-points-total'));
const shownPoints = async (): Promise<number[]> =>
  (await page.getByTestId('my-points-points').allInnerTexts()).map((text) => Number(text.replace('+', '')));
const visitLines = (): Promise<number> =>
  page.locator('[data-testid="my-points-entry"][data-event-type="VisitRecorded"]').count();

describe('我的积分 on a phone: cadre (cadre_1, 390×844)', () => {
  it('offers 我的积分 in the points module’s menu and shows this month, its total the sum of its lines', async () => {
    await openMyPoints();
    expect(await page.getByTestId('points-module').getAttribute('data-page')).toBe('my-points');
    expect(new URL(page.url()).pathname).toBe('/points/my');
    expect(await textOf(page, 'my-points-month')).toContain(`${Number(thisMonth.slice(5, 7))}月`);
    expect(await total()).toBe((await shownPoints()).reduce((a, b) => a + b, 0));
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('points-my-01-this-month');
  });

  it(`shows a past month (${pastMonth}) with exactly the cadre’s own lines and their sum`, async () => {
    expect(pastLines.length).toBeGreaterThan(0);
    await page.getByTestId('my-points-month').click();
    const label = `${pastMonth.slice(0, 4)}年${Number(pastMonth.slice(5, 7))}月`;
    await page.locator('.ant-select-item-option', { hasText: label }).first().click();
    const expected = pastLines.reduce((sum, e) => sum + e.points, 0);
    await expect.poll(total, WAIT).toBe(expected);
    expect(await page.getByTestId('my-points-entry').count()).toBe(pastLines.length);
    expect((await page.getByTestId('my-points-reason').allInnerTexts()).sort()).toEqual(
      pastLines.map((e) => e.reason).sort(),
    );
    expect(await attributeOfAll(page, 'my-points-entry', 'data-event-type')).toEqual(pastLines.map(() => 'manual'));
    await w.screenshot('points-my-02-past-month');
  });

  it('shows a visit written up now as a 走访 line of today, 2 points, this month’s total 2 higher', async () => {
    await page.goto('/points/my');
    await page.getByTestId('my-points-total').waitFor();
    const before = { total: await total(), visits: await visitLines() };

    await page.goto('/governance');
    await page.getByTestId('gov-nav-toggle').waitFor();
    await openTab(page, 'visit-new');
    await page.getByTestId('visit-household-picker').waitFor();
    await w.screenshot('points-my-03-visit-picker');
    const option = page.getByTestId('visit-my-households').getByTestId('visit-household-option').first();
    await option.click();
    await page.getByTestId('visit-form').waitFor();
    await page.getByTestId('visit-learned').fill(`了解到春耕用工需求（${Date.now().toString(36)}）`);
    await page.getByTestId('visit-submit').click();
    await page.getByTestId('visit-success').waitFor();

    // the relay delivers on commit; reopen the page until the line is there
    await expect
      .poll(
        async () => {
          await page.goto('/points/my');
          await page.getByTestId('my-points-total').waitFor();
          return visitLines();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(before.visits + 1);
    expect(await total()).toBe(before.total + 2);
    const line = page.locator('[data-testid="my-points-entry"][data-event-type="VisitRecorded"]').first();
    expect(await textOf(line, 'my-points-reason')).toBe('入户走访（民情日记）');
    expect(await textOf(line, 'my-points-date')).toBe(todayInChina());
    expect(await textOf(line, 'my-points-points')).toBe('+2');
    expect(await total()).toBe((await shownPoints()).reduce((a, b) => a + b, 0));
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await w.screenshot('points-my-04-visit-line');
  });

  it('logged no console error and no uncaught exception', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
