import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, divisionLevel, scopePrefix, type Principal } from '@xiangzhi/auth';
import { FreezeBook, MONTH_PATTERN, chinaMonth, monthStart, nextMonth, previousMonth } from '../point-entry/index.js';
import { RULED_EVENT_TYPES, RuleHistoryBook } from '../point-rule/index.js';
import { AwardEngine, PointEvent, effectsOf, type LedgerLine, type LedgerPort } from '../point-events/index.js';
import { PointEntryRequest, PointRequestStatus } from '../point-approval/index.js';
import { RecomputeErrorCode, recomputeError } from './recompute.errors.js';
import { MonthRecomputation, RecomputedCadreMonth } from './recompute.types.js';

/** The engine's view of the past: the rule history and the freezes as they stood when each event was taken. */
class ReplayLedger implements LedgerPort {
  readonly lines: LedgerLine[] = [];
  at = new Date(0);

  constructor(
    private readonly history: RuleHistoryBook,
    private readonly freezes: FreezeBook,
  ) {}

  async rule(divisionCode: string, eventType: string) {
    return this.history.ruleAt(divisionCode, eventType, this.at);
  }
  /** Every event that counted towards a cap is replayed, so each key starts empty. */
  async capUsed(): Promise<number> {
    return 0;
  }
  bookedMonth(divisionCode: string, month: string): Promise<string> {
    return this.freezes.firstOpen(divisionCode, month, this.at);
  }
  /** The engine remembers the lines it wrote; the replay holds no others. */
  async earlierLine() {
    return null;
  }
  async write(line: LedgerLine): Promise<void> {
    this.lines.push(line);
  }
}

type Totals = Map<string, number>;
const add = (m: Totals, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/**
 * recomputeMonth: re-derives each cadre's month total in a division from the event log with the rule book (the
 * rule in force when each event was taken, the caps, the months frozen then) and the approved manual requests,
 * and compares it with the ledger. Replayed: every event of each month whose events could be booked to the
 * month asked (its own, and earlier months with events taken since the month before it began: a month is
 * frozen only once it has begun), all of such a month, so its caps count as they did.
 */
export class RecomputeService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async recomputeMonth(divisionCode: string, month: string, now = Date.now()): Promise<MonthRecomputation> {
    authorize(this.principal, Action.POINTS_READ);
    if (!divisionLevel(divisionCode ?? '')) throw recomputeError(RecomputeErrorCode.DIVISION_CODE_INVALID);
    if (!MONTH_PATTERN.test(month ?? '') || month < '2000-01' || month > chinaMonth(now))
      throw recomputeError(RecomputeErrorCode.MONTH_INVALID);
    const region = scopePrefix(this.principal, divisionCode);

    const months = await this.em.execute<{ month: string }[]>(
      `select distinct to_char(occurred_on, 'YYYY-MM') as month from point_event
       where occurred_on < ?::date and (occurred_on >= ?::date or received_at >= ?)`,
      [`${nextMonth(month)}-01`, `${month}-01`, monthStart(previousMonth(month))],
    );
    const events = months.length
      ? await this.em.find(
          PointEvent,
          { $or: months.map((m) => ({ occurredOn: { $gte: `${m.month}-01`, $lt: `${nextMonth(m.month)}-01` } })) },
          { orderBy: { receivedAt: 'asc', id: 'asc' } },
        )
      : [];
    const effects = events.map((e) => ({
      event: e,
      effects: effectsOf({
        id: e.id,
        type: e.type,
        aggregateId: null,
        occurredAt: e.receivedAt.toISOString(),
        payload: e.payload,
      }),
    }));
    const divisions = effects.flatMap((x) => x.effects?.awards.map((a) => a.divisionCode) ?? []);
    const history = new RuleHistoryBook(this.em);
    await history.load([...divisions, region], RULED_EVENT_TYPES);
    const freezes = new FreezeBook(this.em);
    await freezes.load([...divisions, region]);
    const replay = new ReplayLedger(history, freezes);
    const engine = new AwardEngine(replay);
    for (const { event, effects: f } of effects) {
      replay.at = event.receivedAt;
      for (const a of f?.awards ?? []) await engine.award(a);
      for (const c of f?.corrections ?? []) await engine.correct(c);
    }

    const derived: Totals = new Map();
    for (const l of replay.lines)
      if (l.bookedMonth === month && l.divisionCode.startsWith(region)) add(derived, l.cadreId, l.points);
    const approved = await this.em.find(PointEntryRequest, {
      status: PointRequestStatus.APPROVED,
      divisionCode: { $like: `${region}%` },
      month: { $lte: month },
    });
    await freezes.load(approved.map((r) => r.divisionCode));
    for (const r of approved)
      if ((await freezes.firstOpen(r.divisionCode, r.month, r.decidedAt ?? undefined)) === month)
        add(derived, r.cadreId, r.points);

    const ledger = await this.em.execute<{ cadre_id: string; total: number; unsourced: number }[]>(
      `select cadre_id, sum(points)::int as total,
              coalesce(sum(points) filter (where not (
                exists (select 1 from point_event e where e.id = pe.event_id)
                or exists (select 1 from point_entry_request r where r.entry_id = pe.id))), 0)::int as unsourced
       from point_entry pe where booked_month = ? and division_code like ? group by cadre_id`,
      [month, `${region}%`],
    );
    const ids = [...new Set([...ledger.map((r) => r.cadre_id), ...derived.keys()])].sort();
    const cadres = ids.map((cadreId) => {
      const row = ledger.find((r) => r.cadre_id === cadreId);
      const ledgerTotal = row?.total ?? 0;
      const unsourcedTotal = row?.unsourced ?? 0;
      const derivedTotal = derived.get(cadreId) ?? 0;
      return Object.assign(new RecomputedCadreMonth(), {
        cadreId,
        ledgerTotal,
        derivedTotal,
        unsourcedTotal,
        difference: ledgerTotal - unsourcedTotal - derivedTotal,
      });
    });
    const differences = cadres.filter((c) => c.difference !== 0);
    return Object.assign(new MonthRecomputation(), {
      divisionCode: region,
      month,
      eventCount: events.length,
      matches: differences.length === 0,
      cadres,
      differences,
    });
  }
}
