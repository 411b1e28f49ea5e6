// Industry needs (产业对接到户) as a village secretary (secretary_1): record a household's need for sales, match it
// to a resource the page suggests (the demo township cooperative sells produce), follow it up, then follow up again
// with the outcome "met". The need is new (a unique description), so no other file's numbers change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { nameMatches, villageOf } from './src/gov-facts.js';
import { WAIT, chooseOption, signedIn, unexpectedErrors } from './src/gov-ui.js';

const village = villageOf('secretary_1');
const subject = village.households.find((h) => nameMatches(village.households, h.headName).size === 1)!;
const description = `柑橘滞销，希望对接销路 ${Date.now().toString(36)}`;

let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, 'secretary_1', DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('a need from recorded to met', () => {
  it('records, matches a suggested resource, follows up until met', async () => {
    await page.goto('/governance/industry');
    await page.getByTestId('industry-page').waitFor();
    await page.getByTestId('visit-household-search').fill(subject.headName);
    await page.getByTestId('visit-household-search').press('Enter');
    await page.getByTestId('visit-search-results').getByTestId('visit-household-option').first().click();
    await expect.poll(() => page.getByTestId('need-household').textContent(), WAIT).toBe(subject.headName);
    await chooseOption(page, 'need-kind', '销路');
    await page.getByTestId('need-description').fill(description);
    await page.getByTestId('need-save').click();
    const card = page.getByTestId('need-card').filter({ hasText: description });
    await expect.poll(() => card.getByTestId('need-status').textContent(), WAIT).toBe('待对接');

    await card.getByTestId('need-suggestion').first().click();
    await expect.poll(() => card.getByTestId('need-status').textContent(), WAIT).toBe('已对接');
    expect(await card.getByTestId('need-match').count()).toBe(1);

    await card.getByTestId('need-follow-note').fill('合作社已上门看货，约定下周收购');
    await card.getByTestId('need-follow-save').click();
    await expect.poll(() => card.getByTestId('need-status').textContent(), WAIT).toBe('跟踪中');

    await card.getByTestId('need-follow-note').fill('2000 斤柑橘已按保底价收购');
    await card.getByTestId('need-outcome-MET').click();
    await card.getByTestId('need-follow-save').click();
    await expect.poll(() => card.getByTestId('need-status').textContent(), WAIT).toBe('已解决');
    expect(await card.getByTestId('need-follow-up').count()).toBe(2);
    expect(await card.getByTestId('need-follow-save').count()).toBe(0);
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
