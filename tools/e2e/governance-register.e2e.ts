// The household register and a household's page as a village secretary at a desk (secretary_1,
// 石门村): the village's households, search by name and by pinyin initials, a lookup by ID number
// with 查询事由 (one LOOKUP audit record, read by the auditor through the API), the unpaired filter,
// editing the situation, two windows saving the same household (optimistic lock), revealing an
// ID number with a reason, tags. Writes change no number another file counts: one household's
// situation text, and a tag that is added and removed again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { HouseholdTagKind } from '@xiangzhi/testing/demo';
import { auditRecordsOf } from './src/audit-api.js';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { account, pairedHouseholdIds } from './src/demo-facts.js';
import {
  TAG_ZH,
  initialsSearch,
  isValidIdCard,
  nameMatches,
  nameSearch,
  todayInChina,
  villageOf,
} from './src/gov-facts.js';
import { WAIT, chooseOption, graphqlAnswer, signedIn, textOf, unexpectedErrors, waitForTotal } from './src/gov-ui.js';
import { attributeOfAll, pagerInfo, settled } from './src/ui.js';

const village = villageOf('secretary_1');
const byName = nameSearch(village.households);
const byInitials = initialsSearch(village.households);
// a household of several people that no other file touches (the phone test visits cadre_1's)
const cadreHouseholds = pairedHouseholdIds(account('cadre_1'));
const subject = village.households.find(
  (h) =>
    !cadreHouseholds.has(h.id) &&
    h.residents.length >= 3 &&
    h.residents.filter((r) => r.phone).length >= 1 &&
    nameMatches(village.households, h.headName).size === 1,
);
if (!subject) throw new Error('the demo village has no household of three with a unique head name');
const head = subject.residents[0]!;
const TAG_KINDS: HouseholdTagKind[] = ['LEFT_BEHIND_ELDERLY', 'LEFT_BEHIND_CHILD', 'MONITORED', 'DIBAO'];
const newTag = TAG_KINDS.find((tag) => !(subject.tags ?? []).some((t) => t.tag === tag))!;
const stamp = Date.now().toString(36);

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

const rowIds = (): Promise<string[]> => attributeOfAll(page, 'household-row', 'data-household-id');

/** Types the term and presses Enter; resolves once the register has answered for it. */
async function search(term: string): Promise<void> {
  const box = page.getByTestId('household-search');
  const answered = graphqlAnswer(page, 'GovernanceHouseholds', (v) => v.search === (term || null));
  await box.fill(term);
  if (term) await box.press('Enter');
  await answered;
}

/** From the register: search the head's name and open the household. */
async function openSubject(): Promise<void> {
  await search(subject!.headName);
  await waitForTotal(page, 'households', 1);
  await page
    .locator(`[data-testid="household-row"][data-household-id="${subject!.id}"]`)
    .getByTestId('household-open')
    .click();
  await page.locator(`[data-testid="household-detail-page"][data-household-id="${subject!.id}"]`).waitFor();
  await page.getByTestId('household-title').waitFor();
}

const residentRow = (id: string): Locator => page.locator(`[data-testid="resident-row"][data-resident-id="${id}"]`);
const tagRow = (p: Page, tag: string): Locator => p.locator(`[data-testid="household-tag"][data-tag="${tag}"]`);

