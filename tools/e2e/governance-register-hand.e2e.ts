// The register kept by hand (issue 8, item 7): a village secretary adds a household with two
// members by hand, pairs it with a cadre, then swaps the cadre (换人); a revealed phone is a
// tap-to-call link; the search follows typing without Enter; a cadre lands on 我的农户.
// Writes go to the sixth village (secretary_6), which no other file counts: one household, unpaired
// in no grid, paired with two of that village's cadres in turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { DESKTOP, PHONE, launchChromium, submitLogin } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { account, demo, pairedHouseholdIds } from './src/demo-facts.js';
import { isValidIdCard, villageOf } from './src/gov-facts.js';
import { WAIT, chooseOption, loginPage, signedIn, textOf, unexpectedErrors, waitForTotal } from './src/gov-ui.js';
import { attributeOfAll } from './src/ui.js';

const village = villageOf('secretary_6');
const stamp = Date.now() % 1000;
/** A valid ID number (GB 11643) no demo person has: the check character computed as the standard says. */
function idCard(birth: string, seq: number): string {
  const body = `430999${birth}${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}
const headId = idCard('19580412', stamp);
const wrongHeadId = headId.slice(0, 17) + (headId[17] === '0' ? '1' : '0');
const headName = `欧阳${'德林秋'[stamp % 3]}${'明华山'[Math.floor(stamp / 3) % 3]}`;
const headPhone = `139${String(10_000_000 + stamp * 7919).slice(-8)}`;
const address = `${village.name}手工登记 ${stamp} 号`;
// the village's own cadres with the fewest households: both have room for one more
const load = (id: string) => demo.pairings.filter((p) => p.cadreId === id).length;
const [first, second] = demo.cadres
  .filter((c) => c.divisionCode === village.code)
  .sort((a, b) => load(a.id) - load(b.id) || a.name.localeCompare(b.name))
  .filter((c, i, all) => all.findIndex((o) => o.name === c.name) === i);
if (!first || !second) throw new Error(`${village.name} has fewer than two cadres`);

let browser: Browser;
let w: WatchedPage;
let page: Page;
let householdId = '';

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, 'secretary_6', DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('the register kept by hand: a village secretary (secretary_6, desktop)', () => {
  it('adds a household with its head, the ID number checked in the browser before it is sent', async () => {
    expect(isValidIdCard(headId)).toBe(true);
    await page.getByTestId('household-create').click();
    const form = page.getByTestId('household-create-form');
    await form.waitFor();
    await page.getByTestId('household-create-address').fill(address);
    await page.getByTestId('household-create-head-name').fill(headName);
    await page.getByTestId('household-create-head-idcard').fill(wrongHeadId);
    await page.getByTestId('household-create-head-phone').fill(headPhone);
    await page.getByTestId('household-create-save').click();
    await form.getByText('身份证号不正确').waitFor();
    await page.getByTestId('household-create-head-idcard').fill(headId);
    await form.getByText('空巢老人', { exact: true }).click();
    await w.screenshot('gov-hand-01-new-household');
    await page.getByTestId('household-create-save').click();
    const detail = page.getByTestId('household-detail-page');
    await detail.waitFor();
    householdId = (await detail.getAttribute('data-household-id')) ?? '';
    expect(householdId).not.toBe('');
    expect(await textOf(page, 'household-title')).toContain(headName);
    expect(await textOf(page, 'household-address')).toBe(address);
    expect(await attributeOfAll(page, 'household-tag', 'data-tag')).toEqual(['EMPTY_NEST_ELDERLY']);
  });

  it('adds a second family member on the household page', async () => {
    await page.getByTestId('resident-add').click();
    await page.getByTestId('resident-form-name').fill('欧阳小红');
    await chooseOption(page, 'resident-form-relation', /^女$/);
    // no ID number: the sex is asked for
    await page.getByTestId('resident-form').locator('.ant-radio-button-wrapper', { hasText: '女' }).click();
    await page.getByTestId('resident-form-birth').fill('1986-09-20');
    await page.getByTestId('resident-save').click();
    await expect.poll(() => page.getByTestId('resident-row').count(), WAIT).toBe(2);
    expect(await page.getByTestId('resident-name').allInnerTexts()).toEqual([
      expect.stringContaining(headName),
      expect.stringContaining('欧阳小红'),
    ]);
    await w.screenshot('gov-hand-02-two-members');
  });

  it('reveals the head’s phone as a tap-to-call link', async () => {
    const row = page.locator('[data-testid="resident-row"]').first();
    await row.getByTestId('unmask-phone').click();
    await page.getByTestId('unmask-prompt-reason').fill('联系户主核实家庭成员');
    await page.getByTestId('unmask-prompt-submit').click();
    const link = row.locator('a[data-testid="resident-phone"]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`tel:${headPhone}`);
    expect((await link.innerText()).trim()).toBe(headPhone);
  });

  it(`pairs it with a cadre by hand (${first.name}), then swaps to ${second.name} in one step`, async () => {
    expect(await page.getByTestId('household-unpaired').count()).toBe(1);
    await page.getByTestId('pairing-add').click();
    await chooseOption(page, 'pairing-cadre', first.name);
    await page.getByTestId('pairing-submit').click();
    await expect.poll(() => attributeOfAll(page, 'household-pairing-cadre', 'data-cadre-id'), WAIT).toEqual([first.id]);
    await w.screenshot('gov-hand-03-paired');

    await page.getByTestId('pairing-swap').click();
    await chooseOption(page, 'pairing-to-cadre', second.name);
    await page.getByTestId('pairing-reason').fill('党员外出务工');
    await page.getByTestId('pairing-submit').click();
    await expect
      .poll(() => attributeOfAll(page, 'household-pairing-cadre', 'data-cadre-id'), WAIT)
      .toEqual([second.id]);
    await w.screenshot('gov-hand-04-swapped');
  });

  it('finds the new household as the name is typed, without pressing Enter', async () => {
    await page.getByTestId('household-back').click();
    await page.getByTestId('governance-page').waitFor();
    await page.getByTestId('household-search').pressSequentially(headName, { delay: 60 });
    await waitForTotal(page, 'households', 1);
    expect(await attributeOfAll(page, 'household-row', 'data-household-id')).toEqual([householdId]);
  });

  it('logged no console error and no uncaught exception', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});

describe('a cadre opens the register on 我的农户 (cadre_1, phone)', () => {
  it('lists only the households paired with the cadre', async () => {
    const cadre = await loginPage(browser, 'cadre_1', PHONE, true);
    try {
      await submitLogin(cadre.page, 'cadre_1', DEMO_PASSWORD);
      await cadre.page.getByTestId('governance-module').waitFor();
      await cadre.screenshot('gov-hand-05-cadre-landing');
      await cadre.page.getByTestId('governance-page').waitFor();
      const mine = pairedHouseholdIds(account('cadre_1'));
      await cadre.page.getByTestId('households-cards').waitFor();
      expect(await cadre.page.getByRole('heading', { name: '我的农户' }).count()).toBe(1);
      await waitForTotal(cadre.page, 'households', mine.size);
      const ids = await attributeOfAll(cadre.page, 'household-row', 'data-household-id');
      expect(ids.filter((id) => !mine.has(id))).toEqual([]);
      await cadre.screenshot('gov-hand-06-cadre-mine');
      expect(unexpectedErrors(cadre)).toEqual([]);
    } finally {
      await cadre.close();
    }
  });
});
