import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, can, scopeOf, type Principal } from '@xiangzhi/auth';
import { charCount, decodePage, groupBy, isUuid, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Case } from './case.entity.js';
import { CaseLink, CaseTimelineEntry } from './case-timeline.entity.js';
import { CaseFlag, CaseLevel, CaseSource, CaseStatus } from './case.enums.js';
import { caseInput } from './case.errors.js';
import { closedLast, reddestFirst, readScope, sqlWhere } from './case-support.js';
import type { CaseFilter, SimilarCasesArgs } from './dto/case.args.js';

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The stalled-days setting in force for the case's village (own, township's, county's, else the default). */
const STALLED_DAYS = `coalesce((select (s.value #>> '{}')::int from setting s where s.key = 'case.stalledDays'
  and s.division_code in ({c}.village_code, left({c}.village_code, 9), left({c}.village_code, 6))
  order by length(s.division_code) desc limit 1), 10)`;

/** 推、拖、绕 as SQL on the case row, so a flag filters the ledger in the database. */
export const FLAG_SQL: Readonly<Record<CaseFlag, string>> = {
  [CaseFlag.OVERDUE]: `({c}.status <> 'CLOSED' and ({c}.alert = 'RED' or {c}.red_at < now()))`,
  [CaseFlag.BOUNCED]: `({c}.return_count + {c}.escalation_count > 1)`,
  [CaseFlag.STALLED]: `({c}.status <> 'CLOSED'
    and {c}.last_activity_at < now() - make_interval(days => ${STALLED_DAYS}))`,
};

/** Waiting on the office at its level: a decision to accept, return, close or reopen. */
const OFFICE_WAITS = [
  CaseStatus.REPORTED,
  CaseStatus.ESCALATED,
  CaseStatus.RETURNED,
  CaseStatus.ACCEPTED,
  CaseStatus.CONFIRMED,
];
/** Waiting on the responsible cadre: the work itself, and the villager's feedback to record. */
const WORKER_WAITS = [CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS, CaseStatus.SUSPENDED, CaseStatus.RESOLVED];

