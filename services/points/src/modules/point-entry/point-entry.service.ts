import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, can, divisionLevel, narrowScope, type Principal } from '@xiangzhi/auth';
import { forbidden, isUuid } from '@xiangzhi/subgraph-kit';
import { PointEntry } from './point-entry.entity.js';
import { LEADERBOARD_MAX, PointEntryErrorCode, pointEntryError } from './point-entry.errors.js';
import type { FindCadre } from './cadre-directory.js';

/** A cadre's points as the caller may see them: only ledger lines inside the caller's jurisdiction. */
export interface CadreTotals {
  cadreId: string;
  total: number;
  entryCount: number;
}
export interface RankedCadre {
  rank: number;
  total: number;
  cadreId: string;
}

/** The caller's own division; a token without a valid one would otherwise match every row. */
export function ownDivision(p: Principal): string {
  if (!divisionLevel(p.divisionCode)) throw forbidden('您的账号没有有效的管辖区划');
  return p.divisionCode;
}

/**
 * The cadre of a new line must exist in governance, as the caller sees it, and lie in the caller's
 * jurisdiction (a missing cadre and one elsewhere get the same answer); the line is booked to the
 * cadre's own division (a township cadre: the township or one of its villages).
 */
export async function checkCadre(
  findCadre: FindCadre,
  p: Principal,
  entry: { cadreId: string; divisionCode: string },
): Promise<void> {
  const cadre = await findCadre(entry.cadreId);
  if (!cadre || !can(p, Action.POINTS_AWARD, { divisionCode: cadre.divisionCode }))
    throw pointEntryError(PointEntryErrorCode.CADRE_NOT_FOUND);
  if (!entry.divisionCode.startsWith(cadre.divisionCode))
    throw pointEntryError(PointEntryErrorCode.DIVISION_NOT_CADRES);
}

/** Points rules and scoping: every read counts only ledger lines under the caller's division code. */
export class PointEntryService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly findCadre?: FindCadre,
  ) {}

  /** The caller's division, once the permission table lets them read points at all (三员 may not). */
  private readable(): string {
    authorize(this.principal, Action.POINTS_READ);
    return ownDivision(this.principal);
  }

  private like(): string {
    return `${this.readable()}%`;
  }

  /** Each line says what a named cadre did or failed to do: aggregate-only callers get totals, never lines. */
  assertMayReadEntries(): void {
    authorize(this.principal, Action.POINTS_ENTRIES_READ);
  }

  /**
   * Totals of many cadres in one grouped statement. A cadre whose lines all lie outside the
   * jurisdiction maps to null (a cadre of another village); one with no line at all has 0.
   */
  async totals(cadreIds: readonly string[]): Promise<Map<string, CadreTotals | null>> {
    const like = this.like();
    const out = new Map<string, CadreTotals | null>();
    const valid = [...new Set(cadreIds.filter(isUuid))];
    for (const id of cadreIds) out.set(id, isUuid(id) ? { cadreId: id, total: 0, entryCount: 0 } : null);
    if (!valid.length) return out;
    const rows = await this.em.execute<{ cadre_id: string; total: number; in_scope: number }[]>(
      `select cadre_id,
              coalesce(sum(points) filter (where division_code like ?), 0)::int as total,
              (count(*) filter (where division_code like ?))::int as in_scope
       from point_entry where cadre_id in (?) group by cadre_id`,
      [like, like, valid],
    );
    const byId = new Map(rows.map((r) => [r.cadre_id.toLowerCase(), r]));
    for (const id of cadreIds) {
      const row = byId.get(id.toLowerCase());
      if (row) out.set(id, row.in_scope > 0 ? { cadreId: id, total: row.total, entryCount: row.in_scope } : null);
    }
    return out;
  }

  /** One page of lines (newest first) for each of many cadres, in one windowed statement. */
  async entryPages(
    cadreIds: readonly string[],
    page: { limit: number; offset: number },
  ): Promise<Map<string, PointEntry[]>> {
    const valid = [...new Set(cadreIds.filter(isUuid))];
    const out = new Map<string, PointEntry[]>();
    if (!valid.length) return out;
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `select * from (
         select pe.*, row_number() over (partition by cadre_id order by occurred_at desc, id desc) as rn
         from point_entry pe where cadre_id in (?) and division_code like ?
       ) as t where rn > ? and rn <= ? order by cadre_id, rn`,
      [valid, this.like(), page.offset, page.offset + page.limit],
    );
    const wanted = new Map(cadreIds.map((id) => [id.toLowerCase(), id]));
    for (const { rn: _rn, ...row } of rows) {
      const entry = this.em.map(PointEntry, row);
      const key = wanted.get(entry.cadreId.toLowerCase()) ?? entry.cadreId;
      out.set(key, [...(out.get(key) ?? []), entry]);
    }
    return out;
  }

  /** Visible ledger lines among `ids`, one statement (federation references). */
  async getMany(ids: readonly string[]): Promise<Map<string, PointEntry>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await this.em.find(PointEntry, { id: { $in: valid }, divisionCode: { $like: this.like() } });
    return new Map(rows.map((e) => [e.id, e]));
  }

  /**
   * Cadres ranked by their total inside the region (narrowed to the caller's jurisdiction).
   * Ties share a rank and the next rank skips (1, 2, 2, 4), as on a posted ranking.
   */
  async leaderboard(q: { regionCode?: string | null; first?: number | null }): Promise<RankedCadre[]> {
    const first = q.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > LEADERBOARD_MAX)
      throw pointEntryError(PointEntryErrorCode.LEADERBOARD_SIZE);
    let prefix = this.readable();
    if (q.regionCode != null && q.regionCode !== '') {
      if (!divisionLevel(q.regionCode)) throw pointEntryError(PointEntryErrorCode.REGION_CODE_INVALID);
      prefix = narrowScope(this.principal, q.regionCode);
    }
    const rows = await this.em.execute<{ cadre_id: string; total: number; rank: number }[]>(
      `select cadre_id, total, rank from (
         select cadre_id, sum(points)::int as total, (rank() over (order by sum(points) desc))::int as rank
         from point_entry where division_code like ? group by cadre_id
       ) as ranked order by rank, cadre_id limit ?`,
      [`${prefix}%`, first],
    );
    return rows.map((r) => ({ rank: r.rank, total: r.total, cadreId: r.cadre_id }));
  }
}
