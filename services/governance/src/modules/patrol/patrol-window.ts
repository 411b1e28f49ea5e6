// Patrol time windows: minutes after midnight in Beijing time (China keeps no daylight saving: UTC+8 all year).

const CHINA_OFFSET_MS = 8 * 3600_000;

/** "08:00" → 480; null for anything but HH:MM within a day. */
export function parseClock(s: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(s.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 480 → "08:00". */
export const formatClock = (min: number): string =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

export interface WindowRule {
  windowStartMin: number;
  windowEndMin: number;
  /** ISO weekday of a weekly window, null every day. */
  weekday: number | null;
}

/**
 * True when a check-in at `at` falls outside the point's window of that Beijing day (after it, before it, or on a
 * day without one): the `late` of the PatrolCheckedIn event. The ledger's window states are computed in SQL
 * (patrol-window.service.ts); this judges the one check-in being written.
 */
export function isLate(rule: WindowRule, at: Date): boolean {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  const isoDay = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  if (rule.weekday != null && rule.weekday !== isoDay) return true;
  const min = local.getUTCHours() * 60 + local.getUTCMinutes();
  return min < rule.windowStartMin || min > rule.windowEndMin;
}
