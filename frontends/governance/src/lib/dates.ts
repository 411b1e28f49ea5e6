/** Local calendar date as YYYY-MM-DD (the visit date defaults to today, not to UTC's today). */
export function isoDate(date: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export type PeriodKind = 'MONTH' | 'QUARTER';

/** "2026-11" for a month, "2026-Q4" for a quarter: the `period` argument of visitCoverage. */
export function periodOf(kind: PeriodKind, date: Date = new Date()): string {
  const year = date.getFullYear();
  if (kind === 'MONTH') return `${year}-${String(date.getMonth() + 1).padStart(2, '0')}`;
  return `${year}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** The `count` periods up to and including the current one, newest first. */
export function recentPeriods(kind: PeriodKind, count: number, today: Date = new Date()): string[] {
  const step = kind === 'MONTH' ? 1 : 3;
  const result: string[] = [];
  for (let index = 0; index < count; index += 1) {
    result.push(periodOf(kind, new Date(today.getFullYear(), today.getMonth() - index * step, 1)));
  }
  return result;
}

/** "2026-11-22T08:00:00Z" → "2026-11-22 16:00" in local time; plain dates stay as they are. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${isoDate(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
