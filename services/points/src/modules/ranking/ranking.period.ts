import { MONTH_PATTERN, chinaMonth } from '../point-entry/index.js';

/** A month between 2000-01 and the current one (China time), or null. */
export function validMonth(month: string | null | undefined, now: Date | number = Date.now()): string | null {
  const m = (month ?? '').trim();
  return MONTH_PATTERN.test(m) && m >= '2000-01' && m <= chinaMonth(now) ? m : null;
}

/** The months of a period: a quarter `YYYY-Qn` or a year `YYYY`; null when malformed. */
export function monthsOfPeriod(period: string): string[] | null {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  const year = /^(\d{4})$/.exec(period);
  const y = (quarter ?? year)?.[1];
  if (!y) return null;
  const first = quarter ? (Number(quarter[2]) - 1) * 3 + 1 : 1;
  return Array.from({ length: quarter ? 3 : 12 }, (_, i) => `${y}-${String(first + i).padStart(2, '0')}`);
}

/** The period before a quarter or a year (2026-Q1 → 2025-Q4, 2026 → 2025). */
export function previousPeriod(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (!quarter) return String(Number(period) - 1);
  const [y, q] = [Number(quarter[1]), Number(quarter[2])];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}
