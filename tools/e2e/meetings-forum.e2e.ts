// A villagers' forum from notice to published minutes, in the browser, as a village secretary (secretary_1,
// desktop): the forum is created on the meeting form, its notice published, the attendance recorded (chair,
// member, an observer), the meeting held; on the forum page an item is raised, classified and decided; then
// the minutes are drafted from that record, edited (a stale save shows the conflict), published read-only,
// corrected by an addendum and downloaded as a Word file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { Browser, Locator, Page } from 'playwright-core';
import { DESKTOP, launchChromium, type WatchedPage } from './src/browser.js';
import { account } from './src/demo-facts.js';
import { todayInChina } from './src/gov-facts.js';
import { WAIT, downloadOf, signedIn, textOf, unexpectedErrors } from './src/gov-ui.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';

const secretary = account('secretary_1');
const run = Date.now().toString(36).slice(-5);
const title = `党群说事会（${run}）`;
const item = `修复村口道路（${run}）`;
const decision = `村委会负责，十日内修复（${run}）`;
const DAY = 24 * 60 * 60 * 1000;

let browser: Browser;
let w: WatchedPage;
let page: Page;

/** Records one attendance by name on the meeting page's form. */
async function attend(name: string, role: string, observerKind?: string): Promise<void> {
  const rows = await page.getByTestId('attendance-row').count();
  await page.getByTestId('attendance-name').fill(name);
  await page.getByTestId('attendance-role').getByText(role, { exact: true }).click();
  if (observerKind) await page.getByTestId('attendance-kind').getByText(observerKind, { exact: true }).click();
  await page.getByTestId('attendance-submit').click();
  await expect.poll(() => page.getByTestId('attendance-row').count(), WAIT).toBe(rows + 1);
}

/** Picks a choice of a radio-button group: antd hides the input that carries the test id, so its label is clicked. */
async function choose(scope: Page | Locator, testId: string): Promise<void> {
  await scope.getByTestId(testId).locator('xpath=ancestor::label[1]').click();
  await expect.poll(() => scope.getByTestId(testId).isChecked(), WAIT).toBe(true);
}

