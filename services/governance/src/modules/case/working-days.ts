import { todayInChina } from '@xiangzhi/subgraph-kit';

// Working-day arithmetic for the case clock, in China time (UTC+8, no daylight saving).
// "N 个工作日内" counts from the working day after the start: a limit of N working days ends at the
// close of the Nth working day after the day the clock started, i.e. at 00:00 of the following day.

const DAY_MS = 86_400_000;
/** The calendar walks at most this far (about ten years): a limit beyond it is a data error. */
const MAX_DAYS_WALKED = 3660;

/** Which calendar days are worked: weekends are off, unless a 调休 day says otherwise. */
export interface WorkCalendar {
  isWorkingDay(day: string): boolean;
}

/** A calendar from its exceptions: date → true (a make-up working day, 调休) or false (a holiday). */
export function workCalendar(exceptions: ReadonlyMap<string, boolean> = new Map()): WorkCalendar {
  return {
    isWorkingDay(day) {
      const marked = exceptions.get(day);
      if (marked !== undefined) return marked;
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      return weekday !== 0 && weekday !== 6;
    },
  };
}

/** The calendar day (YYYY-MM-DD) of an instant in China. */
export const chinaDay = (instant: Date): string => todayInChina(instant);

/** The instant a China calendar day begins (00:00 UTC+8). */
export const startOfChinaDay = (day: string): Date => new Date(`${day}T00:00:00+08:00`);

/** The calendar day `n` days after `day` (n may be negative). */
export const shiftDay = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * The instant a limit of `n` working days started at `from` runs out: 00:00 China time after the
 * Nth working day following from's day (n = 0: the end of from's own day).
 */
export function addWorkingDays(from: Date, n: number, calendar: WorkCalendar): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = chinaDay(from);
  for (let left = n, walked = 0; left > 0;) {
    if (++walked > MAX_DAYS_WALKED) throw new RangeError('addWorkingDays: no working days in the calendar');
    day = shiftDay(day, 1);
    if (calendar.isWorkingDay(day)) left--;
  }
  return startOfChinaDay(shiftDay(day, 1));
}

/**
 * Working days from `from` to `to`: those after from's China day up to and including to's; negative
 * (the same count) when `to` lies before `from`. Same day: 0.
 */
export function countWorkingDays(from: Date, to: Date, calendar: WorkCalendar): number {
  let a = chinaDay(from);
  let b = chinaDay(to);
  const sign = a <= b ? 1 : -1;
  if (sign < 0) [a, b] = [b, a];
  let count = 0;
  for (let day = shiftDay(a, 1), walked = 0; day <= b; day = shiftDay(day, 1)) {
    if (++walked > MAX_DAYS_WALKED * 2) throw new RangeError('countWorkingDays: span too long');
    if (calendar.isWorkingDay(day)) count++;
  }
  return sign * count;
}

/** Moves a limit computed by addWorkingDays out by `n` more working days. */
export const extendLimit = (limit: Date, n: number, calendar: WorkCalendar): Date =>
  n === 0 ? limit : addWorkingDays(new Date(limit.getTime() - 1), n, calendar);

/** The working days left before a limit: 0 on its last day, negative once it has passed. */
export const workingDaysBefore = (now: Date, limit: Date, calendar: WorkCalendar): number =>
  countWorkingDays(now, new Date(limit.getTime() - 1), calendar);
