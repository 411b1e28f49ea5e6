import type { EntityManager } from '@mikro-orm/postgresql';
import { FreezeBook, PointEntry, SYSTEM_ACCOUNT_ID } from '../point-entry/index.js';
import { PointRuleBook } from '../point-rule/index.js';
import {
  AwardEngine,
  capKey,
  chinaDay,
  type EventAward,
  type EventCorrection,
  type LedgerLine,
  type LedgerPort,
} from './award-engine.js';

export { SYSTEM_ACCOUNT_ID, chinaDay, type EventAward };

/** The consumer's side of the engine: the rule book, caps, frozen months and lines in PostgreSQL. */
class DatabaseLedger implements LedgerPort {
  readonly rules: PointRuleBook;
  readonly freezes: FreezeBook;

  constructor(private readonly tx: EntityManager) {
    this.rules = new PointRuleBook(tx);
    this.freezes = new FreezeBook(tx);
  }

  rule(divisionCode: string, eventType: string) {
    return this.rules.ruleFor(divisionCode, eventType);
  }

  /** Not prepared (a single event): lock and read this key alone. */
  async capUsed(cadreId: string, eventType: string, month: string): Promise<number> {
    await this.tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `point-cap|${capKey(cadreId, eventType, month)}`,
    ]);
    const { monthStart, nextMonthStart } = chinaDay(`${month}-01`);
    const [row] = await this.tx.execute<{ used: number }[]>(
      `select coalesce(sum(points), 0)::int as used from point_entry
       where cadre_id = ? and event_type = ? and occurred_at >= ? and occurred_at < ?`,
      [cadreId, eventType, monthStart, nextMonthStart],
    );
    return row?.used ?? 0;
  }

  bookedMonth(divisionCode: string, month: string): Promise<string> {
    return this.freezes.firstOpen(divisionCode, month);
  }

  async earlierLine(eventId: string, cadreId: string) {
    const line = await this.tx.findOne(PointEntry, { eventId, cadreId });
    if (!line?.eventId || !line.eventType) return null;
    const corrected = (await this.tx.count(PointEntry, { correctsEntryId: line.id })) > 0;
    return { line: { ...line, eventId: line.eventId, eventType: line.eventType }, corrected };
  }

  async write(line: LedgerLine): Promise<void> {
    this.tx.persist(this.tx.create(PointEntry, line));
  }
}

/**
 * Awards the points of events by the rule table, inside the consumer's transaction (with its inbox
 * row). Monthly caps are counted per cadre, event type and month: a key is locked for the rest of
 * the transaction and what it already holds read once, later awards count in memory, so events of
 * one cadre on two deliveries at once cannot both pass the cap.
 */
export class EventAwardService {
  private readonly ledger: DatabaseLedger;
  private readonly engine: AwardEngine;

  constructor(private readonly tx: EntityManager) {
    this.ledger = new DatabaseLedger(tx);
    this.engine = new AwardEngine(this.ledger);
  }

  /**
   * Everything the awards of a batch need, in four statements: their rules, the frozen months, then the
   * locks of their capped keys (in one global order, so two batches cannot deadlock), then what those keys hold.
   */
  async prepare(awards: EventAward[]): Promise<void> {
    await this.ledger.rules.load(awards);
    await this.ledger.freezes.load(awards.map((a) => a.divisionCode));
    const capped: EventAward[] = [];
    for (const a of awards) {
      const rule = await this.ledger.rules.ruleFor(a.divisionCode, a.eventType);
      const key = capKey(a.cadreId, a.eventType, a.day.slice(0, 7));
      if (rule?.monthlyCap != null && rule.points > 0 && !this.engine.has(key)) capped.push(a);
    }
    if (!capped.length) return;
    const keys = [...new Set(capped.map((a) => capKey(a.cadreId, a.eventType, a.day.slice(0, 7))))];
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
    const held = new Map(rows.map((r) => [capKey(r.cadre_id, r.event_type, r.month), r.used]));
    for (const k of keys) this.engine.preload(k, held.get(k) ?? 0);
  }

  /** The line written for this award, or null when its rule gives nothing (no rule, 0 points, the cap reached). */
  award(a: EventAward): Promise<LedgerLine | null> {
    return this.engine.award(a);
  }

  /** The line reversing an earlier event's line, or null when there is none to reverse. */
  correct(c: EventCorrection): Promise<LedgerLine | null> {
    return this.engine.correct(c);
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
