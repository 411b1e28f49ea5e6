import type { AppError } from './errors.js';
import { isCalendarDate } from './scalars.js';

// Checks every subgraph makes on ids, dates and text, written once.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID, so a malformed id names no row (and never reaches Postgres as a uuid). */
export const isUuid = (value: string | null | undefined): value is string => !!value && UUID.test(value);

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in China (YYYY-MM-DD): work is dated by the calendar day in Beijing time, not the instant. */
export const todayInChina = (now: Date = new Date()): string => CHINA_DAY.format(now);

/** The date, checked; a bad one is the caller's error, named by field and answered with the module's code. */
export function requireDate(
  field: string,
  value: string,
  label: string,
  invalid: (field: string, message: string) => AppError,
): string {
  const s = value.trim();
  if (!isCalendarDate(s)) throw invalid(field, `${label}应为有效日期，格式如 2026-03-01`);
  return s;
}

/** Characters as a person counts them (a CJK character or an emoji is one). */
export const charCount = (s: string): number => [...s].length;

// C0 and C1 controls and DEL; text of several lines may keep its line breaks and tabs
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL_ANY = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const CONTROL_BUT_LAYOUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True when the text holds control characters: any for one line, any but line breaks and tabs for several. */
export const hasControlChars = (s: string, multiline = false): boolean =>
  (multiline ? CONTROL_BUT_LAYOUT : CONTROL_ANY).test(s);
