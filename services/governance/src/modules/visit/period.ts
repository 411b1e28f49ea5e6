import { visitInput } from './visit.errors.js';

/** A reporting period: a month ('2026-11') or a quarter ('2026-Q4'). Dates are YYYY-MM-DD, both ends included. */
export interface Period {
  kind: 'MONTH' | 'QUARTER';
  label: string;
  start: string;
  end: string;
  /** First day of the quarter the period lies in (= start for a quarter). */
  quarterStart: string;
}

const iso = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Parses 'YYYY-MM' or 'YYYY-Qn'; anything else is the caller's error, named by field. */
export function parsePeriod(raw: string, field = 'period'): Period {
  const value = raw.trim().toUpperCase();
  let m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw visitInput(field, '月份须在 01 到 12 之间');
    const qMonth = Math.floor((month - 1) / 3) * 3 + 1;
    return {
      kind: 'MONTH',
      label: value,
      start: iso(year, month, 1),
      end: iso(year, month, lastDay(year, month)),
      quarterStart: iso(year, qMonth, 1),
    };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    const start = iso(year, first, 1);
    return {
      kind: 'QUARTER',
      label: value,
      start,
      end: iso(year, first + 2, lastDay(year, first + 2)),
      quarterStart: start,
    };
  }
  throw visitInput(field, '统计周期格式应为 YYYY-MM（月）或 YYYY-Qn（季度），如 2026-11、2026-Q4');
}
