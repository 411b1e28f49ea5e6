import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import { Action, authorize, can, divisionLevel, narrowScope, scopeOf, type Principal } from '@xiangzhi/auth';
import { forbidden, groupBy, isUuid } from '@xiangzhi/subgraph-kit';
import {
  ObjectionStatus,
  Ranking,
  RankingKind,
  RankingObjection,
  RankingRow,
  RankingSetting,
  RankingStatus,
} from './ranking.entity.js';
import { OBJECTION_DAYS_MAX, RankingErrorCode, rankingError } from './ranking.errors.js';
import { validMonth } from './ranking.period.js';
import { chinaMonth } from '../point-entry/index.js';
import { boardOrder, ledgerTotals, rankRows, type LedgerTotal } from './ranking.rules.js';
import { freezeLedgerMonth } from './ledger-contract.js';
import type { RankingDirectory } from './ranking.directory.js';

/** Objection days when no jurisdiction sets them (the seeds name no figure: three working days is usual). */
export const DEFAULT_OBJECTION_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME_MAX = 50;

export interface ComputeRankingInput {
  divisionCode: string;
  month: string;
  kind: RankingKind;
}

/** The caller's own division; a token without a valid one would otherwise match every row. */
export function callerDivision(p: Principal): string {
  if (!divisionLevel(p.divisionCode)) throw forbidden('您的账号没有有效的管辖区划');
  return p.divisionCode;
}

/** A township or village code, or RANKING_DIVISION_CODE_INVALID. */
export function rankingDivision(code: string | null | undefined): string {
  const c = (code ?? '').trim();
  const level = divisionLevel(c);
  if (level !== 'TOWNSHIP' && level !== 'VILLAGE') throw rankingError(RankingErrorCode.DIVISION_CODE_INVALID);
  return c;
}

export function requireMonth(month: string | null | undefined, now: Date | number = Date.now()): string {
  const m = validMonth(month, now);
  if (!m) throw rankingError(RankingErrorCode.MONTH_INVALID);
  return m;
}

/** The objection days in force for a division: its own setting, else the nearest above it, else the default. */
export async function objectionDaysFor(em: EntityManager, divisionCode: string): Promise<number> {
  const codes = [6, 9, 12].filter((n) => divisionCode.length >= n).map((n) => divisionCode.slice(0, n));
  const rows = await em.find(RankingSetting, { divisionCode: { $in: codes } });
  const nearest = rows.sort((a, b) => b.divisionCode.length - a.divisionCode.length)[0];
  return nearest?.objectionDays ?? DEFAULT_OBJECTION_DAYS;
}

/**
 * Publishes in the caller's transaction: freezes the ledger's month for the division first (later lines book to
 * the next open month), then checks the rows still equal the ledger, so what was shown is what is published.
 */
export async function publishInTransaction(tx: EntityManager, ranking: Ranking, by: string | null): Promise<void> {
  await freezeLedgerMonth(tx, ranking.divisionCode, ranking.month, by);
  const rows = await tx.find(RankingRow, { rankingId: ranking.id });
  const ledger = await ledgerTotals(
    tx,
    ranking.divisionCode,
    ranking.month,
    ranking.kind === RankingKind.GRID_MEMBER ? rows.map((r) => r.cadreId) : undefined,
  );
  const shown = new Map(rows.map((r) => [r.cadreId, r]));
  const stale =
    [...ledger.values()].some((l) => shown.get(l.cadreId)?.total !== l.total) ||
    rows.some((r) => (ledger.get(r.cadreId)?.entryCount ?? 0) !== r.entryCount);
  if (stale) throw rankingError(RankingErrorCode.STALE);
  ranking.status = RankingStatus.PUBLISHED;
  ranking.publishedAt = new Date();
  ranking.publishedBy = by;
  await tx.flush();
}

