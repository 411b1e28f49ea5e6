import { badInput } from '@xiangzhi/subgraph-kit';

const CHINA_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in China (YYYY-MM-DD): pairings start and end on calendar days, not instants. */
export const todayInChina = (now = new Date()): string => CHINA_DAY.format(now);

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The date, checked; a bad one is the caller's error, named by field. */
export function requireDate(field: string, value: string, label: string): string {
  const s = value.trim();
  if (!isIsoDate(s)) throw badInput(field, `${label}应为有效日期，格式如 2026-03-01`);
  return s;
}
