import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { PointEntry } from '../point-entry/index.js';
import { chinaDay } from '../point-events/index.js';
import { PointRuleBook, RULED_EVENT_TYPES } from '../point-rule/index.js';
import { MyPointsErrorCode, myPointsError } from './my-points.errors.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const CHINA_OFFSET_MS = 8 * 3600_000;

/** This month in China (UTC+8), as YYYY-MM. */
export const chinaMonth = (now = Date.now()): string => new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 7);

/** The month asked for (this month when none), refused unless YYYY-MM between 2000-01 and this month. */
export function parseMonth(month: string | null | undefined, now = Date.now()): string {
  const current = chinaMonth(now);
  if (month == null || month === '') return current;
  if (!MONTH.test(month) || month < '2000-01' || month > current) throw myPointsError(MyPointsErrorCode.MONTH_INVALID);
  return month;
}

/** One month of the caller's own points: the window its lines fall in, in UTC. */
export interface MonthWindow {
  cadreId: string;
  month: string;
  from: Date;
  to: Date;
}

export interface MonthTotal {
  month: string;
  total: number;
  entryCount: number;
}

/** How far a capped event type went in the month (e.g. visits 40 of 40: later visits earn nothing). */
export interface CapUse {
  eventType: string;
  reason: string;
  cap: number;
  awarded: number;
}

export interface MyPointsSummary extends MonthWindow {
  total: number;
  entryCount: number;
  allTimeTotal: number;
  /** Months with lines, newest first, this month always among them. */
  months: string[];
}

/**
 * 我的积分: the ledger lines of the account's own cadre record, and nothing of anyone else's. They
 * are the caller's own, so they are not narrowed to the account's present jurisdiction (a cadre
 * who moved village still sees what they earned before).
 */
export class MyPointsService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /** The caller's cadre id: the permission table first, then a cadre record the account is linked to. */
  private cadreId(): string {
    authorize(this.principal, Action.POINTS_OWN_READ);
    if (!this.principal.cadreId) throw myPointsError(MyPointsErrorCode.CADRE_NOT_LINKED);
    return this.principal.cadreId;
  }

  /** The month's total, the all-time total and the months to choose from, in one grouped statement. */
  async summary(month: string | null | undefined, now = Date.now()): Promise<MyPointsSummary> {
    const cadreId = this.cadreId();
    const wanted = parseMonth(month, now);
    const rows = await this.em.execute<MonthTotal[]>(
      `select to_char((occurred_at at time zone 'UTC') + interval '8 hours', 'YYYY-MM') as month,
              sum(points)::int as total, count(*)::int as "entryCount"
       from point_entry where cadre_id = ? group by 1 order by 1 desc`,
      [cadreId],
    );
    const { monthStart, nextMonthStart } = chinaDay(`${wanted}-01`);
    const own = rows.find((r) => r.month === wanted);
    const months = [...new Set([chinaMonth(now), ...rows.map((r) => r.month)])].sort().reverse();
    return {
      cadreId,
      month: wanted,
      from: monthStart,
      to: nextMonthStart,
      total: own?.total ?? 0,
      entryCount: own?.entryCount ?? 0,
      allTimeTotal: rows.reduce((sum, r) => sum + r.total, 0),
      months,
    };
  }

  /** A page of the month's lines, newest first. */
  entries(w: MonthWindow, page: { limit: number; offset: number }): Promise<PointEntry[]> {
    if (w.cadreId !== this.cadreId()) return Promise.resolve([]);
    return this.em.find(
      PointEntry,
      { cadreId: w.cadreId, occurredAt: { $gte: w.from, $lt: w.to } },
      { orderBy: { occurredAt: 'desc', id: 'desc' }, limit: page.limit, offset: page.offset },
    );
  }

  /**
   * The monthly caps of the rules in force where the cadre earns now (the division of the newest
   * line, else the account's), with what each event type earned in the month: a visit past the cap
   * writes no line, so this is how the cadre learns why it earned nothing.
   */
  async caps(w: MonthWindow): Promise<CapUse[]> {
    if (w.cadreId !== this.cadreId()) return [];
    const [rows, newest] = await Promise.all([
      this.em.execute<{ eventType: string; awarded: number }[]>(
        `select event_type as "eventType", sum(points)::int as awarded from point_entry
         where cadre_id = ? and event_type is not null and occurred_at >= ? and occurred_at < ? group by 1`,
        [w.cadreId, w.from, w.to],
      ),
      this.em.findOne(PointEntry, { cadreId: w.cadreId }, { orderBy: { occurredAt: 'desc', id: 'desc' } }),
    ]);
    const divisionCode = newest?.divisionCode ?? this.principal.divisionCode;
    const book = new PointRuleBook(this.em);
    await book.load(RULED_EVENT_TYPES.map((eventType) => ({ divisionCode, eventType })));
    const out: CapUse[] = [];
    for (const eventType of RULED_EVENT_TYPES) {
      const rule = await book.ruleFor(divisionCode, eventType);
      if (!rule || rule.monthlyCap == null || rule.points <= 0) continue;
      const awarded = rows.find((r) => r.eventType === eventType)?.awarded ?? 0;
      out.push({ eventType, reason: rule.reason, cap: rule.monthlyCap, awarded });
    }
    return out;
  }
}
