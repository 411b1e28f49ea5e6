import type { EntityManager } from '@mikro-orm/postgresql';
import { LEDGER_MONTH_SQL } from './ledger-contract.js';

/** A person's ledger figures for one month under a division. */
export interface LedgerTotal {
  cadreId: string;
  total: number;
  entryCount: number;
  /** The division of their latest line under the ranking's division. */
  divisionCode: string;
}

/** Totals of the month's lines under `divisionCode` per cadre, one grouped statement (optionally only some cadres). */
export async function ledgerTotals(
  em: EntityManager,
  divisionCode: string,
  month: string,
  cadreIds?: readonly string[],
): Promise<Map<string, LedgerTotal>> {
  if (cadreIds && !cadreIds.length) return new Map();
  const rows = await em.execute<{ cadre_id: string; total: number; entry_count: number; division_code: string }[]>(
    `select cadre_id, sum(points)::int as total, count(*)::int as entry_count,
            (array_agg(division_code order by occurred_at desc))[1] as division_code
     from point_entry where division_code like ? and ${LEDGER_MONTH_SQL} = ?
     ${cadreIds ? 'and cadre_id in (?)' : ''} group by cadre_id`,
    cadreIds ? [`${divisionCode}%`, month, [...cadreIds]] : [`${divisionCode}%`, month],
  );
  return new Map(
    rows.map((r) => [
      r.cadre_id,
      { cadreId: r.cadre_id, total: r.total, entryCount: r.entry_count, divisionCode: r.division_code },
    ]),
  );
}

const collator = new Intl.Collator('zh-CN');

/** The order of a posted board: highest total first, then by name in pinyin order, then by id. */
export const boardOrder = (a: Rankable, b: Rankable): number =>
  b.total - a.total || collator.compare(a.cadreName, b.cadreName) || a.cadreId.localeCompare(b.cadreId);

export interface Rankable {
  cadreId: string;
  cadreName: string;
  total: number;
}

/**
 * Standard competition ranking, as on a posted board: highest total first, equal totals share a rank and the
 * next rank skips (1, 2, 2, 4); negative totals rank below zero. Within a tie, by name (pinyin order) then id.
 */
export function rankRows<T extends Rankable>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort(boardOrder);
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.total !== sorted[i - 1]!.total) rank = i + 1;
    return { ...row, rank };
  });
}
