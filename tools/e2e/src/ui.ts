// Reading the pages by their data-testids (frontends/README.md): pager text, row ids, leaderboard.
import type { Page } from 'playwright-core';

export interface PagerInfo {
  page: number;
  pages: number;
  total: number;
}

/** "第 2 / 14 页，共 262 条" or "Page 2 of 14, 262 in all". */
export function parsePagerInfo(text: string): PagerInfo | null {
  const zh = /第\s*(\d+)\s*\/\s*(\d+)\s*页[，,]\s*共\s*(\d+)\s*条/.exec(text);
  const en = /Page\s+(\d+)\s+of\s+(\d+),\s*(\d+)\s+in all/.exec(text);
  const m = zh ?? en;
  return m ? { page: Number(m[1]), pages: Number(m[2]), total: Number(m[3]) } : null;
}

/** The pager of a list (`households-pager`, `meetings-pager`), or null while it is not shown. */
export async function pagerInfo(page: Page, testId: string): Promise<PagerInfo | null> {
  const info = page.getByTestId(`${testId}-info`);
  if ((await info.count()) === 0) return null;
  return parsePagerInfo(await info.innerText());
}

/** Whether the list shows no loading indicator (its own testid, or antd's spinning table). */
export async function settled(page: Page, list: string): Promise<boolean> {
  return page.evaluate((prefix) => {
    if (document.querySelector(`[data-testid="${prefix}-loading"]`)) return false;
    return !document.querySelector('[data-testid="content"] .ant-spin-spinning');
  }, list);
}

/** The value of `attribute` on every element with the test id, in page order. */
export function attributeOfAll(page: Page, testId: string, attribute: string): Promise<string[]> {
  return page.getByTestId(testId).evaluateAll((els, name) => els.map((el) => el.getAttribute(name) ?? ''), attribute);
}

export interface MeetingRowView {
  id: string;
  kind: string;
  label: string;
}

export function meetingRows(page: Page): Promise<MeetingRowView[]> {
  return page.getByTestId('meeting-row').evaluateAll((rows) =>
    rows.map((row) => {
      const tag = row.querySelector<HTMLElement>('[data-testid="meeting-kind"]');
      return {
        id: row.getAttribute('data-meeting-id') ?? '',
        kind: tag?.dataset.kind ?? '',
        label: tag?.textContent?.trim() ?? '',
      };
    }),
  );
}

export interface LeaderboardRowView {
  rank: string;
  name: string;
  totalText: string;
}

export function leaderboardRows(page: Page): Promise<LeaderboardRowView[]> {
  return page.getByTestId('leaderboard-row').evaluateAll((rows) =>
    rows.map((row) => ({
      rank:
        row.querySelector('[data-testid="leaderboard-rank"]')?.textContent?.trim() ??
        row.getAttribute('data-rank') ??
        '',
      name: row.querySelector('[data-testid="leaderboard-name"]')?.textContent?.trim() ?? '',
      totalText: row.querySelector('[data-testid="leaderboard-total"]')?.textContent?.trim() ?? '',
    })),
  );
}

/** The number in "32 分" / "32 pts". */
export function leadingNumber(text: string): number {
  const m = /-?\d+/.exec(text);
  return m ? Number(m[0]) : Number.NaN;
}

export const hasChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);
