// The Excel import wizard as a village secretary at a desk: the template, a file of two
// households and one person with a wrong ID number, the error report naming that row, importing
// the valid rows, then the same file again (updates, never duplicates). It adds two households,
// so it runs as secretary_2 in 枫林村 (village 2), which no other browser test counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { demo } from './src/demo-facts.js';
import {
  freshIdCard,
  freshPhones,
  householdCountOf,
  isValidIdCard,
  villageOf,
  villagerGroupNames,
} from './src/gov-facts.js';
import { WAIT, downloadOf, numberOf, openTab, signedIn, textOf, unexpectedErrors, waitForTotal } from './src/gov-ui.js';
import { attributeOfAll } from './src/ui.js';
import { filledTemplate, sheetRows } from './src/xlsx.js';
import type { RegisterRow } from './src/xlsx.js';

const DATA_SHEET = '人员信息';
const village = villageOf('secretary_2');
const township = demo.regions.find((r) => r.code === village.code.slice(0, 9))!;
const group = villagerGroupNames(village.code)[1]!;
// the grid with the most room left
const grid = [...village.grids].sort((a, b) => householdCountOf(a) - householdCountOf(b))[0]!;

const [phoneA = '', phoneB = ''] = freshPhones(2);
const headA = { name: '欧阳春生', id: freshIdCard('430999', '1968-04-12', 'MALE'), phone: phoneA };
const spouseA = { name: '司马秀兰', id: freshIdCard('430921', '1970-02-03', 'FEMALE') };
const headB = { name: '诸葛建华', id: freshIdCard('430999', '1975-09-30', 'MALE'), phone: phoneB };
// a valid number with its check character changed: GB 11643 must refuse it
const validC = freshIdCard('430999', '1958-12-01', 'FEMALE');
const badC = validC.slice(0, 17) + (validC[17] === '1' ? '2' : '1');
const BAD_ROW = 5; // header on row 1, then A, A's wife, B, C

const rows: RegisterRow[] = [
  {
    '户编号/户主身份证号': headA.id,
    村民小组: group,
    网格: grid.name,
    住址: `${township.name}${village.name}${group}88号`,
    姓名: headA.name,
    与户主关系: '户主',
    身份证号: headA.id,
    联系电话: headA.phone,
    职业: '务农',
    家庭年收入档次: '1-3万元',
    生产情况: '种植水稻3亩、油茶2亩',
    特殊群体标签: '留守老人',
  },
  { '户编号/户主身份证号': headA.id, 姓名: spouseA.name, 与户主关系: '配偶', 身份证号: spouseA.id, 职业: '务农' },
  {
    '户编号/户主身份证号': headB.id,
    村民小组: group,
    网格: grid.name,
    住址: `${township.name}${village.name}${group}89号`,
    姓名: headB.name,
    与户主关系: '户主',
    身份证号: headB.id,
    联系电话: headB.phone,
    职业: '外出务工',
    家庭年收入档次: '3-6万元',
  },
  {
    '户编号/户主身份证号': badC,
    村民小组: group,
    住址: `${township.name}${village.name}${group}90号`,
    姓名: '上官桂英',
    与户主关系: '户主',
    性别: '女',
    身份证号: badC,
  },
];

let browser: Browser;
let w: WatchedPage;
let page: Page;
let file: Buffer;

beforeAll(async () => {
  expect([headA.id, spouseA.id, headB.id].every(isValidIdCard)).toBe(true);
  expect(isValidIdCard(badC)).toBe(false);
  browser = await launchChromium();
  w = await signedIn(browser, 'secretary_2', DESKTOP);
  page = w.page;
});

afterAll(async () => {
  await w?.close();
  await browser?.close();
});

