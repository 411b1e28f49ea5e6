// Policies owed (政策落实到户) as a township admin at a desk (township_admin_1): a new policy whose rule is built in
// the rule editor (household size at least k), the preview before saving, the households it matches, an edit of the
// rule (k + 1) and the list that follows it, a briefing (宣讲) on a matching household's page, its 政策明白卡 (PDF),
// and the gap report (应享未享) for that household's village. Expected numbers come from the demo data, never the page.
// The policy is new (a unique name), so no other file's numbers change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { account, demo } from './src/demo-facts.js';
import { WAIT, chooseOption, downloadOf, signedIn, unexpectedErrors, waitForTotal } from './src/gov-ui.js';

const township = account('township_admin_1').divisionCode;
const households = demo.households.filter((h) => h.villageCode.startsWith(township));
const atLeast = (k: number) => households.filter((h) => h.residents.length >= k);
// a size that some households reach and fewer reach one more, so the edit changes the list
const k = [5, 4, 6, 3].find((n) => atLeast(n + 1).length > 0 && atLeast(n + 1).length < atLeast(n).length);
if (!k) throw new Error('the demo township has no household size that suits the test');
const subject = atLeast(k + 1)[0]!;
const villageName = demo.regions.find((r) => r.code === subject.villageCode)!.name;
const inVillage = atLeast(k + 1).filter((h) => h.villageCode === subject.villageCode).length;
const name = `测试政策${Date.now().toString(36)}`;

let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, 'township_admin_1', DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('a policy with a rule built in the editor', () => {
  it('previews the matching households, saves, and lists exactly them', async () => {
    await page.goto('/governance/policies');
    await page.getByTestId('policies-page').waitFor();
    await page.getByTestId('policy-new').click();
    await page.getByTestId('policy-name').fill(name);
    await page.getByTestId('policy-summary').fill('家庭人口较多的农户可申请的测试补助');
    await page.getByTestId('policy-issuingBody').fill('县民政局');
    await chooseOption(page, 'rule-0-type', '家庭人口在');
    await page.getByTestId('rule-0-min').fill(String(k));
    await page.getByTestId('policy-preview').click();
    // the households in scope may include some another file adds by hand; the matching ones are the demo's
    await expect
      .poll(() => page.getByTestId('policy-preview-result').textContent(), WAIT)
      .toContain(`有 ${atLeast(k).length} 户符合`);
    await page.getByTestId('policy-save').click();
    await page.getByTestId('policy-page').waitFor();
    await waitForTotal(page, 'benefit-list', atLeast(k).length);
  });

  it('follows an edit of the rule', async () => {
    await page.getByTestId('policy-edit').click();
    await page.getByTestId('rule-0-min').fill(String(k + 1));
    await page.getByTestId('policy-save').click();
    await waitForTotal(page, 'benefit-list', atLeast(k + 1).length);
    const statuses = await page.getByTestId('benefit-status').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['符合条件']));
  });
});

describe('briefing a household and its 政策明白卡', () => {
  it('records the briefing on the household page and prints the card', async () => {
    await page.goto(`/governance/households/${subject.id}`);
    const section = page.getByTestId('household-policies');
    await section.waitFor();
    const ours = section.getByTestId('household-policy').filter({ hasText: name });
    await expect.poll(() => ours.textContent(), WAIT).toContain('符合条件');
    await section.getByTestId('policy-brief-open').click();
    await page.getByTestId('policy-brief-by').fill(subject.headName);
    await page.getByTestId('policy-brief-save').click();
    await expect.poll(() => ours.textContent(), WAIT).toContain('已宣讲');
    await expect.poll(() => section.getByTestId('household-last-briefing').count(), WAIT).toBe(1);
    const card = await downloadOf(page, section.getByTestId('policy-card-print'));
    expect(card.fileName).toContain('政策明白卡');
    expect(card.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the gap report (应享未享)', () => {
  it('counts the village’s owed households for the policy, the briefed one included', async () => {
    await page.goto('/governance/policy-gap');
    await page.getByTestId('policy-gap-page').waitFor();
    await page.getByTestId('policy-gap-days').fill('0');
    const row = page.getByTestId('policy-gap-row').filter({ hasText: name }).filter({ hasText: villageName });
    await expect.poll(() => row.getByTestId('policy-gap-total').textContent(), WAIT).toBe(String(inVillage));
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
