import type { EntityManager, QBFilterQuery } from '@mikro-orm/postgresql';
import { Action, can, inLine, narrowScope, type Principal } from '@xiangzhi/auth';
import {
  entityNotFound,
  decodePage,
  toConnection,
  type Connection,
  isUuid,
  todayInChina,
} from '@xiangzhi/subgraph-kit';
import { requireAction } from '../territory/index.js';
import { Household } from '../household/index.js';
import { Cadre } from '../cadre/index.js';
import { SETTING_DEFINITIONS } from '../settings/index.js';
import type { HouseholdScope } from '../household/index.js';
import { parsePeriod, type Period } from './period.js';
import { VisitCoverageGroupBy } from './dto/visit.args.js';
import type { VisitCoverageRow } from './visit-coverage-row.js';
import { visitInput } from './visit.errors.js';

interface Sql {
  sql: string;
  params: unknown[];
}

// the frequency in force for a village: its own setting, else its township's, else its county's
const frequency = (key: string): string => `(select s.value #>> '{}' from setting s where s.key = '${key}'
    and s.division_code in (r.code, left(r.code, 9), left(r.code, 6)) order by length(s.division_code) desc limit 1)`;

const GROUPS: Record<VisitCoverageGroupBy, { key: string; name: string; join: string; group: string; order: string }> =
  {
    CADRE: {
      key: 'm.cadre_id::text',
      name: 'c.name',
      join: 'join cadre c on c.id = m.cadre_id',
      group: 'm.cadre_id, c.name, c.division_code',
      order: 'c.division_code, c.name, m.cadre_id',
    },
    GRID: {
      key: "coalesce(m.grid_id::text, '')",
      name: "coalesce(g.name, '未划入网格')",
      join: 'left join grid g on g.id = m.grid_id',
      group: 'm.grid_id, g.name, g.division_code',
      order: 'g.division_code nulls last, g.name, m.grid_id',
    },
    VILLAGE: {
      key: 'm.village_code',
      name: 'coalesce(r.name, m.village_code)',
      join: 'left join region r on r.code = m.village_code',
      group: 'm.village_code, r.name',
      order: 'm.village_code',
    },
    TOWNSHIP: {
      key: 'left(m.village_code, 9)',
      name: 'coalesce(r.name, left(m.village_code, 9))',
      join: 'left join region r on r.code = left(m.village_code, 9)',
      group: 'left(m.village_code, 9), r.name',
      order: '1',
    },
  };

/**
 * 走访覆盖率. For each pairing in force during the period, the household counts as visited when
 * that cadre visited it within the cadre's duty window: the period itself, or — for a cadre whose
 * frequency setting is QUARTERLY (liaison leaders by default) looking at a month — the quarter
 * up to the end of that month. A quarter counts a household visited once in the quarter.
 * Rows count distinct households; one SQL statement per query (plus the register's own scope lookup).
 */