beforeAll(async () => {
  browser = await launchChromium();
  w = await signedIn(browser, secretary.username, DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

describe('a forum from notice to published minutes: village secretary (secretary_1, desktop)', () => {
  it('creates the forum, publishes its notice, records the attendance and holds it', async () => {
    await page.getByTestId('nav-meetings').click();
    await page.getByTestId('meetings-nav-meeting-new').click();
    await page.getByTestId('meeting-form-page').waitFor();
    // this morning (China time): held later today, decided within the 3 days
    await page.getByTestId('meeting-form-date').fill(`${todayInChina()}T00:00`);
    await page.getByTestId('meeting-form-title').fill(title);
    await page.getByTestId('meeting-form-place').fill('村委会议室');
    await page.getByTestId('meeting-form-save').click();
    await page.getByTestId('meeting-page').waitFor();
    await expect.poll(() => textOf(page, 'meeting-page'), WAIT).toContain(title);

    await page.getByTestId('meeting-publish').click();
    await expect.poll(() => page.getByTestId('meeting-page').getAttribute('data-status'), WAIT).toBe('NOTICED');

    await attend('王书记', '主持');
    await attend('李委员', '参会');
    await attend('赵队员', '列席', '其他列席');
    await page.getByTestId('meeting-hold').click();
    await expect.poll(() => page.getByTestId('meeting-page').getAttribute('data-status'), WAIT).toBe('HELD');
  });

  it('raises an item on the forum page, classifies it and records the committee’s decision', async () => {
    await page.getByTestId('meeting-forum').click();
    await page.getByTestId('forum-page').waitFor();
    await page.getByTestId('agenda-raise-title').fill(item);
    await page.getByTestId('agenda-raise-description').fill('村口道路坑洼，雨天积水，出行不便');
    await page.getByTestId('agenda-raise-name').fill('张三');
    await choose(page, 'agenda-raise-domain-INFRASTRUCTURE');
    await page.getByTestId('agenda-raise-submit').click();
    const card = page.getByTestId('agenda-item').filter({ hasText: item });
    await card.waitFor();
    // classified: a major public matter first, then back to the village's own list
    await choose(card, 'agenda-classify-MAJOR_PUBLIC');
    await choose(card, 'agenda-classify-VILLAGE');
    await card.getByTestId('agenda-decide-open').click();
    await card.getByTestId('agenda-decide-text').fill(decision);
    await card.getByTestId('agenda-decide-due').fill(todayInChina(new Date(Date.now() + 10 * DAY)));
    await card.getByTestId('agenda-decide-responsible').fill('李委员');
    await card.getByTestId('agenda-decide-submit').click();
    await expect.poll(() => textOf(card, 'agenda-item-decision'), WAIT).toContain(decision);
  });

  it('drafts the minutes from the record, saves an edit and shows a stale save as a conflict', async () => {
    await page.goBack();
    await page.getByTestId('meeting-page').waitFor();
    await page.getByTestId('meeting-minutes').click();
    await page.getByTestId('minutes-page').waitFor();
    await page.getByTestId('minutes-draft').click();
    const body = page.getByTestId('minutes-body');
    await body.waitFor();
    const drafted = await body.inputValue();
    expect(drafted).toContain(`会议名称：${title}`);
    expect(drafted).toContain('主持人：王书记');
    expect(drafted).toContain('出席：李委员');
    expect(drafted).toContain('列席：赵队员');
    expect(drafted).toContain(`1. ${item}（提出人：张三），分类：村级自办`);
    expect(drafted).toContain(`议定：${decision}`);
    expect(await page.getByTestId('minutes-section').count()).toBe(5);

    await body.fill(`${drafted}\n会后，村委会安排专人跟进（${run}）。`);
    await page.getByTestId('minutes-save').click();
    await expect.poll(() => textOf(page, 'minutes-save-state'), WAIT).toContain('最后修改');

    // someone else saves meanwhile: this window's next save is refused with the conflict message
    const token = await accessTokenOf(secretary.username);
    const meetingId = new URL(page.url()).pathname.split('/').pop()!;
    const current = await gatewayQuery<{ meetingMinutes: { id: string; version: number; body: string } }>(
      'query E2eMinutes($m: ID!) { meetingMinutes(meetingId: $m) { id version body } }',
      { m: meetingId },
      token,
    );
    const other = current.data!.meetingMinutes;
    await gatewayQuery(
      'mutation E2eEdit($id: ID!, $v: Int!, $b: String!) { updateMinutes(id: $id, version: $v, body: $b) { id } }',
      { id: other.id, v: other.version, b: `${other.body}\n（另一窗口的修改）` },
      token,
    );
    await body.fill(`${await body.inputValue()}\n这一句不会保存。`);
    await page.getByTestId('minutes-save').click();
    await expect.poll(() => textOf(page, 'minutes-conflict'), WAIT).toContain('已被他人修改');
    await page.getByTestId('minutes-reload').click();
    await expect.poll(() => body.inputValue(), WAIT).toContain('（另一窗口的修改）');
  });

  it('publishes the minutes read-only, adds a correction, and downloads them as a Word file', async () => {
    await page.getByTestId('minutes-publish').click();
    await page.getByTestId('minutes-publish-confirm-yes').click();
    await expect.poll(() => textOf(page, 'minutes-status'), WAIT).toBe('已发布');
    expect(await page.getByTestId('minutes-body').count()).toBe(0);
    expect(await textOf(page, 'minutes-text')).toContain('（另一窗口的修改）');

    await page.getByTestId('minutes-addendum-text').fill(`更正：修复期限延至月底（${run}）`);
    await page.getByTestId('minutes-addendum-add').click();
    await expect.poll(() => textOf(page, 'minutes-addenda'), WAIT).toContain(`更正：修复期限延至月底（${run}）`);
    expect(await textOf(page, 'minutes-addenda')).toContain(secretary.username);

    const file = await downloadOf(page, page.getByTestId('minutes-docx'));
    expect(file.fileName).toBe(`${title}会议纪要.docx`);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain(`${title}会议纪要`);
    expect(xml).toContain(`更正：修复期限延至月底（${run}）`);
    expect(unexpectedErrors(w, [/409|MINUTES_VERSION_CONFLICT|已被他人修改/])).toEqual([]);
  });
});
