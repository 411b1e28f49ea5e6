import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, authorize, type Principal } from '@xiangzhi/auth';
import { caseInput } from './case.errors.js';
import { CaseLevel, CaseStatus, SatisfactionRating } from './case.enums.js';
import { CaseFigureGroupBy, type CaseFigureRow, type CaseFigures } from './case-figures.types.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DIVISION = /^(\d{6}|\d{9}|\d{12})$/;
export const MAX_FIGURE_MONTHS = 36;
const CHINA_OFFSET_MS = 8 * 3600_000;

/** Start of a month in China time, as an instant. */
export const monthStart = (year: number, month: number): Date =>
  new Date(Date.UTC(year, month - 1, 1) - CHINA_OFFSET_MS);

/** `2026-11` → [start of November, start of December) in China time; null when malformed. */
export function monthRange(from: string, to: string): { start: Date; end: Date; months: number } | null {
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a || !b) return null;
  const [fy, fm, ty, tm] = [a[1], a[2], b[1], b[2]].map(Number) as [number, number, number, number];
  return { start: monthStart(fy, fm), end: monthStart(ty, tm + 1), months: (ty - fy) * 12 + tm - fm + 1 };
}

// the group key of a case, by the date of the event counted (`at`: raised_at or closed_at)
const KEY: Record<CaseFigureGroupBy, (at: string) => string> = {
  [CaseFigureGroupBy.GRID]: () => `coalesce(c.grid_id::text, '')`,
  [CaseFigureGroupBy.VILLAGE]: () => 'c.village_code',
  [CaseFigureGroupBy.TOWNSHIP]: () => 'left(c.village_code, 9)',
  [CaseFigureGroupBy.MONTH]: (at) => `to_char(c.${at} at time zone 'Asia/Shanghai', 'YYYY-MM')`,
};
const NAME: Record<CaseFigureGroupBy, string> = {
  [CaseFigureGroupBy.GRID]: `coalesce(g.name, '未划网格')`,
  [CaseFigureGroupBy.VILLAGE]: 'coalesce(r.name, e.key)',
  [CaseFigureGroupBy.TOWNSHIP]: 'coalesce(r.name, e.key)',
  [CaseFigureGroupBy.MONTH]: 'e.key',
};
const VILLAGE_LEVELS = `('${CaseLevel.GRID}', '${CaseLevel.VILLAGE}')`;
const SATISFIED = `('${SatisfactionRating.SATISFIED}', '${SatisfactionRating.BASICALLY_SATISFIED}')`;

interface RawRow {
  key: string;
  name: string;
  raised: number;
  closed: number;
  on_time: number;
  closed_in_village: number;
  closed_in_township: number;
  rated: number;
  satisfied: number;
}

