import dayjs from 'dayjs';

/** A server instant as local date and time, e.g. 2026-03-01 08:05. */
export function formatTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '';
}

/** The instant a day (YYYY-MM-DD, the user's local calendar) starts, as RFC 3339. */
export function startOfDay(day: string): string {
  return dayjs(day).startOf('day').toISOString();
}

/** The last millisecond of a day (YYYY-MM-DD), as RFC 3339: "to" includes the whole day. */
export function endOfDay(day: string): string {
  return dayjs(day).endOf('day').toISOString();
}
