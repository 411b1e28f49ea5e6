import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { Role, hasRole, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, toConnection, badInput, type Connection } from '@xiangzhi/subgraph-kit';
import { Household } from './household.entity.js';
import { Pairing } from '../cadre/pairing.entity.js';
import { Cadre } from '../cadre/cadre.entity.js';

export interface HouseholdQuery { regionCode?: string | null; search?: string | null; first?: number; after?: string | null }

// Roles that see every household of their division; grid leaders and cadres see their grids and pairs.
const DIVISION_WIDE: Role[] = [
  Role.COUNTY_ADMIN, Role.COUNTY_DEPARTMENT, Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_LEADER,
  Role.VILLAGE_SECRETARY, Role.VILLAGE_COMMITTEE, Role.AUDITOR,
];

export class HouseholdService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  /** The filter every household read goes through: division prefix, then grid / pairing for cadres. */
  async scopeFilter(regionCode?: string | null): Promise<FilterQuery<Household>> {
    const prefix = narrowScope(this.principal, regionCode);
    const base: FilterQuery<Household> = { villageCode: { $like: `${prefix}%` } };
    if (hasRole(this.principal, ...DIVISION_WIDE)) return base;
    const own: FilterQuery<Household>[] = [];
    if (this.principal.gridIds.length) own.push({ grid: { $in: this.principal.gridIds } });
    if (this.principal.cadreId) {
      const pairs = await this.em.find(Pairing, { cadre: this.principal.cadreId, endedOn: null }, { fields: ['household'] });
      own.push({ id: { $in: pairs.map((p) => p.household.id) } });
    }
    return { $and: [base, own.length ? { $or: own } : { id: null }] };
  }

  async list(q: HouseholdQuery): Promise<Connection<Household>> {
    const { limit, offset } = decodePage(q);
    const where: FilterQuery<Household>[] = [await this.scopeFilter(q.regionCode)];
    const search = q.search?.trim();
    if (search) {
      if (search.length > 50) throw badInput('search', '搜索内容不能超过 50 个字');
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push({ $or: [{ headName: { $ilike: like } }, { address: { $ilike: like } }] });
    }
    const [rows, total] = await this.em.findAndCount(Household, { $and: where }, {
      orderBy: [{ villageCode: 'asc' }, { address: 'asc' }, { id: 'asc' }], limit, offset,
    });
    return toConnection(rows, total, offset);
  }

  async get(id: string): Promise<Household | null> {
    return this.em.findOne(Household, { $and: [{ id }, await this.scopeFilter()] });
  }

  /** Visible households among `ids`, one statement (federation references). */
  async getMany(ids: readonly string[]): Promise<Map<string, Household>> {
    const rows = await this.em.find(Household, { $and: [{ id: { $in: [...ids] } }, await this.scopeFilter()] });
    return new Map(rows.map((h) => [h.id, h]));
  }

  /** Current paired cadres of many households, one statement. */
  async pairedCadres(householdIds: readonly string[]): Promise<Map<string, Cadre[]>> {
    const pairings = await this.em.find(Pairing, { household: { $in: [...householdIds] }, endedOn: null }, { populate: ['cadre'], orderBy: { startedOn: 'asc' } });
    const out = new Map<string, Cadre[]>();
    for (const p of pairings) {
      const list = out.get(p.household.id) ?? [];
      list.push(p.cadre);
      out.set(p.household.id, list);
    }
    return out;
  }
}