/** Division codes are digits: the codes under `430999001` are those in ['430999001', '430999002'). */
export function prefixRange(prefix: string): [string, string] {
  return [prefix, (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0')];
}

const ratio = (n: number, d: number): number | null => (d ? Math.round((n / d) * 10000) / 10000 : null);

/** A row with its rates; `total` sums rows. */
export function figureRow(r: Omit<CaseFigureRow, 'onTimeRate' | 'satisfactionRate'>): CaseFigureRow {
  return { ...r, onTimeRate: ratio(r.onTime, r.closed), satisfactionRate: ratio(r.satisfied, r.rated) };
}

const COUNTS = ['raised', 'closed', 'onTime', 'closedInVillage', 'closedInTownship', 'rated', 'satisfied'] as const;

export function totalOf(rows: readonly CaseFigureRow[], name = '合计'): CaseFigureRow {
  const sum = Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<
    (typeof COUNTS)[number],
    number
  >;
  return figureRow({ key: '', name, ...sum });
}

/**
 * The figures of every case under a division prefix, in ONE statement: raised events by raised_at,
 * close-outs by closed_at, each turned into a row of 0/1 counts, then one GROUP BY. Shared with the
 * village transparency page (by village and month).
 */
export async function caseFigureRows(
  em: EntityManager,
  prefix: string,
  groupBy: CaseFigureGroupBy,
  start: Date,
  end: Date,
): Promise<CaseFigureRow[]> {
  // a range, not LIKE: the (village_code, …) indexes serve it whatever the database's collation
  const [lo, hi] = prefixRange(prefix);
  // our own values only (digits checked, instants from Dates): inlined, so each pass can name them freely
  if (!/^\d+$/.test(lo) || !/^\d+$/.test(hi)) throw new Error(`not a division code: ${prefix}`);
  const [s, e] = [start, end].map((d) => `'${d.toISOString()}'::timestamptz`);
  const inDivision = `c.village_code >= '${lo}' and c.village_code < '${hi}'`;
  const raisedIn = `c.raised_at >= ${s} and c.raised_at < ${e}`;
  const closedIn = `c.status = '${CaseStatus.CLOSED}' and c.closed_at >= ${s} and c.closed_at < ${e}`;
  const counts = (closed: string) => `(${closed})::int closed,
    (${closed} and (c.due_at is null or c.resolved_at <= c.due_at))::int on_time,
    (${closed} and c.level in ${VILLAGE_LEVELS})::int in_village,
    (${closed} and c.level = '${CaseLevel.TOWNSHIP}')::int in_township,
    (${closed} and c.satisfaction is not null)::int rated,
    (${closed} and c.satisfaction in ${SATISFIED})::int satisfied`;
  // by month a case counts in its raised month and in its close month: two passes; otherwise one pass, one row each
  const events =
    groupBy === CaseFigureGroupBy.MONTH
      ? `select ${KEY[groupBy]('raised_at')} as key, 1 raised, 0 closed, 0 on_time, 0 in_village, 0 in_township,
           0 rated, 0 satisfied from case_record c where ${inDivision} and ${raisedIn}
         union all
         select ${KEY[groupBy]('closed_at')}, 0, ${counts('true')} from case_record c where ${inDivision} and ${closedIn}`
      : `select ${KEY[groupBy]('raised_at')} as key, (${raisedIn})::int raised, ${counts(closedIn)}
         from case_record c where ${inDivision} and ((${raisedIn}) or (${closedIn}))`;
  const sql = `
    with e as (
      select key, sum(raised)::int raised, sum(closed)::int closed, sum(on_time)::int on_time,
             sum(in_village)::int closed_in_village, sum(in_township)::int closed_in_township,
             sum(rated)::int rated, sum(satisfied)::int satisfied
      from (${events}) events group by key
    )
    select e.*, ${NAME[groupBy]} as name from e
    ${groupBy === CaseFigureGroupBy.GRID ? 'left join grid g on g.id::text = e.key' : ''}
    ${groupBy === CaseFigureGroupBy.VILLAGE || groupBy === CaseFigureGroupBy.TOWNSHIP ? 'left join region r on r.code = e.key' : ''}
    order by e.key`;
  const rows: RawRow[] = await em.getConnection().execute(sql);
  return rows.map((r) =>
    figureRow({
      key: r.key,
      name: r.name,
      raised: r.raised,
      closed: r.closed,
      onTime: r.on_time,
      closedInVillage: r.closed_in_village,
      closedInTownship: r.closed_in_township,
      rated: r.rated,
      satisfied: r.satisfied,
    }),
  );
}

/** 民情统计: per grid, village, township or month of the caller's jurisdiction (AGGREGATE_READ). */
export class CaseFiguresService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async figures(args: {
    divisionCode?: string | null;
    groupBy: CaseFigureGroupBy;
    from: string;
    to?: string | null;
  }): Promise<CaseFigures> {
    const divisionCode = args.divisionCode ?? this.principal.divisionCode;
    if (!DIVISION.test(divisionCode)) throw caseInput('divisionCode', '区划代码应为 6、9 或 12 位数字');
    const to = args.to ?? args.from;
    const range = monthRange(args.from, to);
    if (!range) throw caseInput(MONTH.test(args.from) ? 'to' : 'from', '月份格式应为 YYYY-MM，如 2026-11');
    if (range.months < 1) throw caseInput('to', '截止月份不能早于起始月份');
    if (range.months > MAX_FIGURE_MONTHS) throw caseInput('to', `一次最多统计 ${MAX_FIGURE_MONTHS} 个月`);
    authorize(this.principal, Action.AGGREGATE_READ, { divisionCode });
    const rows = await caseFigureRows(this.em, divisionCode, args.groupBy, range.start, range.end);
    return { divisionCode, from: args.from, to, rows, total: totalOf(rows) };
  }
}
