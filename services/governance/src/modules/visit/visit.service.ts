import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Action, inLine, scopeOf, type Principal } from '@xiangzhi/auth';
import {
  AppError,
  entityNotFound,
  decodePage,
  forbidden,
  toConnection,
  type Connection,
  isCalendarDate,
  isUuid,
  todayInChina,
} from '@xiangzhi/subgraph-kit';
import { Visit } from './visit.entity.js';
import { visitRecorded } from '../../events/governance-events.js';
import { Household } from '../household/index.js';
import { Cadre } from '../cadre/index.js';
import { requireWrite } from '../territory/index.js';
import type { HouseholdScope } from '../household/index.js';
import type { RecordVisitInput } from './dto/record-visit.input.js';
import type { VisitsArgs } from './dto/visit.args.js';
import { visitInput } from './visit.errors.js';

const MAX_TEXT = 2000;
const LEARNED = ['family', 'production', 'living', 'difficulties', 'demands'] as const;
const ORDER = [{ visitedOn: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] as const;

function text(value: string | null | undefined, field: string, label: string): string | null {
  const t = value?.trim() ?? '';
  if (t.length > MAX_TEXT) throw visitInput(field, `${label}不能超过 ${MAX_TEXT} 个字`);
  return t || null;
}

function date(value: string | null | undefined, field: string): string | null {
  if (value == null || value === '') return null;
  if (!isCalendarDate(value)) throw visitInput(field, '日期格式应为 YYYY-MM-DD');
  return value;
}

const householdNotFound = (): AppError => entityNotFound('HOUSEHOLD', 'householdId', '农户不存在或不在您的管辖范围内');

/** 民情日记: visits to households, written by the cadres who made them, scoped like the register. */
export class VisitService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly scope: HouseholdScope,
  ) {}

  async record(input: RecordVisitInput): Promise<Visit> {
    requireWrite(this.principal, Action.VISIT_RECORD);
    const labels = {
      family: '家庭情况',
      production: '生产情况',
      living: '生活情况',
      difficulties: '困难问题',
      demands: '诉求',
    };
    const learned = Object.fromEntries(LEARNED.map((k) => [k, text(input[k], k, labels[k])])) as Record<
      (typeof LEARNED)[number],
      string | null
    >;
    if (LEARNED.every((k) => !learned[k]))
      throw visitInput('family', '请至少填写一项了解到的情况（家庭、生产、生活、困难或诉求）');
    const today = todayInChina();
    const visitedOn = date(input.visitedOn, 'visitedOn') ?? today;
    if (visitedOn > today) throw visitInput('visitedOn', '走访日期不能晚于今天');
    if (visitedOn < '2000-01-01') throw visitInput('visitedOn', '走访日期过早');
    const cadreIds = [
      ...new Set(input.cadreIds?.length ? input.cadreIds : this.principal.cadreId ? [this.principal.cadreId] : []),
    ];
    if (!cadreIds.length) throw visitInput('cadreIds', '请选择参加走访的党员干部');
    if (cadreIds.length > 10) throw visitInput('cadreIds', '一次走访最多记录 10 名党员干部');
    // the office keeping the diary (JURISDICTION) writes up visits of others; cadres (OWN) must be among the visitors
    const forOthers = scopeOf(this.principal, Action.VISIT_RECORD) === 'JURISDICTION';
    if (!forOthers && (!this.principal.cadreId || !cadreIds.includes(this.principal.cadreId))) {
      throw forbidden('只能记录本人参加的走访');
    }
    if (!isUuid(input.householdId)) throw householdNotFound();
    const update = input.updateHousehold;
    const situation = update && {
      productionSituation:
        update.productionSituation == null
          ? undefined
          : text(update.productionSituation, 'updateHousehold.productionSituation', '生产情况'),
      livingSituation:
        update.livingSituation == null
          ? undefined
          : text(update.livingSituation, 'updateHousehold.livingSituation', '生活情况'),
      difficulties:
        update.difficulties == null
          ? undefined
          : text(update.difficulties, 'updateHousehold.difficulties', '困难与诉求'),
    };
    const scope = await this.scope();

    return this.em.transactional(async (tx) => {
      const household = await tx.findOne(Household, { $and: [{ id: input.householdId }, scope] });
      if (!household) throw householdNotFound();
      const cadres = cadreIds.every(isUuid) ? await tx.find(Cadre, { id: { $in: cadreIds } }) : [];
      const fits = (c: Cadre): boolean =>
        inLine(this.principal, c.divisionCode) && inLine({ divisionCode: household.villageCode }, c.divisionCode);
      if (cadres.length !== cadreIds.length || !cadres.every(fits))
        throw entityNotFound('CADRE', 'cadreIds', '党员干部不存在，或不属于该户所在村、乡镇');
      if (update && situation) {
        await tx.lock(household, LockMode.OPTIMISTIC, update.version);
        if (situation.productionSituation !== undefined) household.productionSituation = situation.productionSituation;
        if (situation.livingSituation !== undefined) household.livingSituation = situation.livingSituation;
        if (situation.difficulties !== undefined) household.difficulties = situation.difficulties;
      }
      const visit = tx.create(Visit, {
        household,
        villageCode: household.villageCode,
        gridId: household.grid?.id ?? null,
        visitedOn,
        method: input.method,
        ...learned,
        createdBy: this.principal.username,
      });
      visit.cadres.set(cadres);
      visitRecorded(tx, visit, cadres);
      await tx.flush();
      return visit;
    });
  }

  async list(q: VisitsArgs): Promise<Connection<Visit>> {
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<Visit>[] = [{ household: await this.scope(q.regionCode) }];
    if (q.householdId) where.push({ household: isUuid(q.householdId) ? q.householdId : null });
    if (q.cadreId) where.push(isUuid(q.cadreId) ? { cadres: q.cadreId } : { id: null });
    const from = date(q.from, 'from');
    const to = date(q.to, 'to');
    if (from && to && from > to) throw visitInput('to', '结束日期不能早于开始日期');
    if (from) where.push({ visitedOn: { $gte: from } });
    if (to) where.push({ visitedOn: { $lte: to } });
    const [rows, total] = await this.em.findAndCount(Visit, { $and: where }, { orderBy: [...ORDER], limit, offset });
    return toConnection(rows, total, offset);
  }

  /**
   * A page of visits for each of many households (Household.visits over a list): three statements, whatever the count.
   */
  async pagesOf(
    householdIds: readonly string[],
    page: { first?: number; after?: string | null },
  ): Promise<Map<string, Connection<Visit>>> {
    const { limit, offset } = decodePage(page);
    const conn = this.em.getConnection();
    const ids = [...householdIds];
    const counts = await conn.execute<{ household_id: string; n: string }[]>(
      'select household_id, count(*) as n from visit where household_id in (?) group by household_id',
      [ids],
    );
    const picked = await conn.execute<{ id: string }[]>(
      `select id from (select id, row_number() over (partition by household_id order by visited_on desc, created_at desc, id desc) as rn
         from visit where household_id in (?)) x where rn > ? and rn <= ?`,
      [ids, offset, offset + limit],
    );
    const visits = picked.length
      ? await this.em.find(Visit, { id: { $in: picked.map((r) => r.id) } }, { orderBy: [...ORDER] })
      : [];
    const total = new Map(counts.map((r) => [r.household_id, Number(r.n)]));
    const out = new Map<string, Connection<Visit>>();
    for (const id of ids)
      out.set(
        id,
        toConnection(
          visits.filter((v) => v.household.id === id),
          total.get(id) ?? 0,
          offset,
        ),
      );
    return out;
  }

  /** Cadres of many visits, two statements. */
  async cadresOf(visitIds: readonly string[]): Promise<Map<string, Cadre[]>> {
    const links = await this.em
      .getConnection()
      .execute<{ visit_id: string; cadre_id: string }[]>(
        'select visit_id, cadre_id from visit_cadre where visit_id in (?)',
        [[...visitIds]],
      );
    const cadres = links.length
      ? await this.em.find(
          Cadre,
          { id: { $in: [...new Set(links.map((l) => l.cadre_id))] } },
          { orderBy: { name: 'asc' } },
        )
      : [];
    const byId = new Map(cadres.map((c) => [c.id, c]));
    const out = new Map<string, Cadre[]>();
    for (const l of links) {
      const c = byId.get(l.cadre_id);
      if (c) out.set(l.visit_id, [...(out.get(l.visit_id) ?? []), c]);
    }
    for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    return out;
  }
}
