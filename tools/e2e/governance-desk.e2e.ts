// The desk pages of the governance module as a village secretary (secretary_1, 石门村) — the
// region and grid tree, visit coverage of last month, pairing coverage and the cadres' load,
// contact cards as a PDF, the masked register export — and the 3-level grid as a township
// admin (白沙乡). Read only, and it counts nothing another file changes: what it expects is
// what generateDemoData() says.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium } from './src/browser.js';
import type { WatchedPage } from './src/browser.js';
import { account, demo, pairedHouseholdIds } from './src/demo-facts.js';
import {
  allIdCards,
  allPhones,
  cadre,
  cadreOf,
  gridStaff,
  householdCountOf,
  pairedInPeriod,
  previousMonth,
  villageOf,
  villagerGroupNames,
} from './src/gov-facts.js';
import {
  SCREENSHOTS,
  WAIT,
  chooseOption,
  downloadOf,
  graphqlAnswer,
  numberOf,
  openTab,
  signedIn,
  textOf,
  unexpectedErrors,
  waitForTotal,
} from './src/gov-ui.js';
import { attributeOfAll, settled } from './src/ui.js';
import { accessTokenOf, gatewayQuery } from './src/audit-api.js';
import { sheetRecords } from './src/xlsx.js';

const village = villageOf('secretary_1');
const secretaryCadre = cadreOf('secretary_1');
const lastMonth = previousMonth();

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

interface GridView {
  id: string;
  level: string;
  name: string;
  count: number;
  capacity: string | null;
  leader: string;
  members: string;
}

function gridNodes(page: Page): Promise<GridView[]> {
  return page.getByTestId('grid-node').evaluateAll((nodes) =>
    nodes.map((node) => {
      const part = (id: string) => node.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      return {
        id: node.getAttribute('data-grid-id') ?? '',
        level: node.getAttribute('data-level') ?? '',
        name: part('grid-name')?.textContent?.trim() ?? '',
        count: Number(part('grid-count')?.getAttribute('data-count')),
        capacity: part('grid-count')?.getAttribute('data-capacity') ?? null,
        leader: part('grid-leader')?.textContent ?? '',
        members: part('grid-members')?.textContent ?? '',
      };
    }),
  );
}

interface CoverageView {
  key: string;
  paired: number;
  visited: number;
  label: string;
}

function coverageRows(page: Page): Promise<CoverageView[]> {
  return page.getByTestId('visit-coverage-row').evaluateAll((rows) =>
    rows.map((row) => {
      const ratio = row.querySelector<HTMLElement>('[data-testid="visit-coverage-ratio"]');
      return {
        key: row.getAttribute('data-key') ?? '',
        paired: Number(ratio?.dataset.paired),
        visited: Number(ratio?.dataset.visited),
        label: ratio?.textContent?.trim() ?? '',
      };
    }),
  );
}

const sizes = (m: Map<string, Set<string>>): Record<string, number> =>
  Object.fromEntries([...m].map(([k, v]) => [k, v.size]));
const pairedOf = (rows: CoverageView[]): Record<string, number> =>
  Object.fromEntries(rows.map((r) => [r.key, r.paired]));

