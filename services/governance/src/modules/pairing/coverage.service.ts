import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { AGGREGATE_ONLY_ROLES, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, forbidden, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/household.entity.js';
import { HouseholdService } from '../household/household.service.js';
import type { PairingCoverage } from './pairing.types.js';

/** SQL conditions on a household row (by alias): has a current pairing / carries a special-group tag. */
const pairedSql = (a: string): string => `exists (select 1 from pairing pc where pc.household_id = ${a}.id and pc.ended_on is null)`;
const specialSql = (a: string): string => `exists (select 1 from household_tag ht where ht.household_id = ${a}.id and ht.removed_at is null)`;

// fresh fragments per use: MikroORM caches a raw key once serialised
export const isPaired = (): FilterQuery<Household> => ({ [raw((a: string) => pairedSql(a))]: [] });
export const isUnpaired = (): FilterQuery<Household> => ({ [raw((a: string) => `not ${pairedSql(a)}`)]: [] });
export const isSpecial = (): FilterQuery<Household> => ({ [raw((a: string) => specialSql(a))]: [] });
/** Order key putting special-group households (any current tag: 低保、五保、重病重残、空巢、三留守 …) first. */
export const specialFirst = (): Record<string, 'desc'> => ({ [raw((a: string) => specialSql(a))]: 'desc' });

const isAggregateOnly = (p: Principal): boolean => p.roles.some((r) => AGGREGATE_ONLY_ROLES.has(r));

/** 家家党员联、户户见党员: coverage numbers of a region and its unpaired households, special groups first. */
export class CoverageService {
  constructor(private readonly em: EntityManager, private readonly principal: Principal) {}

  /** Households the caller counts: dashboards (aggregates only) count the whole division, people their scope. */
  private async scope(regionCode?: string | null): Promise<FilterQuery<Household>> {
    if (isAggregateOnly(this.principal)) return { villageCode: { $like: `${narrowScope(this.principal, regionCode)}%` } };
    return new HouseholdService(this.em, this.principal).scopeFilter(regionCode);
  }

  async coverage(regionCode?: string | null): Promise<PairingCoverage> {
    const code = narrowScope(this.principal, regionCode);
    const scope = await this.scope(code);
    const total = await this.em.count(Household, scope);
    const paired = await this.em.count(Household, { $and: [scope, isPaired()] });
    const specialUnpaired = await this.em.count(Household, { $and: [scope, isUnpaired(), isSpecial()] });
    return {
      regionCode: code, totalHouseholds: total, pairedHouseholds: paired, unpairedHouseholds: total - paired,
      specialUnpaired, ratio: total ? paired / total : 0,
    };
  }

  /** Households without a current pairing, special-group households first, then by village and address. */
  async unpaired(regionCode: string, page: { first?: number; after?: string | null }): Promise<Connection<Household>> {
    if (isAggregateOnly(this.principal)) throw forbidden('数据接口只能查看统计数，不能查看农户名单');
    const { limit, offset } = decodePage(page);
    const [rows, total] = await this.em.findAndCount(Household, { $and: [await this.scope(regionCode), isUnpaired()] }, {
      orderBy: [specialFirst(), { villageCode: 'asc' }, { address: 'asc' }, { id: 'asc' }], limit, offset,
    });
    return toConnection(rows, total, offset);
  }
}
