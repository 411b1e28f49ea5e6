import { v7 } from 'uuid';
import { SYSTEM_ACCOUNT_ID, chinaMonth } from '../point-entry/index.js';
import type { RuleTerms } from '../point-rule/index.js';

/** One cadre's share of an event, under the rule of `eventType` (an event type or an outcome of one). */
export interface EventAward {
  eventId: string;
  eventType: string;
  cadreId: string;
  /** The cadre's village (12) or township (9): the rule's jurisdiction and the line's. */
  divisionCode: string;
  /** YYYY-MM-DD in China: when it happened, and the month its cap counts in. */
  day: string;
}

/** An event that undoes what an earlier event earned a cadre (a withdrawn attendance). */
export interface EventCorrection {
  eventId: string;
  /** The event whose line is reversed. */
  correctsEventId: string;
  cadreId: string;
}

/** A ledger line as the engine writes it (the columns of point_entry that events fill). */
export interface LedgerLine {
  id: string;
  cadreId: string;
  divisionCode: string;
  points: number;
  reason: string;
  occurredAt: Date;
  bookedMonth: string;
  createdBy: string;
  eventId: string;
  eventType: string;
  rulePoints: number | null;
  correctsEntryId: string | null;
}

/** Where the engine reads rules, caps and months and writes lines: the database live, memory in a recompute. */
export interface LedgerPort {
  rule(divisionCode: string, eventType: string): Promise<RuleTerms | null>;
  /** What a cadre's capped key (event type, month) held before this engine started counting it. */
  capUsed(cadreId: string, eventType: string, month: string): Promise<number>;
  /** The first open month from `month` on for the division. */
  bookedMonth(divisionCode: string, month: string): Promise<string>;
  /** A line an earlier event wrote for the cadre, and whether it was already corrected; null when none. */
  earlierLine(eventId: string, cadreId: string): Promise<{ line: LedgerLine; corrected: boolean } | null>;
  write(line: LedgerLine): Promise<void>;
}

/** Midnight of a day, and the first of its month and of the next, in China (UTC+8, no summer time). */
export function chinaDay(day: string): { at: Date; monthStart: Date; nextMonthStart: Date } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const utc = (year: number, month: number, d: number): Date => new Date(Date.UTC(year, month - 1, d) - 8 * 3600_000);
  return {
    at: utc(y, m, Number(day.slice(8, 10))),
    monthStart: utc(y, m, 1),
    nextMonthStart: m === 12 ? utc(y + 1, 1, 1) : utc(y, m + 1, 1),
  };
}

export const capKey = (cadreId: string, eventType: string, month: string): string => `${cadreId}|${eventType}|${month}`;

const CORRECTION_PREFIX = '撤销：';
const REASON_MAX = 200;

/**
 * What events earn, by the rule book, the monthly caps and the frozen months: one piece of logic for the
 * consumer (live, on the database) and for recomputing a month from the event log (in memory), so the two
 * cannot drift apart. Caps count per cadre, rule key and month the event happened in; a correction gives
 * back what the line it reverses took from the cap.
 */
export class AwardEngine {
  private readonly used = new Map<string, number>();
  /** Lines written by this engine, by event and cadre (a correction later in the same batch finds them). */
  private readonly written = new Map<string, LedgerLine>();
  private readonly corrected = new Set<string>();

  constructor(private readonly port: LedgerPort) {}

  /** Sets what a capped key held (read in bulk by the caller, under its lock). */
  preload(key: string, used: number): void {
    this.used.set(key, used);
  }

  has(key: string): boolean {
    return this.used.has(key);
  }

  private async usedOf(cadreId: string, eventType: string, month: string): Promise<number> {
    const key = capKey(cadreId, eventType, month);
    let used = this.used.get(key);
    if (used === undefined) {
      used = await this.port.capUsed(cadreId, eventType, month);
      this.used.set(key, used);
    }
    return used;
  }

  /** The line written for this award, or null when its rule gives nothing (no rule, 0 points, the cap reached). */
  async award(a: EventAward): Promise<LedgerLine | null> {
    const rule = await this.port.rule(a.divisionCode, a.eventType);
    if (!rule || rule.points === 0) return null;
    const month = a.day.slice(0, 7);
    let points = rule.points;
    if (rule.monthlyCap != null && points > 0) {
      const used = await this.usedOf(a.cadreId, a.eventType, month);
      points = Math.min(points, Math.max(rule.monthlyCap - used, 0));
      this.used.set(capKey(a.cadreId, a.eventType, month), used + points);
      if (points === 0) return null;
    }
    const line: LedgerLine = {
      id: v7(),
      cadreId: a.cadreId,
      divisionCode: a.divisionCode,
      points,
      reason: rule.reason,
      occurredAt: chinaDay(a.day).at,
      // a month already frozen (its ranking published) takes no line: the first open month after it does
      bookedMonth: await this.port.bookedMonth(a.divisionCode, month),
      createdBy: SYSTEM_ACCOUNT_ID,
      eventId: a.eventId,
      eventType: a.eventType,
      rulePoints: rule.points,
      correctsEntryId: null,
    };
    await this.write(line);
    return line;
  }

  /** The line reversing what `correctsEventId` earned the cadre; null when it earned nothing or was reversed. */
  async correct(c: EventCorrection): Promise<LedgerLine | null> {
    const key = `${c.correctsEventId}|${c.cadreId}`;
    const mine = this.written.get(key);
    const found = mine ? { line: mine, corrected: false } : await this.port.earlierLine(c.correctsEventId, c.cadreId);
    if (!found || found.corrected || this.corrected.has(found.line.id)) return null;
    const earlier = found.line;
    const month = chinaMonth(earlier.occurredAt);
    // the cap gives back what the reversed line took
    const used = await this.usedOf(c.cadreId, earlier.eventType, month);
    this.used.set(capKey(c.cadreId, earlier.eventType, month), used - earlier.points);
    const line: LedgerLine = {
      ...earlier,
      id: v7(),
      points: -earlier.points,
      reason: `${CORRECTION_PREFIX}${earlier.reason}`.slice(0, REASON_MAX),
      bookedMonth: await this.port.bookedMonth(earlier.divisionCode, month),
      eventId: c.eventId,
      rulePoints: null,
      correctsEntryId: earlier.id,
    };
    this.corrected.add(earlier.id);
    await this.write(line);
    return line;
  }

  private async write(line: LedgerLine): Promise<void> {
    this.written.set(`${line.eventId}|${line.cadreId}`, line);
    await this.port.write(line);
  }
}
