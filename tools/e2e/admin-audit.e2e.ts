// The auditor finds an unmasking in the audit log: a village secretary reveals a resident's ID
// number on the household page (with a reason), then the auditor — who sees no business module —
// filters by 查看明文 and the secretary's username and finds the record, exports the log, and
// reads it on a phone too. secretary_4 (village 4) unmasks one ID number; no other file signs in
// as secretary_4 or counts audit records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@xiangzhi/testing/demo';
import { DESKTOP, PHONE, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { chooseOption, loginPage, navEntries, pathnameOf, signInAs } from './src/admin-ui.js';
import { account, demo } from './src/demo-facts.js';
import { todayInChina } from './src/gov-facts.js';
import { WAIT, downloadOf, pageWidth, textOf, unexpectedErrors } from './src/gov-ui.js';

const SECRETARY = 'secretary_4';
const village = account(SECRETARY).divisionCode;
const household = demo.households.find((h) => h.villageCode === village && h.residents.length > 1)!;
const resident = household.residents[0]!;
const REASON = '核对低保申请人身份证号';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface AuditRowView {
  action: string;
  actor: string;
  subjectId: string;
  text: string;
}

function auditRows(page: Page): Promise<AuditRowView[]> {
  return page.getByTestId('audit-row').evaluateAll((rows) =>
    rows.map((row) => ({
      action: row.getAttribute('data-action') ?? '',
      actor: row.getAttribute('data-actor') ?? '',
      subjectId: row.getAttribute('data-subject-id') ?? '',
      text: (row as HTMLElement).innerText,
    })),
  );
}

describe('a village secretary reveals an ID number', () => {
  it('gives a reason and sees the number', async () => {
    const w = await loginPage(browser, SECRETARY, DESKTOP);
    try {
      await signInAs(w.page, SECRETARY, DEMO_PASSWORD, 'governance-page');
      await w.page.goto(`/governance/households/${household.id}`);
      const row = w.page.locator(`[data-testid="resident-row"][data-resident-id="${resident.id}"]`);
      await row.getByTestId('unmask-idcard').click();
      await w.page.getByTestId('unmask-prompt-reason').fill(REASON);
      await w.page.getByTestId('unmask-prompt-submit').click();
      const shown = row.locator('[data-testid="resident-idcard"][data-unmasked="true"]');
      await shown.waitFor();
      expect((await shown.innerText()).trim()).toBe(resident.idCardNo);
      expect(unexpectedErrors(w)).toEqual([]);
    } finally {
      await w.close();
    }
  });
});

describe('the auditor finds it in the audit log (desktop)', () => {
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    w = await loginPage(browser, 'auditor', DESKTOP);
    page = w.page;
  });
  afterAll(async () => {
    await w?.close();
  });

  it('lands on the audit log, not on "no business module", and never in the register', async () => {
    await signInAs(page, 'auditor', DEMO_PASSWORD, 'audit-page');
    expect(pathnameOf(page)).toBe('/admin/audit');
    expect(await navEntries(page)).toEqual(['nav-admin']);
    expect(await page.getByTestId('no-modules').isVisible()).toBe(false);
    await page.goto('/governance/households');
    await page.getByTestId('audit-page').waitFor();
    expect(pathnameOf(page)).toBe('/admin/audit');
  });

  it('filters by 查看明文 and the secretary and sees the record with the reason', async () => {
    await chooseOption(page, 'audit-filter-action', '查看明文');
    await page.getByTestId('audit-filter-actor').fill(SECRETARY);
    await page.getByTestId('audit-search').click();
    await expect
      .poll(async () => (await auditRows(page)).map((r) => [r.action, r.actor, r.subjectId]), WAIT)
      .toEqual([['UNMASK', SECRETARY, resident.id]]);
    const [record] = await auditRows(page);
    expect(record?.text).toContain('查看明文');
    expect(record?.text).toContain(REASON);
    await w.screenshot('admin-20-audit-unmask');
  });

  it('finds nothing for the same search from tomorrow on', async () => {
    await page.getByTestId('audit-filter-from').fill(todayInChina(new Date(Date.now() + 24 * 3_600_000)));
    await page.getByTestId('audit-search').click();
    await page.getByTestId('audit-empty').waitFor();
    await page.getByTestId('audit-filter-from').fill('');
    await page.getByTestId('audit-search').click();
    await expect.poll(async () => (await auditRows(page)).length, WAIT).toBe(1);
  });

  it('exports the search as an Excel file', async () => {
    const file = await downloadOf(page, page.getByTestId('audit-export'));
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('logged no console error', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});

describe('the auditor on a phone (390×844)', () => {
  it('reads the log as cards without sideways scrolling', async () => {
    const w = await loginPage(browser, 'auditor', PHONE, true);
    try {
      await signInAs(w.page, 'auditor', DEMO_PASSWORD, 'audit-page');
      await w.page.getByTestId('audit-cards').waitFor();
      await expect.poll(async () => (await auditRows(w.page)).length, WAIT).toBeGreaterThan(0);
      expect(await textOf(w.page, 'audit-row')).toMatch(/[\u4e00-\u9fff]/);
      expect(await pageWidth(w.page)).toBeLessThanOrEqual(PHONE.width);
      await w.screenshot('admin-21-phone-audit');
      expect(unexpectedErrors(w)).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
