import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import type { Policy } from './policy.entity.js';
import { compileRule, ruleSql } from './policy-rule.compile.js';
import { parseRule } from './policy-rule.js';

/** What a recomputation changed, in the part of the policy's area the caller manages. */
export interface RecomputeCounts {
  /** Households matching the rule now. */
  matching: number;
  /** Households that became eligible (new, or eligible again). */
  added: number;
  /** Households whose open benefit (eligible, informed, applied) lapsed: the rule no longer matches. */
  lapsed: number;
}

/** True on days the policy is in force: active and within its dates. */
export const inForce = (p: Pick<Policy, 'active' | 'validFrom' | 'validTo'>, today: string): boolean =>
  p.active && (!p.validFrom || p.validFrom <= today) && (!p.validTo || p.validTo >= today);

/**
 * Brings the policy's benefits in line with its rule for the households of `prefix` (a division
 * code), in one statement: matching households without a row become ELIGIBLE, INELIGIBLE rows that
 * match again become ELIGIBLE, open rows that no longer match become INELIGIBLE; each change goes into
 * the history with `by`. Granted and declined rows are history and stay as they are.
 */
export async function recomputeBenefits(
  em: EntityManager,
  policy: Policy,
  prefix: string,
  by: string,
): Promise<RecomputeCounts> {
  const today = todayInChina();
  const rule = compileRule(parseRule(policy.rule), today);
  const live = inForce(policy, today);
  const match = live ? ruleSql(rule, 'h') : 'false';
  const like = `${prefix}%`;
  const rows = await em.execute<{ matching: string; added: string; lapsed: string }[]>(
    `with m as (
       select h.id, h.village_code from household h where h.village_code like ? and ${match}
     ),
     ins as (
       insert into policy_benefit (id, created_at, updated_at, version, policy_id, household_id, village_code,
                                   status, status_since, updated_by)
       select gen_random_uuid(), now(), now(), 1, ?, m.id, m.village_code, 'ELIGIBLE', now(), ? from m
       on conflict (policy_id, household_id) do nothing
       returning id
     ),
     back as (
       update policy_benefit b set status = 'ELIGIBLE', status_since = now(), updated_by = ?,
         version = b.version + 1, updated_at = now()
       where b.policy_id = ? and b.status = 'INELIGIBLE' and b.household_id in (select id from m)
       returning b.id
     ),
     gone as (
       update policy_benefit b set status = 'INELIGIBLE', status_since = now(), updated_by = ?,
         version = b.version + 1, updated_at = now()
       from policy_benefit o
       where o.id = b.id and b.policy_id = ? and b.village_code like ?
         and b.status in ('ELIGIBLE', 'INFORMED', 'APPLIED') and b.household_id not in (select id from m)
       returning b.id, o.status as from_status
     ),
     history as (
       insert into policy_benefit_change (id, created_at, updated_at, version, benefit_id, from_status, to_status,
                                          changed_by, changed_at, note)
       select gen_random_uuid(), now(), now(), 1, c.id, c.from_status, c.to_status, ?, now(), '按享受条件测算'
       from (select id, null::text as from_status, 'ELIGIBLE' as to_status from ins
             union all select id, 'INELIGIBLE', 'ELIGIBLE' from back
             union all select id, from_status::text, 'INELIGIBLE' from gone) c
       returning to_status
     )
     select (select count(*) from m) as matching,
            (select count(*) from history where to_status = 'ELIGIBLE') as added,
            (select count(*) from history where to_status = 'INELIGIBLE') as lapsed`,
    [like, ...(live ? rule.params : []), policy.id, by, by, policy.id, by, policy.id, like, by],
  );
  const r = rows[0]!;
  return { matching: Number(r.matching), added: Number(r.added), lapsed: Number(r.lapsed) };
}