/** PDF pages: pdfkit writes every page object's dictionary as plain text. */
const pdfPages = (bytes: Buffer): number => (bytes.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe('governance desk pages: village secretary on a desktop', () => {
  let w: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    w = await signedIn(browser, 'secretary_1', DESKTOP);
    page = w.page;
  });
  afterAll(async () => {
    await w?.close();
  });

  it('shows the village and its grids: leaders, members, households against the capacity of 100', async () => {
    await openTab(page, 'territory');
    await page.locator(`[data-testid="region-node"][data-code="${village.code}"][data-level="VILLAGE"]`).waitFor();
    await expect.poll(() => textOf(page, 'territory-region-title'), WAIT).toContain(village.name);
    await page.getByTestId('grid-tree').waitFor();
    const nodes = await gridNodes(page);
    const [villageGrid, ...areas] = nodes;
    expect(villageGrid?.level).toBe('VILLAGE');
    expect(villageGrid?.count).toBe(village.households.length);
    expect(villageGrid?.leader).toContain(secretaryCadre.name);
    expect(areas.map((g) => g.id)).toEqual(village.grids.map((g) => g.id));
    for (const grid of village.grids) {
      const view = areas.find((g) => g.id === grid.id)!;
      const staff = gridStaff(grid);
      expect(view, grid.name).toMatchObject({
        level: 'AREA',
        name: grid.name,
        count: householdCountOf(grid),
        capacity: '100',
      });
      expect(view.leader).toContain(staff.leader ?? '空缺');
      for (const member of staff.members) expect(view.members).toContain(member);
    }
    const groups = await textOf(page, 'villager-groups');
    for (const name of villagerGroupNames(village.code)) expect(groups).toContain(name);
    await w.screenshot('gov-desktop-12-territory');
  });

  it(`shows visit coverage of ${lastMonth.period} by cadre and by grid, and whom a cadre has not visited`, async () => {
    await openTab(page, 'visits');
    await page.getByTestId('visit-coverage-list').waitFor();
    const answered = graphqlAnswer(page, 'GovernanceVisitCoverage', (v) => v.period === lastMonth.period);
    await chooseOption(page, 'visit-period', lastMonth.period);
    await answered;
    const byCadre = sizes(pairedInPeriod(village, lastMonth.end, 'cadre'));
    await expect
      .poll(async () => ((await settled(page, 'visit-coverage')) ? pairedOf(await coverageRows(page)) : null), WAIT)
      .toEqual(byCadre);
    const rows = await coverageRows(page);
    for (const row of rows) {
      expect(row.visited).toBeLessThanOrEqual(row.paired);
      expect(row.label).toContain(`${row.visited} / ${row.paired}`);
    }
    expect(
      rows.some((r) => r.visited > 0),
      'the demo visits of last month',
    ).toBe(true);
    await w.screenshot('gov-desktop-13-visit-coverage-cadre');

    // the cadre who missed the most households: their not-visited list
    const laggard = [...rows].sort((a, b) => b.paired - b.visited - (a.paired - a.visited))[0]!;
    const missed = laggard.paired - laggard.visited;
    expect(missed).toBeGreaterThan(0);
    const theirs = pairedInPeriod(village, lastMonth.end, 'cadre').get(laggard.key)!;
    const listed = graphqlAnswer(
      page,
      'GovernanceNotVisited',
      (v) => v.cadreId === laggard.key && v.period === lastMonth.period,
    );
    await page
      .locator(`[data-testid="visit-coverage-row"][data-key="${laggard.key}"]`)
      .getByTestId('visit-coverage-pick')
      .click();
    await listed;
    await expect.poll(() => textOf(page, 'not-visited-title'), WAIT).toContain(`${cadre(laggard.key).name}`);
    await expect.poll(() => textOf(page, 'not-visited-title'), WAIT).toContain(`（${missed}）`);
    const notVisited = await attributeOfAll(page, 'not-visited-row', 'data-household-id');
    expect(notVisited).toHaveLength(Math.min(20, missed));
    expect(
      notVisited.filter((id) => !theirs.has(id)),
      'households of other cadres',
    ).toEqual([]);
    await w.screenshot('gov-desktop-14-not-visited');

    const byGrid = graphqlAnswer(
      page,
      'GovernanceVisitCoverage',
      (v) => v.groupBy === 'GRID' && v.period === lastMonth.period,
    );
    await page.getByTestId('visit-group-GRID').click();
    await byGrid;
    await expect
      .poll(async () => ((await settled(page, 'visit-coverage')) ? pairedOf(await coverageRows(page)) : null), WAIT)
      .toEqual(sizes(pairedInPeriod(village, lastMonth.end, 'grid')));
    await w.screenshot('gov-desktop-15-visit-coverage-grid');
  });

  it('shows pairing coverage of the village, the unpaired special groups first, and the cadres’ load', async () => {
    await openTab(page, 'pairing');
    await page.getByTestId('coverage-numbers').waitFor();
    const unpaired = village.unpairedIds.size;
    expect(await numberOf(page, 'coverage-total')).toBe(village.households.length);
    expect(await numberOf(page, 'coverage-paired')).toBe(village.households.length - unpaired);
    expect(await numberOf(page, 'coverage-unpaired')).toBe(unpaired);
    expect(await numberOf(page, 'coverage-special-unpaired')).toBe(village.specialUnpaired);
    await waitForTotal(page, 'unpaired', unpaired);
    const listed = await attributeOfAll(page, 'unpaired-row', 'data-household-id');
    expect(listed.filter((id) => !village.unpairedIds.has(id))).toEqual([]);
    const special = new Set(
      village.households.filter((h) => village.unpairedIds.has(h.id) && (h.tags ?? []).length > 0).map((h) => h.id),
    );
    const firstSpecial = listed.slice(0, Math.min(listed.length, special.size));
    expect(
      firstSpecial.filter((id) => !special.has(id)),
      'special-group households come first',
    ).toEqual([]);
    await w.screenshot('gov-desktop-16-pairing-coverage');

    await page.getByTestId('pairing-tab-load').click();
    const cadreId = account('cadre_1').cadreId!;
    const load = page.locator(
      `[data-testid="cadre-load-row"][data-cadre-id="${cadreId}"] [data-testid="cadre-load-bar"]`,
    );
    await load.waitFor();
    expect(await load.getAttribute('data-paired')).toBe(String(pairedHouseholdIds(account('cadre_1')).size));
    expect(await load.getAttribute('data-capacity')).toBe('10');

    await page.getByTestId('pairing-tab-roster').click();
    await waitForTotal(page, 'roster', village.pairings.length);
    await w.screenshot('gov-desktop-17-roster');
  });

  it('prints the contact cards of a grid as one PDF, 8 cards a page', async () => {
    const grid = village.grids[0]!;
    const households = householdCountOf(grid);
    await openTab(page, 'cards');
    await chooseOption(page, 'cards-grid', `${grid.name}（三级网格，${households} 户）`);
    await page.getByTestId('cards-generate').click();
    const result = page.getByTestId('cards-result');
    await result.waitFor();
    expect(await result.innerText()).toContain(grid.name);
    await w.screenshot('gov-desktop-18-cards');

    const file = await downloadOf(page, page.getByTestId('cards-download'));
    expect(file.fileName).toMatch(/\.pdf$/);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(file.bytes)).toBe(Math.ceil(households / 8));

    const href = (await page.getByTestId('cards-open').getAttribute('href')) ?? '';
    expect(href).toMatch(/^blob:/);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByTestId('cards-open').click()]);
    try {
      await expect.poll(() => tab.url(), WAIT).toBe(href);
      // chromium shows it in its PDF viewer (an extension frame): the file's title and page count
      await expect.poll(() => tab.frames().some((f) => f.url().startsWith('chrome-extension://')), WAIT).toBe(true);
      const viewer = tab.frames().find((f) => f.url().startsWith('chrome-extension://'))!;
      await expect.poll(() => viewer.locator('#pagelength').innerText(), WAIT).toBe(String(Math.ceil(households / 8)));
      expect(await viewer.locator('#title').innerText()).toContain(grid.name);
      await tab.screenshot({ path: join(SCREENSHOTS, 'gov-desktop-18-cards-pdf.png'), animations: 'disabled' });
    } finally {
      await tab.close();
    }
  });

  it('exports the register masked: every resident of the village, no full ID number or phone', async () => {
    await openTab(page, 'import');
    const file = await downloadOf(page, page.getByTestId('export-masked'));
    expect(file.fileName).toMatch(/\.xlsx$/);
    const records = await sheetRecords(file.bytes, '人员信息');
    expect(records).toHaveLength(village.residents);
    const ids = allIdCards();
    const phones = allPhones();
    for (const record of records) {
      expect(record['身份证号']).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
      for (const value of Object.values(record)) {
        expect(
          ids.has(value) || phones.has(value) || /\d{17}[\dX]/.test(value),
          `plain personal data in the export: ${value}`,
        ).toBe(false);
      }
    }
    const names = new Set(records.map((r) => r['姓名']));
    for (const h of village.households.slice(0, 20)) expect(names.has(h.headName)).toBe(true);
  });

  it('logged no console error and no uncaught exception', () => {
    expect(unexpectedErrors(w)).toEqual([]);
  });
});

