import type { EntityManager } from '@mikro-orm/postgresql';
import { PointEntry } from '../point-entry/point-entry.entity.js';
import { PointRuleBook } from '../point-rule/index.js';

/** `createdBy` of a line awarded by an event: no person recorded it; `eventId` says where it came from. */
export const SYSTEM_ACCOUNT_ID = '00000000-0000-0000-0000-000000000000';

export interface EventAward {
  eventId: string;
  eventType: string;
  cadreId: string;
  /** The cadre's village (12) or township (9): the rule's jurisdiction and the line's. */
  divisionCode: string;
  /** YYYY-MM-DD in China: when it happened, and the month its cap counts in. */
  day: string;
}

/** Midnight of a day, and the first of its month and of the next, in China (UTC+8, no summer time). */
export function chinaDay(day: string): { at: Date; monthStart: Date; nextMonthStart: Date } {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const utc = (year: number, month: number, d: number): Date => new Date(Date.UTC(year, month - 1, d) - 8 * 3600_000);
  return { at: utc(y, m, Number(day.slice(8, 10))), monthStart: utc(y, m, 1), nextMonthStart: m === 12 ? utc(y + 1, 1, 1) : utc(y, m + 1, 1) };
}

/**
 * Awards the points of events by the rule table, inside the consumer's transaction (with its inbox
 * row). Monthly caps are counted per cadre, event type and month: the first award of such a key
 * takes a transaction lock on it and reads what is already awarded, later ones count in memory,
 * so events of one cadre on two deliveries at once cannot both pass the cap.
 */
export class EventAwardService {
  private readonly rules: PointRuleBook;
  private readonly used = new Map<string, number>();

  constructor(private readonly tx: EntityManager) {
    this.rules = new PointRuleBook(tx);
  }

  /** The line written for this award, or null when its rule gives nothing (no rule, 0 points, the cap reached). */
  async award(a: EventAward): Promise<PointEntry | null> {
    const rule = await this.rules.ruleFor(a.divisionCode, a.eventType);
    if (!rule || rule.points === 0) return null;
    const { at, monthStart, nextMonthStart } = chinaDay(a.day);
    let points = rule.points;
    if (rule.monthlyCap != null && points > 0) {
      const key = `${a.cadreId}|${a.eventType}|${a.day.slice(0, 7)}`;
      let used = this.used.get(key);
      if (used === undefined) {
        await this.tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`point-cap|${key}`]);
        const [row] = await this.tx.execute<{ used: number }[]>(
          `select coalesce(sum(points), 0)::int as used from point_entry
           where cadre_id = ? and event_type = ? and occurred_at >= ? and occurred_at < ?`,
          [a.cadreId, a.eventType, monthStart, nextMonthStart],
        );
        used = row?.used ?? 0;
      }
      points = Math.min(points, Math.max(rule.monthlyCap - used, 0));
      this.used.set(key, used + points);
      if (points === 0) return null;
    }
    const entry = this.tx.create(PointEntry, {
      cadreId: a.cadreId, divisionCode: a.divisionCode, points, reason: rule.reason, occurredAt: at,
      createdBy: SYSTEM_ACCOUNT_ID, eventId: a.eventId, eventType: a.eventType,
    });
    this.tx.persist(entry);
    return entry;
  }
}

const services = new WeakMap<EntityManager, EventAwardService>();

/** One service per consumer transaction, so its rule and cap caches span the whole batch. */
export function eventAwards(tx: EntityManager): EventAwardService {
  let s = services.get(tx);
  if (!s) {
    s = new EventAwardService(tx);
    services.set(tx, s);
  }
  return s;
}
