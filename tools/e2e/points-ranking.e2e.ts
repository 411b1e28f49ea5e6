// 月度积分排名 from draft to published: the township office (township_admin_1, desktop) computes the cadre
// ranking of cadre_1's village for the oldest month of cadre_1's demo lines (no other file writes there) and
// opens it for objections; cadre_1 on a phone objects about their own row; the office rejects it with a reason;
// the window's end is made to pass (the one database write: time cannot be waited for in a test); the office
// publishes with a confirmation; the month then shows 已发布 without controls, and the API refuses a recompute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pg from 'pg';
import { DESKTOP, PHONE, launchChromium, type WatchedPage } from './src/browser.js';
import { demo } from './src/demo-facts.js';
import { cadreOf, villageOf } from './src/gov-facts.js';
import { WAIT, chooseOption, pageWidth, signedIn } from './src/gov-ui.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';
import { sharedSystem } from './src/shared-system.js';

const me = cadreOf('cadre_1');
const village = villageOf('cadre_1');
const chinaMonthOf = (iso: string): string => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 7);
const month = demo.pointEntries
  .filter((e) => e.cadreId === me.id && e.divisionCode === village.code)
  .map((e) => chinaMonthOf(e.occurredAt))
  .sort()[0]!;

let browser: Browser;
let office: WatchedPage;
let cadre: WatchedPage;

beforeAll(async () => {
  browser = await launchChromium();
  office = await signedIn(browser, 'township_admin_1', DESKTOP);
  cadre = await signedIn(browser, 'cadre_1', PHONE, true);
});

afterAll(async () => {
  await office?.close();
  await cadre?.close();
  await browser?.close();
});

async function openRanking(page: Page, chooseVillage: boolean): Promise<void> {
  await page.goto('/points/rankings');
  await page.getByTestId('ranking-page').waitFor();
  await page.getByTestId('ranking-month').fill(month);
  if (chooseVillage) await chooseOption(page, 'ranking-division', village.name);
}

const status = (page: Page) => page.getByTestId('ranking-card').getAttribute('data-status');

describe(`月度积分排名 of ${village.name}, ${month}`, () => {
  it('is computed by the office as a draft listing the village’s cadres', async () => {
    const page = office.page;
    await openRanking(page, true);
    await page.getByTestId('ranking-compute').click();
    await expect.poll(() => status(page), WAIT).toBe('DRAFT');
    expect(await page.getByTestId('ranking-row-name').allInnerTexts()).toContain(me.name);
    await page.getByTestId('ranking-open').click();
    await expect.poll(() => status(page), WAIT).toBe('OBJECTION');
    await office.screenshot('points-ranking-01-open');
  });

  it('takes an objection from cadre_1 about their own row, on a phone', async () => {
    const page = cadre.page;
    await openRanking(page, false);
    await expect.poll(() => status(page), WAIT).toBe('OBJECTION');
    await page.getByTestId('ranking-objection-reason').fill('本月走访漏记 2 分，请核实');
    await page.getByTestId('ranking-objection-submit').click();
    await expect.poll(() => page.getByTestId('ranking-objection').getAttribute('data-status'), WAIT).toBe('PENDING');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await cadre.screenshot('points-ranking-02-objection');
  });

  it('has the office reject the objection with a reason; publishing waits for the window’s end', async () => {
    const page = office.page;
    await openRanking(page, true);
    const objection = page.getByTestId('ranking-objection');
    await objection.getByTestId('ranking-decision-reason').fill('经核实，该次走访未上传记录');
    await objection.getByTestId('ranking-reject').click();
    await expect.poll(() => objection.getAttribute('data-status'), WAIT).toBe('REJECTED');
    expect(await page.getByTestId('ranking-publish').isDisabled()).toBe(true);
  });

  it('is published with a confirmation once the window has ended, then shows 已发布 and no controls', async () => {
    const db = new pg.Client({ connectionString: sharedSystem().pointsDatabaseUrl });
    await db.connect();
    try {
      await db.query(
        `update ranking set objection_ends_at = now() - interval '1 minute'
         where division_code = $1 and month = $2 and kind = 'CADRE' and status = 'OBJECTION'`,
        [village.code, month],
      );
    } finally {
      await db.end();
    }
    const page = office.page;
    await openRanking(page, true);
    await page.getByTestId('ranking-publish').click();
    await page.getByTestId('ranking-publish-yes').click();
    await expect.poll(() => status(page), WAIT).toBe('PUBLISHED');
    expect(await page.getByTestId('ranking-status').innerText()).toBe('已发布');
    expect(await page.getByTestId('ranking-controls').count()).toBe(0);
    expect(await page.getByTestId('ranking-board-pdf').count()).toBe(1);
    await office.screenshot('points-ranking-03-published');
  });

  it('is refused a recompute by the API once published', async () => {
    const answer = await gatewayQuery<{ computeRanking: { id: string } | null }>(
      `mutation($input: ComputeRankingInput!) { computeRanking(input: $input) { id } }`,
      { input: { divisionCode: village.code, month, kind: 'CADRE' } },
      await accessTokenOf('township_admin_1'),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('RANKING_PUBLISHED');
  });
});