/** Per region, households the register holds now beyond the demo's (never fewer: no file removes one). */
async function addedSince(township: string, villageCodes: string[]): Promise<Map<string, number>> {
  const token = await accessTokenOf('township_admin_2');
  const added = new Map<string, number>();
  for (const code of [township, ...villageCodes]) {
    const answer = await gatewayQuery<{ households: { totalCount: number } }>(
      'query E2eCount($r: String) { households(regionCode: $r, first: 1) { totalCount } }',
      { r: code },
      token,
    );
    const now = answer.data?.households.totalCount ?? -1;
    const extra = now - demo.households.filter((h) => h.villageCode.startsWith(code)).length;
    expect(extra, `${code}: ${JSON.stringify(answer.errors)}`).toBeGreaterThanOrEqual(0);
    added.set(code, extra);
  }
  return added;
}

describe('governance desk pages: the 3-level grid as a township admin', () => {
  // 白沙乡 (township 2): the import and pairing files write in township 1's villages
  const township = account('township_admin_2').divisionCode;
  const villages = demo.regions.filter((r) => r.parentCode === township);

  it('shows township → villages → area grids with their households', async () => {
    const w = await signedIn(browser, 'township_admin_2', DESKTOP);
    try {
      await openTab(w.page, 'territory');
      await w.page.locator(`[data-testid="region-node"][data-code="${township}"][data-level="TOWNSHIP"]`).waitFor();
      expect(new Set(await attributeOfAll(w.page, 'region-node', 'data-code'))).toEqual(
        new Set([township, ...villages.map((v) => v.code)]),
      );
      await w.page.getByTestId('grid-tree').waitFor();
      const nodes = await gridNodes(w.page);
      const areas = demo.grids.filter((g) => villages.some((v) => v.code === g.villageCode));
      // the demo households plus those other files of this run added by hand (register-hand writes one
      // into secretary_6's village, in no grid): how many there are now, read through the API
      const added = await addedSince(
        township,
        villages.map((v) => v.code),
      );
      expect(nodes.filter((n) => n.level === 'TOWNSHIP').map((n) => n.count)).toEqual([
        demo.households.filter((h) => h.villageCode.startsWith(township)).length + added.get(township)!,
      ]);
      expect(nodes.filter((n) => n.level === 'VILLAGE').map((n) => n.count)).toEqual(
        villages.map((v) => demo.households.filter((h) => h.villageCode === v.code).length + added.get(v.code)!),
      );
      expect(nodes.filter((n) => n.level === 'AREA').map((n) => [n.id, n.count, n.capacity])).toEqual(
        areas.map((g) => [g.id, householdCountOf(g), '100']),
      );
      await w.screenshot('gov-desktop-19-township-grid');

      const second = villages[1]!;
      await w.page.locator(`[data-testid="region-node"][data-code="${second.code}"]`).click();
      await expect.poll(() => textOf(w.page, 'territory-region-title'), WAIT).toContain(second.name);
      await expect
        .poll(async () => (await gridNodes(w.page)).filter((n) => n.level === 'AREA').map((n) => n.id), WAIT)
        .toEqual(demo.grids.filter((g) => g.villageCode === second.code).map((g) => g.id));
      expect(unexpectedErrors(w)).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