/** Reads of the ledger, scoped in SQL; every per-case field of a list is batched (no statement per row). */
export class CaseQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  async get(id: string): Promise<Case | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Case, { $and: [{ id }, readScope(this.principal)] });
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Case>> {
    const rows = await this.em.find(Case, { $and: [{ id: { $in: ids.filter(isUuid) } }, readScope(this.principal)] });
    return new Map(rows.map((c) => [c.id, c]));
  }

  async list(filter: CaseFilter | null | undefined, page: { first?: number; after?: string | null }) {
    const f = filter ?? {};
    const where: FilterQuery<Case>[] = [readScope(this.principal, f.divisionCode)];
    if (f.statuses?.length) where.push({ status: { $in: f.statuses } });
    if (f.open) where.push({ status: { $ne: CaseStatus.CLOSED } });
    if (f.level) where.push({ level: f.level });
    if (f.kind) where.push({ kind: f.kind });
    if (f.domain) where.push({ domain: f.domain });
    if (f.source) where.push({ source: f.source });
    if (f.alert) where.push({ alert: f.alert });
    if (f.flag) where.push(sqlWhere(FLAG_SQL[f.flag]));
    if (f.householdId) where.push(isUuid(f.householdId) ? { household: f.householdId } : { id: null });
    if (f.responsibleCadreId)
      where.push(isUuid(f.responsibleCadreId) ? { responsible: f.responsibleCadreId } : { id: null });
    const search = f.search?.trim();
    if (search) {
      if (charCount(search) > 50) throw caseInput('search', '搜索内容不能超过 50 个字');
      const like = `%${escapeLike(search)}%`;
      where.push({ $or: [{ code: { $ilike: like } }, { title: { $ilike: like } }, { place: { $ilike: like } }] });
    }
    return this.page({ $and: where }, page);
  }

  /** 我的待办: what waits on the caller's action, reddest then oldest first. */
  async myQueue(page: { first?: number; after?: string | null }): Promise<Connection<Case>> {
    const p = this.principal;
    const waits: FilterQuery<Case>[] = [];
    if (p.cadreId) waits.push({ responsible: p.cadreId, status: { $in: WORKER_WAITS } });
    const handle = scopeOf(p, Action.CASE_HANDLE);
    if (handle === 'JURISDICTION' || handle === 'GLOBAL') {
      waits.push({ divisionCode: p.divisionCode, status: { $in: OFFICE_WAITS } });
    } else if (handle && p.gridIds.length) {
      waits.push({ level: CaseLevel.GRID, grid: { $in: p.gridIds }, status: { $in: OFFICE_WAITS } });
    }
    if (can(p, Action.CASE_EXTENSION_APPROVE)) {
      waits.push({ divisionCode: p.divisionCode, extensionRequestDays: { $ne: null } });
    }
    if (!waits.length) return toConnection([], 0, 0);
    return this.page({ $and: [readScope(p), { $or: waits }] }, page);
  }

  private async page(where: FilterQuery<Case>, page: { first?: number; after?: string | null }) {
    const { limit, offset } = decodePage(page);
    const [rows, total] = await this.em.findAndCount(Case, where, { orderBy: [...reddestFirst()], limit, offset });
    return toConnection(rows, total, offset);
  }

  /** 查重: open cases of the same household (or place in the village) sharing words with the text, at most 5. */
  async similar(args: SimilarCasesArgs): Promise<Case[]> {
    const text = args.text.trim();
    if (!text) throw caseInput('text', '请填写事项内容');
    if (charCount(text) > 2100) throw caseInput('text', '事项内容过长');
    const where: FilterQuery<Case>[] = [readScope(this.principal), { status: { $ne: CaseStatus.CLOSED } }];
    const place = args.place?.trim();
    if (args.householdId) {
      if (!isUuid(args.householdId)) return [];
      where.push({ household: args.householdId });
    } else if (place && args.villageCode) {
      if (charCount(place) > 200) throw caseInput('place', '地点不能超过 200 个字');
      where.push({ villageCode: args.villageCode, place: { $ilike: `%${escapeLike(place)}%` } });
    } else return [];
    const grams = bigrams(text);
    if (!grams.length) return [];
    const shared = `(select count(*) from jsonb_array_elements_text(?::jsonb) g
      where strpos({c}.title || ' ' || {c}.description, g) > 0)`;
    // at least a fifth of the text's bigrams (two at least) found in the case: the same matter in other words
    const need = Math.max(2, Math.ceil(grams.length / 5));
    where.push(sqlWhere(`${shared} >= ?`, [JSON.stringify(grams), need]));
    return this.em.find(Case, { $and: where }, { orderBy: [{ raisedAt: 'desc' }], limit: 5 });
  }

  /** The timelines of many cases, oldest entry first: one statement. */
  async timelines(caseIds: readonly string[]): Promise<Map<string, CaseTimelineEntry[]>> {
    const rows = await this.em.find(
      CaseTimelineEntry,
      { case: { $in: [...caseIds] } },
      { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    );
    return groupBy(
      rows,
      (e) => e.case.id,
      (e) => e,
    );
  }

  /** Who else acted on each case (names from the timeline, the caller left out): one statement. */
  async participants(caseIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.em.getConnection().execute<{ case_id: string; names: string[] }[]>(
      `select case_id, array_agg(actor_name order by first_at) as names from (
         select case_id, actor_name, min(at) as first_at from case_timeline_entry
         where case_id in (${caseIds.map(() => '?').join(', ')}) and actor_name is not null
           and actor_account_id is distinct from ?::uuid
         group by case_id, actor_name) t group by case_id`,
      [...caseIds, this.principal.accountId],
    );
    return new Map(rows.map((r) => [r.case_id, r.names]));
  }

  /** Cases linked to each source record (a visit's, a patrol check-in's): one statement. */
  async linkedTo(source: CaseSource, sourceIds: readonly string[]): Promise<Map<string, Case[]>> {
    const links = await this.em.find(
      CaseLink,
      { source, sourceId: { $in: [...sourceIds] }, case: readScope(this.principal) },
      { populate: ['case'], orderBy: [{ linkedAt: 'asc' }] },
    );
    return groupBy(
      links,
      (l) => l.sourceId,
      (l) => l.case,
    );
  }

  /** Each household's cases, open first, then the newest: one statement. */
  async ofHouseholds(householdIds: readonly string[]): Promise<Map<string, Case[]>> {
    const rows = await this.em.find(
      Case,
      { $and: [{ household: { $in: [...householdIds] } }, readScope(this.principal)] },
      {
        orderBy: [...closedLast(), { raisedAt: 'desc' }],
      },
    );
    return groupBy(
      rows,
      (c) => c.household!.id,
      (c) => c,
    );
  }
}

/** The distinct pairs of neighbouring letters of a text (Chinese words are mostly two characters). */
export function bigrams(text: string): string[] {
  const chars = [...text.replace(/[\s\p{P}\p{S}]+/gu, ' ')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    if (!g.includes(' ')) out.add(g.toLowerCase());
  }
  return [...out].slice(0, 200);
}