export class VisitCoverageService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly scope: HouseholdScope,
  ) {}

  async coverage(
    regionCode: string | null | undefined,
    rawPeriod: string,
    groupBy: VisitCoverageGroupBy,
  ): Promise<VisitCoverageRow[]> {
    const marked = await this.marked(regionCode, rawPeriod, null);
    const g = GROUPS[groupBy];
    const rows = await this.em
      .getConnection()
      .execute<{ key: string; name: string; paired: string; visited: string }[]>(
        `${marked.sql}
       select ${g.key} as key, ${g.name} as name, count(distinct m.household_id) as paired,
              count(distinct m.household_id) filter (where m.visited) as visited
         from marked m ${g.join} group by ${g.group} order by ${g.order}`,
        marked.params,
      );
    return rows.map((r) => {
      const paired = Number(r.paired);
      const visited = Number(r.visited);
      return {
        key: r.key,
        name: r.name,
        paired,
        visited,
        ratio: paired ? Math.round((visited / paired) * 10000) / 10000 : 0,
      };
    });
  }

  /** Paired households nobody visited as due in the period (of one cadre when given), by village and address. */
  async notVisited(q: {
    regionCode?: string | null;
    period: string;
    cadreId?: string | null;
    first?: number;
    after?: string | null;
  }): Promise<Connection<Household>> {
    const { limit, offset } = decodePage(q);
    // a list of households is personal data: dashboards get the coverage numbers only
    requireAction(this.principal, Action.REGISTER_READ, '数据接口账号只能查看统计数据');
    let cadreId: string | null = null;
    if (q.cadreId) {
      const cadre = isUuid(q.cadreId) ? await this.em.findOne(Cadre, { id: q.cadreId }) : null;
      if (!cadre || !inLine(this.principal, cadre.divisionCode))
        throw entityNotFound('CADRE', 'cadreId', '党员干部不存在');
      cadreId = cadre.id;
    }
    const marked = await this.marked(q.regionCode, q.period, cadreId);
    const [row] = await this.em.getConnection().execute<{ total: string; ids: string[] }[]>(
      `${marked.sql}, missed as (select m.household_id from marked m group by m.household_id having not bool_or(m.visited))
       select (select count(*) from missed) as total,
              array(select h.id::text from missed x join household h on h.id = x.household_id
                     order by h.village_code, h.address, h.id limit ? offset ?) as ids`,
      [...marked.params, limit, offset],
    );
    const ids = row?.ids ?? [];
    const found = ids.length ? await this.em.find(Household, { id: { $in: ids } }) : [];
    const byId = new Map(found.map((h) => [h.id, h]));
    return toConnection(
      ids.map((id) => byId.get(id)).filter((h): h is Household => !!h),
      Number(row?.total ?? 0),
      offset,
    );
  }

  /** The `with … marked as (…)` part: one row per pairing in force, with whether its cadre visited in the window. */
  private async marked(regionCode: string | null | undefined, rawPeriod: string, cadreId: string | null): Promise<Sql> {
    requireAction(this.principal, Action.AGGREGATE_READ);
    if (regionCode != null && !/^\d{6}(\d{3}){0,2}$/.test(regionCode))
      throw visitInput('regionCode', '区划代码应为 6、9 或 12 位数字');
    const period: Period = parsePeriod(rawPeriod);
    if (period.start > todayInChina()) throw visitInput('period', '统计周期尚未开始');
    const prefix = narrowScope(this.principal, regionCode);
    const scope = await this.scopeSql(prefix, regionCode);
    const cadreDefault = SETTING_DEFINITIONS['visit.cadreFrequency'].default;
    const leaderDefault = SETTING_DEFINITIONS['visit.liaisonLeaderFrequency'].default;
    const sql = `with freq as (
        select r.code, ${frequency('visit.cadreFrequency')} as cadre_freq, ${frequency('visit.liaisonLeaderFrequency')} as leader_freq
          from region r where r.level = 'VILLAGE' and r.code like ?
      ), pairs as (
        select p.cadre_id, p.household_id, h.village_code, h.grid_id,
               case when case when c.is_liaison_leader then coalesce(f.leader_freq, ?) else coalesce(f.cadre_freq, ?) end = 'QUARTERLY'
                    then ?::date else ?::date end as win_start
          from pairing p
          join household h on h.id = p.household_id
          join cadre c on c.id = p.cadre_id
          left join freq f on f.code = h.village_code
         where p.started_on <= ?::date and (p.ended_on is null or p.ended_on >= ?::date)
           and h.id in (${scope.sql})${cadreId ? ' and p.cadre_id = ?' : ''}
      ), marked as (
        select pr.cadre_id, pr.household_id, pr.village_code, pr.grid_id,
               exists (select 1 from visit v join visit_cadre vc on vc.visit_id = v.id
                        where v.household_id = pr.household_id and vc.cadre_id = pr.cadre_id
                          and v.visited_on >= pr.win_start and v.visited_on <= ?::date) as visited
          from pairs pr
      )`;
    const params = [
      `${prefix}%`,
      leaderDefault,
      cadreDefault,
      period.quarterStart,
      period.start,
      period.end,
      period.start,
      ...scope.params,
      ...(cadreId ? [cadreId] : []),
      period.end,
    ];
    return { sql, params };
  }

  /** Counts without the register: dashboards (AGGREGATE_READ, no REGISTER_READ). */
  private aggregateOnly(): boolean {
    return !can(this.principal, Action.REGISTER_READ);
  }

  /** The register's household scope as a sub-select; dashboards (aggregates only) count the whole division. */
  private async scopeSql(prefix: string, regionCode: string | null | undefined): Promise<Sql> {
    if (this.aggregateOnly())
      return { sql: 'select hs.id from household hs where hs.village_code like ?', params: [`${prefix}%`] };
    const qb = this.em
      .createQueryBuilder(Household, 'hs')
      .select('hs.id')
      .where((await this.scope(regionCode)) as QBFilterQuery<Household>);
    const { sql, bindings } = qb.toQuery()._sql;
    return { sql, params: [...bindings] };
  }
}
