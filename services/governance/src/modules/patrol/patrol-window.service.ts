import type { EntityManager } from '@mikro-orm/postgresql';
import { Action, type Principal } from '@xiangzhi/auth';
import { isUuid, todayInChina } from '@xiangzhi/subgraph-kit';
import { patrolReach, planSql, type PatrolReach } from './patrol.access.js';
import { patrolInput } from './patrol.errors.js';
import { PatrolWindowState } from './patrol.enums.js';
import type { PatrolGridFigure, PatrolWindow } from './patrol-window.types.js';

const MAX_DAYS = 62;

interface WindowQuery {
  from: string;
  to: string;
  reach: PatrolReach;
  pointIds?: string[];
  planId?: string;
}

/**
 * The windows of every point in reach between two Beijing dates, one row per window: generate_series over the days,
 * the point's weekday for weekly plans, its first check-in within the window or its grace, and the state as of
 * `asOf`. Everything is one statement, whatever the number of points or days.
 */
function windowsSql(q: WindowQuery, asOf: Date): { sql: string; params: unknown[] } {
  const reach = planSql(q.reach, 'pl');
  const extra: string[] = [];
  const params: unknown[] = [q.from, q.to, ...reach.params];
  if (q.pointIds) {
    extra.push('and p.id = any(?::uuid[])');
    params.push(`{${q.pointIds.join(',')}}`);
  }
  if (q.planId) {
    extra.push('and pl.id = ?');
    params.push(q.planId);
  }
  params.push(asOf, asOf);
  const local = (mins: string): string => `((d::date + make_interval(mins => ${mins})) at time zone 'Asia/Shanghai')`;
  const sql = `with w as (
      select p.id as point_id, pl.village_code, pl.grid_id, p.seq, to_char(d, 'YYYY-MM-DD') as day,
        ${local('p.window_start_min')} as starts_at, ${local('p.window_end_min')} as ends_at,
        ${local('p.window_end_min + p.grace_minutes')} as grace_until
      from patrol_point p
      join patrol_plan pl on pl.id = p.plan_id
      cross join generate_series(greatest(?::date, p.since_on), ?::date, interval '1 day') d
      where pl.active and ${reach.sql} ${extra.join(' ')}
        and (pl.frequency = 'DAILY' or extract(isodow from d) = p.weekday)
    )
    select w.*, c.first_at,
      case when c.first_at <= w.ends_at then '${PatrolWindowState.ON_TIME}'
        when c.first_at is not null then '${PatrolWindowState.LATE}'
        when ?::timestamptz > w.grace_until then '${PatrolWindowState.MISSED}'
        when ?::timestamptz >= w.starts_at then '${PatrolWindowState.OPEN}'
        else '${PatrolWindowState.UPCOMING}' end as state
    from w left join lateral (
      select min(ci.at) as first_at from patrol_check_in ci
      where ci.point_id = w.point_id and ci.at >= w.starts_at and ci.at <= w.grace_until
    ) c on true`;
  return { sql, params };
}

interface WindowRow {
  point_id: string;
  village_code: string;
  grid_id: string | null;
  day: string;
  starts_at: Date;
  ends_at: Date;
  grace_until: Date;
  first_at: Date | null;
  state: PatrolWindowState;
}

const toWindow = (r: WindowRow): PatrolWindow => ({
  pointId: r.point_id,
  day: r.day,
  startsAt: new Date(r.starts_at),
  endsAt: new Date(r.ends_at),
  graceUntil: new Date(r.grace_until),
  state: r.state,
  checkedInAt: r.first_at ? new Date(r.first_at) : null,
});

function checkRange(from: string, to: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(from)))
    throw patrolInput('from', '开始日期格式应为 YYYY-MM-DD');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to) || Number.isNaN(Date.parse(to)))
    throw patrolInput('to', '结束日期格式应为 YYYY-MM-DD');
  if (from > to) throw patrolInput('to', '结束日期不能早于开始日期');
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 >= MAX_DAYS)
    throw patrolInput('to', `一次最多查询 ${MAX_DAYS} 天`);
}

