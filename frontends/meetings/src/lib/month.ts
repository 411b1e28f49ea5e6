// Month arithmetic of the calendar (no imports: unit-tested in Node). Days are YYYY-MM-DD in Beijing time.

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-12` → first and last day, and the weekday (Monday 0) of the first. */
export function monthSpan(month: string): { from: string; to: string; days: number; lead: number } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  return { from: `${month}-01`, to: `${month}-${pad(days)}`, days, lead };
}

/** The month `delta` months from `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** A valid `YYYY-MM` from the address bar, or null. */
export const isMonth = (value: string | null | undefined): value is string =>
  !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

const BEIJING = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const BEIJING_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The Beijing day of an instant (YYYY-MM-DD) and its time of day (HH:mm). */
export const beijingDay = (iso: string | Date): string => BEIJING.format(new Date(iso));
export const beijingTime = (iso: string | Date): string => BEIJING_TIME.format(new Date(iso));

/** `datetime-local` value (Beijing wall clock) ↔ ISO instant. */
export const toLocalInput = (iso: string): string => `${beijingDay(iso)}T${beijingTime(iso)}`;
export const fromLocalInput = (value: string): string | null => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const t = Date.parse(`${value}:00+08:00`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};
