// The case ledger (民情台账) story of issue 8, through the pages of each account whose level the case
// is at: cadre_1 on a 375 px phone records a visit and turns it into a case with a photo (grid level),
// escalates it (组上报); secretary_1 accepts it and escalates it to the township; leader_1 returns it;
// secretary_1 accepts (a second window, now stale, shows the version conflict) and assigns it to
// cadre_1; cadre_1 finds it in 我的待办 on the phone, starts and resolves it, records the villager as
// unsatisfied (reopened), resolves it again and records 满意; secretary_1 closes it (销号). The
// timeline shows every step with who and why. Adds one visit and one case to a cadre_1 household
// other than the one the phone test visits; no other file counts either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { account, demo, pairedHouseholdIds } from './src/demo-facts.js';
import { cadreOf } from './src/gov-facts.js';
import { WAIT, pageWidth, signedIn, unexpectedErrors } from './src/gov-ui.js';
import { act, actionsShown, caseState, openCase, queueIds, timelineOf } from './src/case-ui.js';

/** The phone of the "375 px" (an older, narrow phone). */
const NARROW_PHONE = { width: 375, height: 812 } as const;
const cadreAccount = account('cadre_1');
const cadreName = cadreOf('cadre_1').name;
// the last of cadre_1's households in the cadre's grid (the phone test visits the first one offered)
const household = [...pairedHouseholdIds(cadreAccount)]
  .map((id) => demo.households.find((h) => h.id === id)!)
  .filter((h) => cadreAccount.gridIds.includes(h.gridId))
  .at(-1);
if (!household) throw new Error('cadre_1 has no paired household in their grid');
const stamp = Date.now().toString(36);
const TITLE = `想了解危房改造补助政策（${stamp}）`;
const REASONS = {
  toVillage: '房屋鉴定需要村里统一申报',
  toTownship: '补助标准需乡镇住建办确认',
  back: '按政策由村级核实后办理，退回村里',
};

let browser: Browser;
const pages: WatchedPage[] = [];
let caseId = '';

async function as(
  username: string,
  viewport: { width: number; height: number } = DESKTOP,
  mobile = false,
): Promise<Page> {
  const w = await signedIn(browser, username, viewport, mobile);
  pages.push(w);
  return w.page;
}

async function done(page: Page): Promise<void> {
  const w = pages.find((p) => p.page === page)!;
  expect(unexpectedErrors(w)).toEqual([]);
  await w.close();
}

/** A 2400×1800 JPEG drawn in the page, as a phone camera would hand it over. */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 2400;
    canvas.height = 1800;
    const g = canvas.getContext('2d')!;
    g.fillStyle = 'rgb(120,90,60)';
    g.fillRect(0, 0, 2400, 1800);
    g.fillStyle = 'rgb(200,200,190)';
    g.fillRect(600, 500, 1200, 900);
    return canvas.toDataURL('image/jpeg', 0.9);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  for (const w of pages) await w.close().catch(() => undefined);
  await browser?.close();
});

