// Points rules and manual points (issue 9), as the township office, a village secretary and a township leader
// would click them: the township admin overrides a rule for the township (and resets it); the secretary asks for
// a commendation (嘉奖) of a cadre; the leader, a second person, approves it; the cadre then finds the line, with
// its reason and month, in 我的积分.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, type WatchedPage } from './src/browser.js';
import { cadreOf, todayInChina } from './src/gov-facts.js';
import { WAIT, signedIn, textOf } from './src/gov-ui.js';

const cadre = cadreOf('cadre_1');
const reason = `防汛值守表现突出 ${Date.now().toString(36)}`;
const thisMonth = todayInChina().slice(0, 7);

let browser: Browser;
const pages: WatchedPage[] = [];
const as = async (
  username: string,
  viewport: { width: number; height: number } = DESKTOP,
  mobile = false,
): Promise<WatchedPage> => {
  const w = await signedIn(browser, username, viewport, mobile);
  pages.push(w);
  return w;
};

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const w of pages) await w.close();
  await browser?.close();
});

describe('points rules and approvals in the browser', () => {
  it('lets the township admin override a rule for the township, shown as set here, and reset it', async () => {
    const w = await as('township_admin_1');
    const { page } = w;
    await page.goto('/points/rules');
    const row = page.locator('[data-testid="rule-row"][data-event-type="MeetingAttended"]');
    await row.getByTestId('rule-edit').click();
    await row.getByTestId('rule-reason').fill('参加其他会议（镇定）');
    await row.getByTestId('rule-save').click();
    await expect.poll(() => textOf(row, 'rule-source'), WAIT).toBe('本级设置');
    expect(await row.innerText()).toContain('参加其他会议（镇定）');
    await w.screenshot('points-rules-01-override');
    await row.getByTestId('rule-reset').click();
    await expect.poll(() => textOf(row, 'rule-source'), WAIT).toBe('系统默认');
  });

  it('lets a village secretary ask for a commendation, which waits for approval', async () => {
    const w = await as('secretary_1');
    const { page } = w;
    await page.goto('/points/request');
    await page.getByTestId('request-cadre').click();
    await page.keyboard.type(cadre.name);
    await page.locator('.ant-select-item-option', { hasText: cadre.name }).first().click();
    await page.getByTestId('request-points').fill('3');
    await page.getByTestId('request-reason').fill(reason);
    await page.getByTestId('request-submit').click();
    await page.getByTestId('request-sent').waitFor();
    await w.screenshot('points-rules-02-request');
  });

  it('lets a township leader approve it', async () => {
    const w = await as('leader_1');
    const { page } = w;
    await page.goto('/points/approvals');
    // all requests, so the decided one stays in view
    await page.getByTestId('approvals-filter').getByText('全部').click();
    const row = page.locator('[data-testid="approval-row"]', { hasText: reason });
    await row.getByTestId('approval-approve').click();
    await expect.poll(() => textOf(row, 'approval-status'), WAIT).toBe('已批准');
    await w.screenshot('points-rules-03-approved');
  });

  it('shows the line to the cadre in 我的积分, with its reason and booked month', async () => {
    const w = await as('cadre_1', PHONE, true);
    const { page } = w;
    await page.goto('/points/my');
    const line = page.locator('[data-testid="my-points-entry"]', { hasText: reason });
    await line.waitFor(WAIT);
    expect(await textOf(line, 'my-points-points')).toBe('+3');
    expect(await textOf(line, 'my-points-booked')).toContain(thisMonth);
    await w.screenshot('points-rules-04-my-points');
  });
});
