// The pairing board (联户) as a village secretary at a desk: coverage, accepting a suggested
// pairing (one household fewer unpaired), rejecting one (nothing paired, not suggested again),
// the new pairing on the household's page and in the exported roster. It pairs a household, so
// it runs as secretary_3 in 龙潭村 (village 3), which no other browser test counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { cadre, villageOf } from './src/gov-facts.js';
import {
  WAIT,
  downloadOf,
  graphqlAnswer,
  numberOf,
  openTab,
  signedIn,
  textOf,
  unexpectedErrors,
  waitForTotal,
} from './src/gov-ui.js';
import { attributeOfAll, hasChinese } from './src/ui.js';
import { sheetRecords } from './src/xlsx.js';

const village = villageOf('secretary_3');
const unpaired = village.unpairedIds.size;

let browser: Browser;
let w: WatchedPage;
let page: Page;
let accepted: { householdId: string; cadreId: string } | undefined;

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, 'secretary_3', DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

interface SuggestionView {
  cadreId: string;
  householdId: string;
  state: string;
}

function suggestions(): Promise<SuggestionView[]> {
  return page.getByTestId('suggestion-row').evaluateAll((rows) =>
    rows.map((row) => ({
      cadreId: row.getAttribute('data-cadre-id') ?? '',
      householdId: row.getAttribute('data-household-id') ?? '',
      state: row.getAttribute('data-state') ?? '',
    })),
  );
}

const suggestionRow = (s: { cadreId: string; householdId: string }): Locator =>
  page.locator(`[data-testid="suggestion-row"][data-cadre-id="${s.cadreId}"][data-household-id="${s.householdId}"]`);

async function openSuggestions(): Promise<SuggestionView[]> {
  await page.getByTestId('pairing-tab-suggestions').click();
  await page.getByTestId('suggestions-list').waitFor();
  const list = await suggestions();
  expect(list.length).toBeGreaterThan(0);
  for (const s of list) {
    expect(
      village.unpairedIds.has(s.householdId) && s.householdId !== accepted?.householdId,
      `suggested household ${s.householdId} is unpaired`,
    ).toBe(true);
    expect([village.code, village.code.slice(0, 9)]).toContain(cadre(s.cadreId).divisionCode);
  }
  return list;
}

async function coverageShows(unpairedNow: number): Promise<void> {
  await page.getByTestId('pairing-tab-coverage').click();
  await page.getByTestId('coverage-numbers').waitFor();
  await expect.poll(() => numberOf(page, 'coverage-unpaired'), WAIT).toBe(unpairedNow);
  expect(await numberOf(page, 'coverage-paired')).toBe(village.households.length - unpairedNow);
  expect(await numberOf(page, 'coverage-total')).toBe(village.households.length);
}

describe('governance pairing: village secretary on a desktop (secretary_3, 龙潭村)', () => {
  it(`shows the village's coverage: ${unpaired} of ${village.households.length} households unpaired`, async () => {
    await openTab(page, 'pairing');
    await coverageShows(unpaired);
    expect(await numberOf(page, 'coverage-special-unpaired')).toBe(village.specialUnpaired);
    await w.screenshot('gov-desktop-25-pairing');
  });

  it('accepts a suggested pairing: the household leaves the unpaired list', async () => {
    const [first] = (await openSuggestions()).filter((s) => s.state === 'open');
    accepted = { householdId: first!.householdId, cadreId: first!.cadreId };
    const row = suggestionRow(accepted);
    expect(hasChinese(await textOf(row, 'suggestion-reason'))).toBe(true);
    expect(await textOf(row, 'suggestion-cadre')).toBe(cadre(accepted.cadreId).name);
    await w.screenshot('gov-desktop-26-suggestions');
    await row.getByTestId('suggestion-accept').click();
    await expect.poll(() => row.getAttribute('data-state'), WAIT).toBe('accepted');
    await row.getByTestId('suggestion-outcome').waitFor();
    await w.screenshot('gov-desktop-27-suggestion-accepted');

    await coverageShows(unpaired - 1);
    await waitForTotal(page, 'unpaired', unpaired - 1);
    expect(await attributeOfAll(page, 'unpaired-row', 'data-household-id')).not.toContain(accepted.householdId);
  });

  it('rejects a suggestion: nothing is paired and it is not suggested again', async () => {
    const open = (await openSuggestions()).filter((s) => s.state === 'open');
    const rejected = open[0]!;
    const row = suggestionRow(rejected);
    await row.getByTestId('suggestion-reject').click();
    await expect.poll(() => row.getAttribute('data-state'), WAIT).toBe('rejected');
    // 重新生成建议 asks the server again (the list stays on screen meanwhile)
    const answered = graphqlAnswer(page, 'GovernancePairingSuggestions');
    await page.getByTestId('suggestions-refresh').click();
    expect((await answered).ok()).toBe(true);
    await expect.poll(async () => (await suggestions()).every((s) => s.state === 'open'), WAIT).toBe(true);
    await expect
      .poll(() => suggestionRow(rejected).count(), { ...WAIT, message: 'the rejected pair is suggested again' })
      .toBe(0);
    await coverageShows(unpaired - 1);
  });

  it('shows the new pairing on the household and exports the roster with it', async () => {
    const pair = accepted!;
    const household = village.households.find((h) => h.id === pair.householdId)!;
    const cadreName = cadre(pair.cadreId).name;
    await openTab(page, 'households');
    const box = page.getByTestId('household-search');
    await box.fill(household.headName);
    await box.press('Enter');
    const listed = page.locator(`[data-testid="household-row"][data-household-id="${household.id}"]`);
    await listed.waitFor();
    expect(await textOf(listed, 'household-cadres')).toContain(cadreName);
    await listed.getByTestId('household-open').click();
    await page.locator(`[data-testid="household-pairing-cadre"][data-cadre-id="${pair.cadreId}"]`).waitFor();

    await openTab(page, 'pairing');
    await page.getByTestId('pairing-tab-roster').click();
    await waitForTotal(page, 'roster', village.pairings.length + 1);
    await w.screenshot('gov-desktop-28-roster');
    const file = await downloadOf(page, page.getByTestId('roster-export'));
    expect(file.fileName).toMatch(/\.xlsx$/);
    const records = await sheetRecords(file.bytes);
    expect(records).toHaveLength(village.pairings.length + 1);
    expect(
      records.filter(
        (r) => r['户主'] === household.headName && r['联户党员干部'] === cadreName && r['住址'] === household.address,
      ),
    ).toHaveLength(1);
    for (const r of records) expect(r['联系电话'] ?? '').not.toMatch(/^1\d{10}$/);
  });

  it('logged no console error and no uncaught exception', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