describe('a case from a visit to its close-out (民情台账)', () => {
  it('cadre_1 on a 375 px phone turns a visit into a case with a photo, scaled down before upload', async () => {
    const page = await as('cadre_1', NARROW_PHONE, true);
    await page.goto(`/governance/visits/new?household=${household.id}`);
    await page.getByTestId('visit-form').waitFor();
    await page.getByTestId('visit-learned').fill('户主反映老房子墙体开裂，想了解危房改造补助政策');
    await page.getByTestId('visit-submit').click();
    await page.getByTestId('visit-success').waitFor();
    await page.getByTestId('visit-raise-case').click();
    await page.getByTestId('case-raise-form').waitFor();
    expect(await page.getByTestId('case-raise-household').getAttribute('data-household-id')).toBe(household.id);
    expect(await page.getByTestId('case-raise-household').innerText()).toContain(household.headName);

    await page.getByTestId('case-raise-title').fill(TITLE);
    await page
      .getByTestId('case-raise-description')
      .fill('老房子墙体开裂，雨季漏水，家里两位老人，想申请危房改造补助。');
    await page.getByTestId('case-raise-kind').getByText('诉求', { exact: true }).click();
    await page.getByTestId('case-raise-domain').getByText('民生保障', { exact: true }).click();
    expect(await page.getByTestId('case-photo-input').getAttribute('capture')).toBe('environment');
    expect(await page.getByTestId('case-photo-input').getAttribute('accept')).toBe('image/*');
    await page
      .getByTestId('case-photo-input')
      .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) });
    await page.locator('[data-testid="case-photo-thumb"][data-uploaded="true"]').waitFor();
    expect(await pageWidth(page), 'the raise form scrolls sideways').toBeLessThanOrEqual(NARROW_PHONE.width);
    await pages.at(-1)!.screenshot('gov-case-01-raise-phone');
    await page.getByTestId('case-raise-submit').click();

    await page.getByTestId('case-title').waitFor();
    caseId = (await page.getByTestId('case-page').getAttribute('data-case-id')) ?? '';
    expect(await caseState(page)).toEqual({ status: 'REPORTED', level: 'GRID' });
    expect(await page.getByTestId('case-title').innerText()).toBe(TITLE);
    const photo = page.getByTestId('case-photo');
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT)
      .toBeGreaterThan(0);
    const size = await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size, 'the photo arrives at 1600 px on its longer side').toEqual([1600, 1200]);
    expect(await pageWidth(page), 'the case page scrolls sideways').toBeLessThanOrEqual(NARROW_PHONE.width);
    await pages.at(-1)!.screenshot('gov-case-02-raised-phone');

    // 组上报: the grid's own cadre escalates it to the village
    expect(await actionsShown(page)).toContain('ESCALATE');
    await act(page, 'ESCALATE', { reason: REASONS.toVillage }, { status: 'ESCALATED', level: 'VILLAGE' });
    await done(page);
  });

  it('secretary_1 finds it in 我的待办, accepts it and escalates it to the township', async () => {
    const page = await as('secretary_1');
    expect(await queueIds(page)).toContain(caseId);
    await openCase(page, caseId);
    await act(page, 'ACCEPT', {}, { status: 'ACCEPTED', level: 'VILLAGE' });
    await act(page, 'ESCALATE', { reason: REASONS.toTownship }, { status: 'ESCALATED', level: 'TOWNSHIP' });
    expect(await actionsShown(page), 'the village no longer acts on a township case').toEqual([]);
    await done(page);
  });

  it('leader_1 (township) returns it to the village with a reason', async () => {
    const page = await as('leader_1');
    expect(await queueIds(page)).toContain(caseId);
    await openCase(page, caseId);
    await pages.at(-1)!.screenshot('gov-case-03-township');
    await act(page, 'RETURN', { reason: REASONS.back }, { status: 'RETURNED', level: 'VILLAGE' });
    await done(page);
  });

  it('secretary_1 accepts it (a stale second window shows the conflict and reloads) and assigns it to cadre_1', async () => {
    const page = await as('secretary_1');
    const stale = await pages.at(-1)!.context.newPage();
    await openCase(page, caseId);
    await openCase(stale, caseId);
    await act(page, 'ACCEPT', {}, { status: 'ACCEPTED', level: 'VILLAGE' });

    await stale.getByTestId('case-action-ACCEPT').click();
    await stale.getByTestId('case-action-submit').click();
    await stale.getByTestId('case-version-conflict').waitFor();
    expect(await stale.getByTestId('case-version-conflict').innerText()).toContain('已被他人办理');
    expect(await caseState(stale), 'nothing changed in the stale window').toMatchObject({ status: 'RETURNED' });
    await stale.getByTestId('case-version-reload').click();
    await expect.poll(() => caseState(stale), WAIT).toMatchObject({ status: 'ACCEPTED' });
    await stale.close();

    await act(page, 'ASSIGN', { cadre: cadreName }, { status: 'ASSIGNED', level: 'VILLAGE' });
    expect(await page.getByTestId('case-detail-responsible').innerText()).toContain(cadreName);
    await done(page);
  });

  it('cadre_1 on the phone: 我的待办 at 375 px, then starts, resolves, records 不满意 (reopened), resolves again, records 满意', async () => {
    const page = await as('cadre_1', NARROW_PHONE, true);
    const w = pages.at(-1)!;
    await page.getByTestId('gov-nav-toggle').click();
    await page.getByTestId('gov-nav-todo').click();
    const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain(TITLE);
    expect(await row.innerText()).toMatch(/已等 \d+ 个工作日/);
    expect(await pageWidth(page), 'the to-do queue scrolls sideways').toBeLessThanOrEqual(NARROW_PHONE.width);
    await w.screenshot('gov-case-04-todo-375');
    await row.getByTestId('case-open').click();
    await page.locator(`[data-testid="case-page"][data-case-id="${caseId}"] [data-testid="case-title"]`).waitFor();

    await act(page, 'START', {}, { status: 'IN_PROGRESS' });
    await act(
      page,
      'RESOLVE',
      { closeType: '政策不允许，已解释', result: '已上门讲解危房改造政策，房屋鉴定为C级，暂不符合补助条件' },
      { status: 'RESOLVED' },
    );
    await act(
      page,
      'FEEDBACK',
      { satisfaction: '不满意', feedback: '墙体裂缝在扩大，希望再次鉴定' },
      { status: 'IN_PROGRESS' },
    );
    await act(
      page,
      'RESOLVE',
      { closeType: '已解决', result: '重新鉴定为D级，已纳入今年危房改造，补助资金已申报' },
      { status: 'RESOLVED' },
    );
    await act(page, 'FEEDBACK', { satisfaction: '满意', feedback: '感谢村里跑前跑后' }, { status: 'CONFIRMED' });
    expect(await page.getByTestId('case-satisfaction').innerText()).toContain('满意');
    expect(await pageWidth(page), 'the case page scrolls sideways').toBeLessThanOrEqual(NARROW_PHONE.width);
    await w.screenshot('gov-case-05-confirmed-phone');
    await done(page);
  });

  it('secretary_1 closes it (销号); the timeline shows each step with who, the level moves and why', async () => {
    const page = await as('secretary_1');
    await openCase(page, caseId);
    await act(page, 'CLOSE', {}, { status: 'CLOSED', level: 'VILLAGE' });
    const steps = (await timelineOf(page)).filter(
      (e) => !['ALERT_YELLOW', 'ALERT_RED', 'REMINDED', 'LINKED'].includes(e.action),
    );
    expect(steps.map((e) => `${e.action}→${e.toStatus}`)).toEqual([
      'RAISED→REPORTED',
      'ESCALATE→ESCALATED',
      'ACCEPT→ACCEPTED',
      'ESCALATE→ESCALATED',
      'RETURN→RETURNED',
      'ACCEPT→ACCEPTED',
      'ASSIGN→ASSIGNED',
      'START→IN_PROGRESS',
      'RESOLVE→RESOLVED',
      'FEEDBACK→IN_PROGRESS',
      'RESOLVE→RESOLVED',
      'FEEDBACK→CONFIRMED',
      'CLOSE→CLOSED',
    ]);
    const secretary = account('secretary_1').displayName;
    const leader = account('leader_1').displayName;
    expect(steps[1]!.text).toContain('网格 → 村');
    expect(steps[1]!.text).toContain(REASONS.toVillage);
    expect(steps[1]!.text).toContain(cadreAccount.displayName);
    expect(steps[3]!.text).toContain('村 → 乡镇');
    expect(steps[3]!.text).toContain(REASONS.toTownship);
    expect(steps[3]!.text).toContain(secretary);
    expect(steps[4]!.text).toContain('乡镇 → 村');
    expect(steps[4]!.text).toContain(REASONS.back);
    expect(steps[4]!.text).toContain(leader);
    expect(steps[9]!.text).toContain('墙体裂缝在扩大');
    expect(steps[12]!.text).toContain(secretary);
    expect(await page.getByTestId('case-counts').innerText()).toBe('上报 2 次 · 退回 1 次 · 重办 1 次');
    await page.getByTestId('case-timeline').scrollIntoViewIfNeeded();
    await pages.at(-1)!.screenshot('gov-case-06-closed-timeline');

    // the ledger lists it among the closed cases, found by typing part of its title
    await page.goto('/governance/cases');
    await page.getByTestId('case-search').fill(stamp);
    await page.getByTestId('case-filter-status').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '已销号' }).click();
    const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`);
    await row.waitFor();
    expect(await page.getByTestId('case-row').count()).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('CLOSED');
    await done(page);
  });
});
