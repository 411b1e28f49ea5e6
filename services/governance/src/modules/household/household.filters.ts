import { raw, type FilterQuery } from '@mikro-orm/core';
import type { Household } from './household.entity.js';

/** A raw SQL condition on the household row (`{h}` stands for its alias), usable inside a filter. */
export const where = (sql: string, params: unknown[] = []): FilterQuery<Household> =>
  ({ [raw((alias: string) => sql.replaceAll('{h}', alias), params)]: [] }) as FilterQuery<Household>;

/**
 * Households the cadre is paired with now. The register's OWN scope rests on the pairing table; the
 * pairing module sits above this one, so the condition names the table, not its entity.
 */
export const pairedWith = (cadreId: string): FilterQuery<Household> =>
  where('exists (select 1 from pairing p where p.household_id = {h}.id and p.cadre_id = ? and p.ended_on is null)', [
    cadreId,
  ]);