describe('governance register: village secretary on a desktop', () => {
  it(`lists the village's ${village.households.length} households`, async () => {
    await page.getByTestId('households-table').waitFor();
    await waitForTotal(page, 'households', village.households.length);
    const ids = await rowIds();
    expect(ids).toHaveLength(20);
    expect(
      ids.filter((id) => !village.households.some((h) => h.id === id)),
      'households of another village',
    ).toEqual([]);
    await w.screenshot('gov-desktop-01-register');
  });

  it(`finds households by a name (${byName.term}: head, member or address)`, async () => {
    await search(byName.term);
    await waitForTotal(page, 'households', byName.expectedIds.size);
    expect(new Set(await rowIds())).toEqual(byName.expectedIds);
    await w.screenshot('gov-desktop-02-search-name');
  });

  it(`finds households by pinyin initials (${byInitials.term})`, async () => {
    await search(byInitials.term);
    await waitForTotal(page, 'households', byInitials.expectedIds.size);
    expect(new Set(await rowIds())).toEqual(byInitials.expectedIds);
    await w.screenshot('gov-desktop-03-search-initials');
    await search('');
    await waitForTotal(page, 'households', village.households.length);
  });

  it('finds a household by an ID number after 查询事由; the auditor sees one LOOKUP record', async () => {
    const reason = `核实低保申请人身份（${stamp}）`;
    const since = new Date(Date.now() - 2_000);
    const sent: string[] = [];
    const watch = (request: { postDataJSON(): unknown }) => {
      const body = request.postDataJSON() as { variables?: { idCardNo?: string | null } } | null;
      if (body?.variables?.idCardNo) sent.push(body.variables.idCardNo);
    };
    page.on('request', watch);
    try {
      const member = subject.residents.find((r) => r.idCardNo)!;
      await page.getByTestId('household-filter-idcard').fill(member.idCardNo!);
      const lookup = page.getByTestId('household-lookup');
      await lookup.waitFor();
      expect(await lookup.innerText()).toContain('查询事由');
      expect(await textOf(page, 'household-lookup-hint')).toContain('审计');
      await page.getByTestId('household-lookup-submit').click();
      expect(await textOf(page, 'household-lookup-problem')).toBe('请填写查询事由');
      expect(sent, 'no lookup is sent without a reason').toEqual([]);

      await page.getByTestId('household-lookup-reason').fill(reason);
      const answered = graphqlAnswer(
        page,
        'GovernanceHouseholds',
        (v) => v.idCardNo === member.idCardNo && v.lookupReason === reason,
      );
      await page.getByTestId('household-lookup-submit').click();
      await answered;
      await waitForTotal(page, 'households', 1);
      expect(await rowIds()).toEqual([subject.id]);
      await w.screenshot('gov-desktop-03b-lookup-id');

      const records = await auditRecordsOf('LOOKUP', 'secretary_1', since);
      expect(records.map((r) => [r.actorName, r.subjectId, r.reason])).toEqual([['secretary_1', subject.id, reason]]);
      expect(records[0]?.detail ?? '', 'the audit record names the ID number masked').not.toContain(member.idCardNo);

      await page.getByTestId('household-filter-idcard').fill('');
      await waitForTotal(page, 'households', village.households.length);
      expect(await page.getByTestId('household-lookup').count()).toBe(0);
    } finally {
      page.off('request', watch);
    }
  });

  it(`shows the ${village.unpairedIds.size} unpaired households with the filter`, async () => {
    await page.getByTestId('household-filter-unpaired').check();
    await waitForTotal(page, 'households', village.unpairedIds.size);
    await w.screenshot('gov-desktop-04-unpaired');
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      await expect
        .poll(
          async () =>
            (await settled(page, 'households')) ? (await pagerInfo(page, 'households-pager'))?.page : undefined,
          WAIT,
        )
        .toBe(n);
      const ids = await rowIds();
      seen.push(...ids);
      expect(await page.getByTestId('household-unpaired').count(), `page ${n}: every row says 未结对`).toBe(ids.length);
      expect(await page.getByTestId('household-cadres').count()).toBe(0);
      if (!(await page.getByTestId('households-pager-next').isEnabled())) break;
      await page.getByTestId('households-pager-next').click();
    }
    expect(new Set(seen)).toEqual(village.unpairedIds);
    await page.getByTestId('household-filter-unpaired').uncheck();
    await waitForTotal(page, 'households', village.households.length);
  });

  it('opens a household: residents, tags and pairing, ID numbers and phones masked', async () => {
    await openSubject();
    expect(await textOf(page, 'household-title')).toContain(subject.headName);
    const place = await textOf(page, 'household-place');
    expect(place).toContain(village.name);
    expect(place).toContain(village.grids.find((g) => g.id === subject.gridId)?.name);
    expect(await attributeOfAll(page, 'resident-row', 'data-resident-id')).toEqual(subject.residents.map((r) => r.id));
    expect(await page.getByTestId('resident-name').allInnerTexts()).toEqual(
      subject.residents.map((r) => expect.stringContaining(r.name)),
    );
    for (const text of await page.getByTestId('resident-idcard').allInnerTexts())
      expect(text).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    expect(await attributeOfAll(page, 'resident-idcard', 'data-unmasked')).toEqual(
      subject.residents.map(() => 'false'),
    );
    const phones = (await page.getByTestId('resident-phone').allInnerTexts()).filter((t) => t !== '—');
    expect(phones).toHaveLength(subject.residents.filter((r) => r.phone).length);
    for (const text of phones) expect(text).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(new Set(await attributeOfAll(page, 'household-tag', 'data-tag'))).toEqual(
      new Set((subject.tags ?? []).map((t) => t.tag)),
    );
    const cadres = village.pairings.filter((p) => p.householdId === subject.id).map((p) => p.cadreId);
    expect(new Set(await attributeOfAll(page, 'household-pairing-cadre', 'data-cadre-id'))).toEqual(new Set(cadres));
    await w.screenshot('gov-desktop-05-household');
  });

  it('saves the situation and shows it again after a reload', async () => {
    const production = `种植水稻6亩、油茶4亩（${stamp}）`;
    const living = '砖混结构住房，已通自来水';
    await page.getByTestId('household-edit').click();
    await page.getByTestId('situation-production').fill(production);
    await page.getByTestId('situation-living').fill(living);
    await w.screenshot('gov-desktop-06-situation-form');
    await page.getByTestId('situation-save').click();
    await page.getByTestId('household-saved').waitFor();
    expect(await textOf(page, 'household-production')).toBe(production);
    expect(await textOf(page, 'household-living')).toBe(living);
    await w.screenshot('gov-desktop-07-situation-saved');
    await page.reload();
    await page.getByTestId('household-production').waitFor();
    expect(await textOf(page, 'household-production')).toBe(production);
  });

  it('refuses a save over someone else’s newer save, then saves after 刷新', async () => {
    const other = await signedIn(browser, 'secretary_1', DESKTOP);
    try {
      await other.page.goto(`/governance/households/${subject.id}`);
      await other.page.getByTestId('household-edit').click();
      await page.getByTestId('household-edit').click();
      const theirs = `入户道路雨天泥泞（另一窗口 ${stamp}）`;
      const mine = `房屋漏雨需维修（本窗口 ${stamp}）`;
      await other.page.getByTestId('situation-difficulties').fill(theirs);
      await other.page.getByTestId('situation-save').click();
      await other.page.getByTestId('household-saved').waitFor();

      await page.getByTestId('situation-difficulties').fill(mine);
      await page.getByTestId('situation-save').click();
      const conflict = page.getByTestId('household-conflict');
      await conflict.waitFor();
      expect(await conflict.innerText()).toContain('数据已被他人修改，请刷新后重试');
      expect(await page.getByTestId('situation-save').isDisabled()).toBe(true);
      await w.screenshot('gov-desktop-08-conflict');

      await page.getByTestId('household-reload').click();
      await expect.poll(() => page.getByTestId('household-situation-form').count(), WAIT).toBe(0);
      await expect.poll(() => textOf(page, 'household-difficulties'), WAIT).toBe(theirs);
      await page.getByTestId('household-edit').click();
      await page.getByTestId('situation-difficulties').fill(mine);
      await page.getByTestId('situation-save').click();
      await page.getByTestId('household-saved').waitFor();
      expect(await textOf(page, 'household-difficulties')).toBe(mine);
      await other.page.reload();
      await expect.poll(() => textOf(other.page, 'household-difficulties'), WAIT).toBe(mine);
      expect(unexpectedErrors(other)).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('reveals one ID number after a reason is given; the others stay masked', async () => {
    const row = residentRow(head.id);
    await row.getByTestId('unmask-idcard').click();
    await page.getByTestId('unmask-prompt-submit').click();
    await page.getByTestId('unmask-prompt-required').waitFor();
    await page.getByTestId('unmask-prompt-reason').fill('办理低保复核需核对身份证号');
    await page.getByTestId('unmask-prompt-submit').click();
    const shown = row.locator('[data-testid="resident-idcard"][data-unmasked="true"]');
    await shown.waitFor();
    const id = (await shown.innerText()).trim();
    expect(id).toHaveLength(18);
    expect(isValidIdCard(id), `${id} passes GB 11643`).toBe(true);
    expect(id).toBe(head.idCardNo);
    await w.screenshot('gov-desktop-09-unmasked');
    for (const r of subject.residents.slice(1)) {
      const text = (await residentRow(r.id).getByTestId('resident-idcard').innerText()).trim();
      expect(text).toContain('****');
      expect(text).not.toBe(r.idCardNo);
    }
    const body = await page.locator('body').innerText();
    for (const r of subject.residents.slice(1)) expect(body).not.toContain(r.idCardNo);
    for (const r of subject.residents) if (r.phone) expect(body).not.toContain(r.phone);
    await row.getByTestId('unmask-idcard-hide').click();
    await expect.poll(() => row.getByTestId('resident-idcard').getAttribute('data-unmasked'), WAIT).toBe('false');
    expect(await row.getByTestId('resident-idcard').innerText()).toContain('****');
  });

  it(`adds the tag ${TAG_ZH[newTag]} (who and when), shows it in the list, and removes it`, async () => {
    const note = `e2e ${stamp}`;
    await chooseOption(page, 'household-tag-add-select', TAG_ZH[newTag]);
    await page.getByTestId('household-tag-add-note').fill(note);
    await page.getByTestId('household-tag-add').click();
    const added = tagRow(page, newTag);
    await added.waitFor();
    expect(await added.innerText()).toContain(TAG_ZH[newTag]);
    const meta = await added.getByTestId('household-tag-meta').innerText();
    expect(meta).toContain('secretary_1');
    expect(meta).toContain(todayInChina());
    expect(meta).toContain(note);
    await w.screenshot('gov-desktop-10-tag-added');

    await page.getByTestId('household-back').click();
    await page.getByTestId('governance-page').waitFor();
    await search(subject.headName);
    await waitForTotal(page, 'households', 1);
    const listed = await page
      .locator('[data-testid="household-row"] [data-testid="household-tags"] [data-tag]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-tag')));
    expect(listed, 'the register row shows the new tag').toContain(newTag);

    await page.getByTestId('household-open').click();
    await tagRow(page, newTag).waitFor();
    await tagRow(page, newTag).getByTestId('household-tag-remove').click();
    await tagRow(page, newTag).getByTestId('household-tag-remove-confirm').click();
    await expect.poll(() => tagRow(page, newTag).count(), WAIT).toBe(0);
    await page.reload();
    await page.getByTestId('household-tag-section').waitFor();
    expect(await tagRow(page, newTag).count()).toBe(0);
    expect(new Set(await attributeOfAll(page, 'household-tag', 'data-tag'))).toEqual(
      new Set((subject.tags ?? []).map((t) => t.tag)),
    );
    await w.screenshot('gov-desktop-11-tag-removed');
  });

  it('logged no console error and no uncaught exception', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
