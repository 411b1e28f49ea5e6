import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import {
  Ranking,
  RankingKind,
  RankingRow,
  RankingStatus,
  callerDivision,
  monthsOfPeriod,
  previousPeriod,
  rankRows,
  rankingDivision,
} from '../ranking/index.js';
import { RankingSummary, SummaryRow } from './summary.entity.js';
import { SummaryErrorCode, summaryError } from './summary.errors.js';

interface Totals {
  rows: Map<string, { cadreId: string; cadreName: string; total: number; months: number }>;
  months: string[];
}

/** Sums the rows of published rankings per cadre; later months' names win (a rename shows the latest). */
function totalsOf(rankings: Ranking[], rows: RankingRow[], months: readonly string[]): Totals {
  const wanted = new Set(months);
  const ids = new Map(rankings.filter((r) => wanted.has(r.month)).map((r) => [r.id, r.month]));
  const out: Totals = { rows: new Map(), months: [...new Set(ids.values())].sort() };
  for (const row of rows
    .filter((r) => ids.has(r.rankingId))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const sum = out.rows.get(row.cadreId) ?? { cadreId: row.cadreId, cadreName: row.cadreName, total: 0, months: 0 };
    out.rows.set(row.cadreId, {
      ...sum,
      cadreName: row.cadreName,
      total: sum.total + row.total,
      months: sum.months + 1,
    });
  }
  return out;
}

/** 季点评、年考核: from published months only, so a summary never moves once its months are published. */
export class SummaryService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async summary(divisionCode: string, period: string, kind: RankingKind): Promise<RankingSummary | null> {
    authorize(this.principal, Action.POINTS_READ);
    const code = rankingDivision(divisionCode);
    const p = (period ?? '').trim();
    const months = monthsOfPeriod(p);
    if (!months) throw summaryError(SummaryErrorCode.PERIOD_INVALID);
    if (!code.startsWith(callerDivision(this.principal))) return null;
    const before = monthsOfPeriod(previousPeriod(p))!;
    // one statement for the rankings of both periods, one for their rows
    const rankings = await this.em.find(Ranking, {
      divisionCode: code,
      kind,
      status: RankingStatus.PUBLISHED,
      month: { $in: [...before, ...months] },
    });
    const rows = rankings.length
      ? await this.em.find(RankingRow, { rankingId: { $in: rankings.map((r) => r.id) } })
      : [];
    const now = totalsOf(rankings, rows, months);
    const then = totalsOf(rankings, rows, before);
    const previousRanks = new Map(rankRows([...then.rows.values()]).map((r) => [r.cadreId, r.rank]));
    return Object.assign(new RankingSummary(), {
      divisionCode: code,
      period: p,
      kind,
      publishedMonths: now.months,
      missingMonths: months.filter((m) => !now.months.includes(m)),
      rows: rankRows([...now.rows.values()]).map((r) => {
        const previousRank = previousRanks.get(r.cadreId) ?? null;
        return Object.assign(new SummaryRow(), {
          ...r,
          previousRank,
          movement: previousRank === null ? null : previousRank - r.rank,
        });
      }),
    });
  }
}
