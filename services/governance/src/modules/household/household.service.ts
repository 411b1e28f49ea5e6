import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Action, can, narrowScope, scopeOf, type Principal } from '@xiangzhi/auth';
import {
  decodePage,
  toConnection,
  forbidden,
  requirePrincipal,
  groupBy,
  type Connection,
  isUuid,
} from '@xiangzhi/subgraph-kit';
import { householdInput } from './household.errors.js';
import { Household } from './household.entity.js';
import { pairedWith, where } from './household.filters.js';
import { Resident } from './resident.entity.js';
import { HouseholdTag, HouseholdTagKind, SENSITIVE_TAGS } from './household-tag.entity.js';
import { maySeePersonalData } from '../audit/index.js';
import { PHONE_MESSAGE, normalisePhone } from '../../pii/phone.js';
import { ID_CARD_MESSAGES, parseIdCard } from '../../pii/id-card.js';
import { refusal, requireAction } from '../territory/index.js';
import { HouseholdLookup, checkLookup, type LookupRequest } from './household-lookup.js';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import type { GovernanceContext } from '../../context.js';

export interface HouseholdQuery {
  regionCode?: string | null;
  search?: string | null;
  gridId?: string | null;
  tag?: HouseholdTagKind | null;
  idCardNo?: string | null;
  phone?: string | null;
  /** Why an exact lookup by ID number or phone is made (2–200 characters); the lookup is audited. */
  lookupReason?: string | null;
  unpaired?: boolean | null;
  /** Only the caller's own pairs (我的农户). */
  mine?: boolean | null;
  first?: number;
  after?: string | null;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class HouseholdService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto?: FieldCrypto,
  ) {}

  /**
   * The filter every household read goes through, by the caller's scope for `action` (the
   * permission table): the division prefix; then the own grids, and for OWN the paired households
   * too. A caller without the permission is refused (FORBIDDEN): the 三员, dashboards.
   */
  async scopeFilter(
    regionCode?: string | null,
    action: Action = Action.REGISTER_READ,
  ): Promise<FilterQuery<Household>> {
    const scope = scopeOf(this.principal, action);
    if (!scope) throw refusal(this.principal, action);
    const prefix = narrowScope(this.principal, regionCode);
    const base: FilterQuery<Household> = { villageCode: { $like: `${prefix}%` } };
    if (scope === 'JURISDICTION' || scope === 'GLOBAL') return base;
    const own: FilterQuery<Household>[] = [];
    if (this.principal.gridIds.length) own.push({ grid: { $in: this.principal.gridIds } });
    if (scope === 'OWN' && this.principal.cadreId) own.push(pairedWith(this.principal.cadreId));
    return { $and: [base, own.length ? { $or: own } : { id: null }] };
  }

  /**
   * Households in scope matching every filter given, a page at a time, with the total. An exact
   * lookup by ID number or phone is an unmask: see household-lookup.ts.
   */
  async list(q: HouseholdQuery): Promise<Connection<Household>> {
    requireAction(this.principal, Action.REGISTER_READ);
    const { limit, offset } = decodePage(q);
    const lookup = this.lookupRequest(q);
    const filters: FilterQuery<Household>[] = [await this.scopeFilter(q.regionCode), ...this.conditions(q)];
    if (lookup) {
      const divisionCode = narrowScope(this.principal, q.regionCode);
      const [rows, total] = await new HouseholdLookup(this.em, this.principal).run(lookup, filters, divisionCode, {
        limit,
        offset,
      });
      return toConnection(rows, total, offset);
    }
    const [rows, total] = await this.em.findAndCount(
      Household,
      { $and: filters },
      {
        orderBy: [{ villageCode: 'asc' }, { addressSortKey: 'asc' }, { id: 'asc' }],
        limit,
        offset,
      },
    );
    return toConnection(rows, total, offset);
  }

  private conditions(q: HouseholdQuery): FilterQuery<Household>[] {
    const out: FilterQuery<Household>[] = [];
    const search = q.search?.trim();
    if (search) {
      if (search.length > 50) throw householdInput('search', '搜索内容不能超过 50 个字');
      const like = `%${escapeLike(search)}%`;
      // pinyin initials (wjg) match from the start of a name, what people type on a phone
      const initials = /^[a-z]+$/i.test(search) ? `${search.toLowerCase()}%` : null;
      out.push(
        where(
          `({h}.head_name ilike ? or {h}.address ilike ?${initials ? ' or {h}.head_name_initials like ?' : ''}
          or exists (select 1 from resident r where r.household_id = {h}.id and (r.name ilike ?${initials ? ' or r.name_initials like ?' : ''})))`,
          initials ? [like, like, initials, like, initials] : [like, like, like],
        ),
      );
    }
    if (q.gridId) {
      if (!isUuid(q.gridId)) throw householdInput('gridId', '网格编号格式不正确');
      out.push(
        where(
          '{h}.grid_id in (select g.id from grid g where g.id = ? or g.parent_id = ? or g.parent_id in (select p.id from grid p where p.parent_id = ?))',
          [q.gridId, q.gridId, q.gridId],
        ),
      );
    }
    if (q.tag) {
      if (SENSITIVE_TAGS.has(q.tag) && !maySeePersonalData(this.principal))
        throw forbidden('您无权按该特殊群体标签筛选');
      out.push(
        where(
          'exists (select 1 from household_tag t where t.household_id = {h}.id and t.tag = ? and t.removed_at is null)',
          [q.tag],
        ),
      );
    }
    if (q.unpaired != null) {
      out.push(
        where(
          `${q.unpaired ? 'not ' : ''}exists (select 1 from pairing p where p.household_id = {h}.id and p.ended_on is null)`,
        ),
      );
    }
    // 我的农户: the caller's own pairs; an account with no cadre record has none
    if (q.mine) out.push(this.principal.cadreId ? pairedWith(this.principal.cadreId) : { id: null });
    return out;
  }

  /** The exact lookup asked for, checked (permission, reason, format), or null when none is. */
  private lookupRequest(q: HouseholdQuery): LookupRequest | null {
    const asks = { idCard: !!q.idCardNo?.trim(), phone: !!q.phone?.trim() };
    if (!asks.idCard && !asks.phone) return null;
    const reason = checkLookup(this.principal, asks, q.lookupReason);
    if (!this.crypto) throw new Error('HouseholdService needs the field crypto for exact lookups');
    const crypto = this.crypto;
    const req: LookupRequest = { reason };
    if (asks.idCard) {
      const id = parseIdCard(q.idCardNo!);
      if (typeof id === 'string') throw householdInput('idCardNo', `${ID_CARD_MESSAGES[id]}，无法查找`);
      req.idCard = { index: crypto.blindIndex(id.normalised), normalised: id.normalised };
    }
    if (asks.phone) {
      const phone = normalisePhone(q.phone!);
      if (!phone) throw householdInput('phone', PHONE_MESSAGE);
      req.phone = { index: crypto.blindIndex(phone), normalised: phone };
    }
    return req;
  }

  async get(id: string): Promise<Household | null> {
    requireAction(this.principal, Action.REGISTER_READ);
    if (!isUuid(id)) return null;
    return this.em.findOne(Household, { $and: [{ id }, await this.scopeFilter()] });
  }

  /** Visible households among `ids`, one statement (federation references). */
  async getMany(ids: readonly string[]): Promise<Map<string, Household>> {
    const valid = ids.filter(isUuid);
    if (!valid.length || !can(this.principal, Action.REGISTER_READ)) return new Map();
    const rows = await this.em.find(Household, { $and: [{ id: { $in: valid } }, await this.scopeFilter()] });
    return new Map(rows.map((h) => [h.id, h]));
  }

  /** Residents of many households, head first then in register order, one statement. */
  async residentsOf(householdIds: readonly string[]): Promise<Map<string, Resident[]>> {
    const rows = await this.em.find(
      Resident,
      { household: { $in: [...householdIds] } },
      {
        orderBy: [{ isHead: 'desc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      },
    );
    return groupBy(
      rows,
      (r) => r.household.id,
      (r) => r,
    );
  }

  /**
   * Tags in force on many households, one statement. Sensitive tags (低保, 重病重残 …) only for
   * callers who may see personal data.
   */
  async activeTags(householdIds: readonly string[]): Promise<Map<string, HouseholdTag[]>> {
    const sensitive = maySeePersonalData(this.principal);
    const rows = await this.em.find(
      HouseholdTag,
      {
        household: { $in: [...householdIds] },
        removedAt: null,
        ...(sensitive ? {} : { tag: { $nin: [...SENSITIVE_TAGS] } }),
      },
      { orderBy: [{ setAt: 'asc' }, { id: 'asc' }] },
    );
    return groupBy(
      rows,
      (t) => t.household.id,
      (t) => t,
    );
  }
}

/** The one place a request's HouseholdService is built (resolvers of every module use it). */
export const householdService = (ctx: GovernanceContext): HouseholdService =>
  new HouseholdService(ctx.em, requirePrincipal(ctx), ctx.crypto);
