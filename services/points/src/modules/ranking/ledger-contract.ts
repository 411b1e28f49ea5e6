import type { EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_ACCOUNT_ID, freezeMonth } from '../point-entry/index.js';

/*
 * What rankings need of the ledger (point-entry): the month a line counts in, and freezing a division's
 * month when its ranking is published (later lines then book to the next open month).
 */

/** SQL giving the month (YYYY-MM) a `point_entry` line counts in: the month it is booked to. */
export const LEDGER_MONTH_SQL = 'booked_month';

/** Freezes the ledger of the division's month, in the publishing transaction `tx`. */
export async function freezeLedgerMonth(
  tx: EntityManager,
  divisionCode: string,
  month: string,
  by: string | null,
): Promise<void> {
  await freezeMonth(tx, divisionCode, month, by ?? SYSTEM_ACCOUNT_ID);
}
