import type { EntityManager } from '@mikro-orm/postgresql';
import { divisionLevel } from '@xiangzhi/auth';
import { AppError } from '@xiangzhi/subgraph-kit';
import { prefixes } from '../point-rule/index.js';
import { PointMonthFreeze } from './month-freeze.entity.js';

const CHINA_OFFSET_MS = 8 * 3600_000;
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `createdBy` of what no person did (a line awarded by an event, a freeze by a job). */
export const SYSTEM_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';

/** The month of an instant in China (UTC+8), as YYYY-MM. */
export const chinaMonth = (now: number | Date = Date.now()): string =>
  new Date(Number(now) + CHINA_OFFSET_MS).toISOString().slice(0, 7);

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The month before YYYY-MM. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Midnight on the first of the month in China, as an instant. */
export const monthStart = (month: string): Date => new Date(Date.parse(`${month}-01T00:00:00+08:00`));

/**
 * Which months are frozen where, read once per transaction (or per recompute): the first open month a line
 * can be booked to. `asOf` answers as the book stood at an instant (a freeze made later did not count then).
 */
export class FreezeBook {
  private readonly rows: { divisionCode: string; month: string; frozenAt: Date }[] = [];
  private readonly loaded = new Set<string>();

  constructor(private readonly em: EntityManager) {}

  /** The freezes of many divisions (and the divisions above them) in one statement. */
  async load(divisionCodes: readonly string[]): Promise<void> {
    const wanted = [...new Set(divisionCodes.flatMap(prefixes))].filter((c) => c && !this.loaded.has(c));
    if (!wanted.length) return;
    const rows = await this.em.find(PointMonthFreeze, { divisionCode: { $in: wanted } });
    for (const c of wanted) this.loaded.add(c);
    for (const r of rows) this.rows.push({ divisionCode: r.divisionCode, month: r.month, frozenAt: r.frozenAt });
  }

  /** True when `month` is frozen for the division or one above it (at `asOf`, or now). */
  isFrozen(divisionCode: string, month: string, asOf?: Date): boolean {
    return this.rows.some(
      (r) => r.month === month && divisionCode.startsWith(r.divisionCode) && (!asOf || r.frozenAt.getTime() <= +asOf),
    );
  }

  /** `month` when it is open for the division, else the first open month after it. */
  async firstOpen(divisionCode: string, month: string, asOf?: Date): Promise<string> {
    await this.load([divisionCode]);
    let m = month;
    while (this.isFrozen(divisionCode, m, asOf)) m = nextMonth(m);
    return m;
  }
}

/**
 * Freezes `month` for a division and everything under it (a published ranking): from then on the database
 * refuses any ledger line booked to it there, and a late event is booked to the next open month. Idempotent.
 * Call it inside the publishing transaction.
 */
export async function freezeMonth(
  tx: EntityManager,
  divisionCode: string,
  month: string,
  frozenBy: string = SYSTEM_ACCOUNT_ID,
): Promise<void> {
  if (!divisionLevel(divisionCode))
    throw new AppError('POINTS_DIVISION_CODE_INVALID', '区划代码应为 6、9 或 12 位数字', 'divisionCode');
  if (!MONTH_PATTERN.test(month) || month > chinaMonth())
    throw new AppError('POINTS_MONTH_INVALID', '月份应为 YYYY-MM，且不晚于本月', 'month');
  await tx.execute(
    `insert into point_month_freeze (division_code, month, frozen_by) values (?, ?, ?) on conflict do nothing`,
    [divisionCode, month, frozenBy],
  );
}
