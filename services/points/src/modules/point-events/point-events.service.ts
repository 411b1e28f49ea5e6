import type { EntityManager } from '@mikro-orm/postgresql';
import { FreezeBook, PointEntry, SYSTEM_ACCOUNT_ID } from '../point-entry/index.js';
import { PointRuleBook } from '../point-rule/index.js';

export { SYSTEM_ACCOUNT_ID };

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
  return {
    at: utc(y, m, Number(day.slice(8, 10))),
    monthStart: utc(y, m, 1),
    nextMonthStart: m === 12 ? utc(y + 1, 1, 1) : utc(y, m + 1, 1),
  };
}

const capKey = (a: EventAward): string => `${a.cadreId}|${a.eventType}|${a.day.slice(0, 7)}`;

/**
 * Awards the points of events by the rule table, inside the consumer's transaction (with its inbox
 * row). Monthly caps are counted per cadre, event type and month: a key is locked for the rest of
 * the transaction and what it already holds read once, later awards count in memory, so events of
 * one cadre on two deliveries at once cannot both pass the cap.
 */
export class EventAwardService {
  private readonly rules: PointRuleBook;
  private readonly used = new Map<string, number>();
  private readonly freezes: FreezeBook;

  constructor(private readonly tx: EntityManager) {
    this.rules = new PointRuleBook(tx);
    this.freezes = new FreezeBook(tx);
  }

  /**
   * Everything the awards of a batch need, in three statements: their rules, then the locks of their
   * capped keys (in one global order, so two batches cannot deadlock), then what those keys hold.
   */
  async prepare(awards: EventAward[]): Promise<void> {
    await this.rules.load(awards);
    await this.freezes.load(awards.map((a) => a.divisionCode));
    const capped: EventAward[] = [];
    for (const a of awards) {
      const rule = await this.rules.ruleFor(a.divisionCode, a.eventType);
      if (rule?.monthlyCap != null && rule.points > 0 && !this.used.has(capKey(a))) capped.push(a);
    }
    if (!capped.length) return;
    const keys = [...new Set(capped.map(capKey))];
    await this.tx.execute(
      `select pg_advisory_xact_lock(h) from (select distinct hashtextextended('point-cap|' || k, 0) as h from unnest(?::text[]) as k) x order by h`,
      [`{${keys.join(',')}}`],
    );
    const days = capped.map((a) => chinaDay(a.day));
    const rows = await this.tx.execute<{ cadre_id: string; event_type: string; month: string; used: number }[]>(
      `select cadre_id, event_type, to_char((occurred_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month, sum(points)::int as used
       from point_entry where cadre_id in (?) and event_type in (?) and occurred_at >= ? and occurred_at < ?
       group by 1, 2, 3`,
      [
        [...new Set(capped.map((a) => a.cadreId))],
        [...new Set(capped.map((a) => a.eventType))],
        new Date(Math.min(...days.map((d) => d.monthStart.getTime()))),
        new Date(Math.max(...days.map((d) => d.nextMonthStart.getTime()))),
      ],
    );
    for (const k of keys) this.used.set(k, 0);
    for (const r of rows) {
      const k = `${r.cadre_id}|${r.event_type}|${r.month}`;
      if (this.used.has(k)) this.used.set(k, r.used);
    }
  }

  /** The line written for this award, or null when its rule gives nothing (no rule, 0 points, the cap reached). */
  async award(a: EventAward): Promise<PointEntry | null> {
    const rule = await this.rules.ruleFor(a.divisionCode, a.eventType);
    if (!rule || rule.points === 0) return null;
    const { at, monthStart, nextMonthStart } = chinaDay(a.day);
    let points = rule.points;
    if (rule.monthlyCap != null && points > 0) {
      const key = capKey(a);
      let used = this.used.get(key);
      if (used === undefined) {
        // not prepared (a single event): lock and read this key alone
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
      cadreId: a.cadreId,
      divisionCode: a.divisionCode,
      points,
      reason: rule.reason,
      occurredAt: at,
      // a month already frozen (its ranking published) takes no line: the first open month after it does
      bookedMonth: await this.freezes.firstOpen(a.divisionCode, a.day.slice(0, 7)),
      createdBy: SYSTEM_ACCOUNT_ID,
      eventId: a.eventId,
      eventType: a.eventType,
      rulePoints: rule.points,
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