/** 巡查时段: late and missed windows, and each grid's monthly figures, computed in SQL as of the service's clock. */
export class PatrolWindowService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The caller's points for a day (their grids' and their village's plans), route order. */
  async myDay(day?: string | null): Promise<PatrolWindow[]> {
    const d = day ?? todayInChina(this.now());
    checkRange(d, d);
    const reach = patrolReach(this.principal, Action.PATROL_CHECK_IN);
    return this.run({ from: d, to: d, reach }, 'w.starts_at, w.village_code, w.grid_id, w.seq');
  }

  /** Windows of one plan, or of given points, between two dates (at most two months), oldest first. */
  async windows(args: { planId?: string | null; pointIds?: string[] | null; from: string; to: string }) {
    checkRange(args.from, args.to);
    const reach = patrolReach(this.principal, Action.PATROL_READ);
    if (args.planId != null && !isUuid(args.planId)) return [];
    if (args.pointIds && !args.pointIds.every(isUuid)) return [];
    return this.run(
      { from: args.from, to: args.to, reach, planId: args.planId ?? undefined, pointIds: args.pointIds ?? undefined },
      'w.day, w.seq',
    );
  }

  private async run(q: WindowQuery, order: string): Promise<PatrolWindow[]> {
    const { sql, params } = windowsSql(q, this.now());
    const rows = await this.em.getConnection().execute<WindowRow[]>(`${sql} order by ${order}`, params);
    return rows.map(toWindow);
  }

  /** Each grid's check-ins and late / missed windows of a month (YYYY-MM), one grouped statement. */
  async monthly(month: string, regionCode?: string | null): Promise<PatrolGridFigure[]> {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw patrolInput('month', '月份格式应为 YYYY-MM');
    const reach = patrolReach(this.principal, Action.PATROL_READ, regionCode);
    const first = `${month}-01`;
    const next = new Date(Date.parse(first) + 32 * 86_400_000).toISOString().slice(0, 7) + '-01';
    const last = new Date(Date.parse(next) - 86_400_000).toISOString().slice(0, 10);
    const today = todayInChina(this.now());
    const upTo = last < today ? last : today;
    const ci = planSql(reach, 'ci');
    const w = first <= upTo ? windowsSql({ from: first, to: upTo, reach }, this.now()) : null;
    const windowsPart = w
      ? `select village_code, grid_id, point_id, 0 as check_ins, 1 as windows, state from (${w.sql}) s`
      : 'select null::varchar as village_code, null::uuid as grid_id, null::uuid as point_id, 0, 0, null where false';
    const sql = `with r as (
        ${windowsPart}
        union all
        select ci.village_code, ci.grid_id, null, 1, 0, null from patrol_check_in ci
        where ${ci.sql}
          and ci.at >= (?::date at time zone 'Asia/Shanghai') and ci.at < (?::date at time zone 'Asia/Shanghai')
      )
      select r.village_code, r.grid_id, coalesce(g.name, reg.name, r.village_code) as name,
        sum(r.check_ins)::int as check_ins, sum(r.windows)::int as windows,
        (count(*) filter (where r.state = 'LATE'))::int as late,
        (count(*) filter (where r.state = 'MISSED'))::int as missed,
        (count(distinct r.point_id) filter (where r.state = 'MISSED'))::int as missed_points
      from r left join grid g on g.id = r.grid_id left join region reg on reg.code = r.village_code
      group by r.village_code, r.grid_id, g.name, reg.name
      order by r.village_code, r.grid_id is not null, g.name`;
    const params = [...(w?.params ?? []), ...ci.params, first, next];
    const rows = await this.em.getConnection().execute<
      {
        village_code: string;
        grid_id: string | null;
        name: string;
        check_ins: number;
        windows: number;
        late: number;
        missed: number;
        missed_points: number;
      }[]
    >(sql, params);
    return rows.map((r) => ({
      villageCode: r.village_code,
      gridId: r.grid_id,
      name: r.name,
      checkIns: r.check_ins,
      windows: r.windows,
      late: r.late,
      missed: r.missed,
      missedPoints: r.missed_points,
    }));
  }
}