/** Rankings: compute, show for objections, publish; every read limited to the caller's jurisdiction. */
export class RankingService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly directory?: RankingDirectory,
  ) {}

  /** The caller's reach for reading: a division prefix, and whether only shown rankings count (field roles). */
  private reach(): { prefix: string; shownOnly: boolean } {
    authorize(this.principal, Action.POINTS_READ);
    return { prefix: callerDivision(this.principal), shownOnly: scopeOf(this.principal, Action.POINTS_READ) === 'OWN' };
  }

  private visible(r: Ranking): boolean {
    const { prefix, shownOnly } = this.reach();
    return r.divisionCode.startsWith(prefix) && !(shownOnly && r.status === RankingStatus.DRAFT);
  }

  /** Field roles see only their own objections; the office sees all of its rankings'. */
  ownObjectionsOnly(): boolean {
    return this.reach().shownOnly;
  }

  async list(month: string, regionCode?: string | null): Promise<Ranking[]> {
    const m = requireMonth(month);
    const { prefix, shownOnly } = this.reach();
    let under = prefix;
    if (regionCode) {
      if (!divisionLevel(regionCode)) throw rankingError(RankingErrorCode.REGION_CODE_INVALID);
      under = narrowScope(this.principal, regionCode);
    }
    return this.em.find(
      Ranking,
      {
        divisionCode: { $like: `${under}%` },
        month: m,
        ...(shownOnly ? { status: { $ne: RankingStatus.DRAFT } } : {}),
      },
      { orderBy: { divisionCode: 'asc', kind: 'asc' } },
    );
  }

  async get(divisionCode: string, month: string, kind: RankingKind): Promise<Ranking | null> {
    const m = requireMonth(month);
    const found = await this.em.findOne(Ranking, { divisionCode: rankingDivision(divisionCode), month: m, kind });
    return found && this.visible(found) ? found : null;
  }

  async getById(id: string): Promise<Ranking | null> {
    if (!isUuid(id)) return null;
    const found = await this.em.findOne(Ranking, { id });
    return found && this.visible(found) ? found : null;
  }

  /** Rows of many rankings, one statement, best first. */
  async rows(rankingIds: readonly string[]): Promise<Map<string, RankingRow[]>> {
    const rows = await this.em.find(RankingRow, { rankingId: { $in: [...rankingIds] } });
    return groupBy(
      rows.sort(boardOrder),
      (r) => r.rankingId,
      (r) => r,
    );
  }

  /** Objections of many rankings, one statement, newest first; a field role gets only its own. */
  async objections(rankingIds: readonly string[]): Promise<Map<string, RankingObjection[]>> {
    const own = this.ownObjectionsOnly();
    if (own && !this.principal.cadreId) return new Map();
    const rows = await this.em.find(
      RankingObjection,
      { rankingId: { $in: [...rankingIds] }, ...(own ? { cadreId: this.principal.cadreId! } : {}) },
      { orderBy: { createdAt: 'desc' } },
    );
    return groupBy(
      rows,
      (o) => o.rankingId,
      (o) => o,
    );
  }

  /** A ranking the caller may manage (RANKING_PUBLISH over its division), or RANKING_NOT_FOUND. */
  async forManaging(id: string): Promise<Ranking> {
    const found = isUuid(id) ? await this.em.findOne(Ranking, { id }) : null;
    if (!found || !can(this.principal, Action.RANKING_PUBLISH, { divisionCode: found.divisionCode }))
      throw rankingError(RankingErrorCode.NOT_FOUND);
    return found;
  }

  /** Computes (or recomputes) the draft: the month's ledger totals of everyone ranked, with names from governance. */
  async compute(input: ComputeRankingInput): Promise<Ranking> {
    authorize(this.principal, Action.RANKING_PUBLISH);
    const divisionCode = rankingDivision(input.divisionCode);
    if (!can(this.principal, Action.RANKING_PUBLISH, { divisionCode }))
      throw rankingError(RankingErrorCode.DIVISION_OUT_OF_SCOPE);
    const month = requireMonth(input.month);
    if (!this.directory) throw new Error('RankingService needs the directory to compute');
    const existing = await this.em.findOne(Ranking, { divisionCode, month, kind: input.kind });
    if (existing?.status === RankingStatus.PUBLISHED) throw rankingError(RankingErrorCode.PUBLISHED);

    let people: { cadreId: string; cadreName: string; divisionCode: string; ledger?: LedgerTotal }[];
    if (input.kind === RankingKind.GRID_MEMBER) {
      const members = await this.directory.gridMembers(divisionCode);
      const ledger = await ledgerTotals(
        this.em,
        divisionCode,
        month,
        members.map((m) => m.id),
      );
      people = members.map((m) => ({
        cadreId: m.id,
        cadreName: m.name,
        divisionCode: m.divisionCode,
        ledger: ledger.get(m.id),
      }));
    } else {
      const ledger = await ledgerTotals(this.em, divisionCode, month);
      const cadres = await this.directory.cadres([...ledger.keys()]);
      people = [...ledger.values()].map((l) => ({
        cadreId: l.cadreId,
        cadreName: cadres.get(l.cadreId)?.name ?? '（干部信息暂不可用）',
        divisionCode: cadres.get(l.cadreId)?.divisionCode ?? l.divisionCode,
        ledger: l,
      }));
    }
    const ranked = rankRows(people.map((p) => ({ ...p, total: p.ledger?.total ?? 0 })));

    return this.em.transactional(async (tx) => {
      const ranking =
        existing ??
        tx.create(Ranking, { divisionCode, month, kind: input.kind, computedAt: new Date(), computedBy: '' });
      ranking.computedAt = new Date();
      ranking.computedBy = this.principal.accountId;
      tx.persist(ranking);
      await tx.flush();
      await tx.nativeDelete(RankingRow, { rankingId: ranking.id });
      if (ranked.length)
        await tx.insertMany(
          RankingRow,
          ranked.map((r) => ({
            id: v7(),
            rankingId: ranking.id,
            cadreId: r.cadreId,
            cadreName: [...r.cadreName].slice(0, NAME_MAX).join(''),
            divisionCode: r.divisionCode.slice(0, 12),
            rank: r.rank,
            total: r.total,
            entryCount: r.ledger?.entryCount ?? 0,
            version: 1,
          })),
        );
      return ranking;
    });
  }

  /** Shows the draft for objections: the month must be over; the window is the jurisdiction's objection days. */
  async openObjections(id: string, now = Date.now()): Promise<Ranking> {
    const ranking = await this.forManaging(id);
    if (ranking.status === RankingStatus.PUBLISHED) throw rankingError(RankingErrorCode.PUBLISHED);
    if (ranking.status !== RankingStatus.DRAFT) throw rankingError(RankingErrorCode.NOT_DRAFT);
    if (ranking.month >= chinaMonth(now)) throw rankingError(RankingErrorCode.MONTH_NOT_ENDED);
    const days = await objectionDaysFor(this.em, ranking.divisionCode);
    ranking.status = RankingStatus.OBJECTION;
    ranking.objectionOpenedAt = new Date(now);
    ranking.objectionEndsAt = new Date(now + days * DAY_MS);
    await this.em.flush();
    return ranking;
  }

  /** Publishes once the window has ended and every objection is decided; freezes the ledger's month with it. */
  async publish(id: string, now = Date.now()): Promise<Ranking> {
    const ranking = await this.forManaging(id);
    if (ranking.status === RankingStatus.PUBLISHED) throw rankingError(RankingErrorCode.PUBLISHED);
    if (ranking.status !== RankingStatus.OBJECTION || !ranking.objectionEndsAt)
      throw rankingError(RankingErrorCode.NOT_SHOWN);
    if (ranking.objectionEndsAt.getTime() > now) throw rankingError(RankingErrorCode.WINDOW_OPEN);
    if (await this.em.count(RankingObjection, { rankingId: ranking.id, status: ObjectionStatus.PENDING }))
      throw rankingError(RankingErrorCode.OBJECTIONS_PENDING);
    await this.em.transactional((tx) => publishInTransaction(tx, ranking, this.principal.accountId));
    return ranking;
  }

  async setting(divisionCode: string): Promise<RankingSetting> {
    const code = (divisionCode ?? '').trim();
    if (!divisionLevel(code)) throw rankingError(RankingErrorCode.DIVISION_CODE_INVALID);
    narrowScope(this.principal, code);
    authorize(this.principal, Action.POINTS_READ);
    const own = await this.em.findOne(RankingSetting, { divisionCode: code });
    return (
      own ??
      Object.assign(new RankingSetting(), { divisionCode: code, objectionDays: await objectionDaysFor(this.em, code) })
    );
  }

  async setObjectionDays(divisionCode: string, days: number): Promise<RankingSetting> {
    authorize(this.principal, Action.RANKING_PUBLISH);
    const code = (divisionCode ?? '').trim();
    if (!divisionLevel(code)) throw rankingError(RankingErrorCode.DIVISION_CODE_INVALID);
    if (!can(this.principal, Action.RANKING_PUBLISH, { divisionCode: code }))
      throw rankingError(RankingErrorCode.DIVISION_OUT_OF_SCOPE);
    if (!Number.isInteger(days) || days < 1 || days > OBJECTION_DAYS_MAX)
      throw rankingError(RankingErrorCode.OBJECTION_DAYS_INVALID);
    const setting =
      (await this.em.findOne(RankingSetting, { divisionCode: code })) ??
      this.em.create(RankingSetting, { divisionCode: code, objectionDays: days, updatedBy: this.principal.accountId });
    setting.objectionDays = days;
    setting.updatedBy = this.principal.accountId;
    await this.em.persist(setting).flush();
    return setting;
  }
}
