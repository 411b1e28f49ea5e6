import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { Action, can, narrowScope, type Principal } from '@xiangzhi/auth';
import { decodePage, toConnection, type Connection } from '@xiangzhi/subgraph-kit';
import { Household } from '../household/index.js';
import { HouseholdService } from '../household/index.js';
import { maySeePersonalData } from '../audit/index.js';
import { requireAction } from '../territory/index.js';
import type { PairingCoverage } from './pairing.types.js';

/** SQL conditions on a household row (by alias): has a current pairing / carries a special-group tag. */
const pairedSql = (a: string): string =>
  `exists (select 1 from pairing pc where pc.household_id = ${a}.id and pc.ended_on is null)`;
const specialSql = (a: string): string =>
  `exists (select 1 from household_tag ht where ht.household_id = ${a}.id and ht.removed_at is null)`;

// fresh fragments per use: MikroORM caches a raw key once serialised
export const isPaired = (): FilterQuery<Household> => ({ [raw((a: string) => pairedSql(a))]: [] });
export const isUnpaired = (): FilterQuery<Household> => ({ [raw((a: string) => `not ${pairedSql(a)}`)]: [] });
export const isSpecial = (): FilterQuery<Household> => ({ [raw((a: string) => specialSql(a))]: [] });
/** Order key putting special-group households (any current tag: 低保、五保、重病重残、空巢、三留守 …) first. */
export const specialFirst = (): Record<string, 'desc'> => ({ [raw((a: string) => specialSql(a))]: 'desc' });

/**
 * 家家党员联、户户见党员: coverage numbers of a region and its unpaired households, special groups
 * first. Who is in a special group is personal data: callers without PERSONAL_DATA_READ (county
 * departments, dashboards) get no special-group count (null) and the unpaired list in address
 * order, so neither the count nor the order ties a tag to a household.
 */
export class CoverageService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
  ) {}

  /**
   * Households the caller counts: those who read the register their scope, dashboards (aggregates only) the whole
   * division.
   */
  private async scope(regionCode?: string | null): Promise<FilterQuery<Household>> {
    requireAction(this.principal, Action.AGGREGATE_READ);
    if (can(this.principal, Action.REGISTER_READ))
      return new HouseholdService(this.em, this.principal).scopeFilter(regionCode);
    return { villageCode: { $like: `${narrowScope(this.principal, regionCode)}%` } };
  }

  async coverage(regionCode?: string | null): Promise<PairingCoverage> {
    const code = narrowScope(this.principal, regionCode);
    const scope = await this.scope(code);
    const total = await this.em.count(Household, scope);
    const paired = await this.em.count(Household, { $and: [scope, isPaired()] });
    const specialUnpaired = maySeePersonalData(this.principal)
      ? await this.em.count(Household, { $and: [scope, isUnpaired(), isSpecial()] })
      : null;
    return {
      regionCode: code,
      totalHouseholds: total,
      pairedHouseholds: paired,
      unpairedHouseholds: total - paired,
      specialUnpaired,
      ratio: total ? paired / total : 0,
    };
  }

  /**
   * Households without a current pairing, special-group households first (for those who may see the tags), then by
   * village and address.
   */
  async unpaired(regionCode: string, page: { first?: number; after?: string | null }): Promise<Connection<Household>> {
    requireAction(this.principal, Action.REGISTER_READ, '数据接口只能查看统计数，不能查看农户名单');
    const { limit, offset } = decodePage(page);
    const first = maySeePersonalData(this.principal) ? [specialFirst()] : [];
    const [rows, total] = await this.em.findAndCount(
      Household,
      { $and: [await this.scope(regionCode), isUnpaired()] },
      {
        orderBy: [...first, { villageCode: 'asc' }, { address: 'asc' }, { id: 'asc' }],
        limit,
        offset,
      },
    );
    return toConnection(rows, total, offset);
  }
}