/** Chooses the file, validates it and waits for the report. */
async function uploadAndValidate(): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles({
    name: '枫林村新增农户.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await expect.poll(() => textOf(page, 'import-file-name'), WAIT).toContain('枫林村新增农户.xlsx');
  await page.getByTestId('import-upload-submit').click();
  await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
  expect(await numberOf(page, 'import-total')).toBe(rows.length);
  expect(await numberOf(page, 'import-valid')).toBe(rows.length - 1);
  expect(await numberOf(page, 'import-invalid')).toBe(1);
  expect(await attributeOfAll(page, 'import-error-row', 'data-row')).toEqual([String(BAD_ROW)]);
  const [error = ''] = await page.getByTestId('import-error-row').allInnerTexts();
  expect(error).toContain('身份证号');
  expect(error).toContain('校验位');
}

/** Imports the valid rows and waits for the result. */
async function commitValidRows(): Promise<void> {
  await page.getByTestId('import-mode-valid').click();
  await page.getByTestId('import-commit').click();
  await page.locator('[data-testid="import-result"][data-status="DONE"]').waitFor({ timeout: 60_000 });
  expect(await numberOf(page, 'import-skipped')).toBe(1);
}

async function registerTotal(total: number): Promise<void> {
  await openTab(page, 'households');
  await page.getByTestId('households-table').waitFor();
  await waitForTotal(page, 'households', total);
}

describe('governance import: village secretary on a desktop (secretary_2, 枫林村)', () => {
  it('downloads the template and fills it in like a village clerk', async () => {
    await openTab(page, 'import');
    const template = await downloadOf(page, page.getByTestId('import-template'));
    expect(template.fileName).toMatch(/\.xlsx$/);
    const [header = []] = await sheetRows(template.bytes, DATA_SHEET);
    expect(header).toEqual(
      expect.arrayContaining(['户编号/户主身份证号', '姓名', '与户主关系', '身份证号', '联系电话', '住址']),
    );
    file = await filledTemplate(template.bytes, DATA_SHEET, rows);
    expect((await sheetRows(file, DATA_SHEET)).length).toBe(rows.length + 1);
    await w.screenshot('gov-desktop-20-import');
  });

  it('reports the wrong ID number by row and column before anything is written', async () => {
    await uploadAndValidate();
    await page.getByTestId('import-mode-all').click();
    await page.getByTestId('import-all-blocked').waitFor();
    await w.screenshot('gov-desktop-21-import-report');
    await registerTotal(village.households.length);
    await openTab(page, 'import');
  });

  it('imports the two valid households', async () => {
    await uploadAndValidate();
    await commitValidRows();
    expect(await numberOf(page, 'import-created')).toBe(2);
    expect(await numberOf(page, 'import-updated')).toBe(0);
    await w.screenshot('gov-desktop-22-import-done');
  });

  it('shows them in the register with their people, grid and tag, ID numbers masked', async () => {
    await registerTotal(village.households.length + 2);
    const box = page.getByTestId('household-search');
    await box.fill(headA.name);
    await box.press('Enter');
    await waitForTotal(page, 'households', 1);
    await page.getByTestId('household-open').click();
    await page.getByTestId('household-title').waitFor();
    expect(await textOf(page, 'household-title')).toContain(headA.name);
    expect(await textOf(page, 'household-place')).toContain(grid.name);
    expect(await page.getByTestId('resident-name').allInnerTexts()).toEqual([
      expect.stringContaining(headA.name),
      expect.stringContaining(spouseA.name),
    ]);
    const ids = await page.getByTestId('resident-idcard').allInnerTexts();
    expect(ids).toEqual([
      `${headA.id.slice(0, 4)}**********${headA.id.slice(14)}`,
      `${spouseA.id.slice(0, 4)}**********${spouseA.id.slice(14)}`,
    ]);
    expect(await textOf(page, 'resident-phone')).toBe(`${headA.phone.slice(0, 3)}****${headA.phone.slice(7)}`);
    expect(await attributeOfAll(page, 'household-tag', 'data-tag')).toEqual(['LEFT_BEHIND_ELDERLY']);
    await w.screenshot('gov-desktop-23-imported-household');
  });

  it('imports the same file again: updates the two households, creates none', async () => {
    await openTab(page, 'import');
    await uploadAndValidate();
    await commitValidRows();
    expect(await numberOf(page, 'import-created')).toBe(0);
    expect(await numberOf(page, 'import-updated')).toBe(2);
    await w.screenshot('gov-desktop-24-import-again');
    await registerTotal(village.households.length + 2);
  });

  it('logged no console error and no uncaught exception', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});
