import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInChina } from '@xiangzhi/subgraph-kit';
import { bornOnOrBefore } from '../src/modules/policy/index.js';
import { householdId } from './fixture.js';

/*
 * Facts added to 石门村 (VILLAGE_A1) of the shared fixture for the policy rules; every household already has two
 * members born 1960-03-01 and 1962-07-15 (aged 60–66 for years to come).
 *   h0: 低保 (DIBAO), income below 10k, a third member aged 86            → 3 members
 *   h1: 空巢老人户, income 10–30k                                          → 2 members
 *   h2: 重病重残户, a child aged 11                                        → 3 members
 *   h3: income below 10k, a 留守儿童 tag that was removed
 *   h4: a member who turns 80 today                                        → 3 members
 *   h5: a member who turns 80 tomorrow (79 today)                          → 3 members
 *   h6, h7: nothing more
 */
export const A1 = (n: number): string => householdId(0, n);

const rid = (n: number): string => `0190e000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** The day after `date` (YYYY-MM-DD). */
const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export async function addPolicyFacts(em: EntityManager): Promise<void> {
  const today = todayInChina();
  const extra: [number, string][] = [
    [0, '1940-01-01'],
    [2, bornOnOrBefore(today, 11)],
    [4, bornOnOrBefore(today, 80)],
    [5, nextDay(bornOnOrBefore(today, 80))],
  ];
  for (const [n, born] of extra)
    await em.execute(
      `insert into resident (id, household_id, name, relation, sex, birth_date, version) values (?, ?, ?, '其他', 'FEMALE', ?, 1)`,
      [rid(n), A1(n), `成员${n}`, born],
    );
  await em.execute(
    `update household h set member_count = (select count(*) from resident r where r.household_id = h.id)`,
  );
  await em.execute(`update household set income_band = 'BELOW_10K' where id in (?, ?)`, [A1(0), A1(3)]);
  await em.execute(`update household set income_band = 'FROM_10K_TO_30K' where id = ?`, [A1(1)]);
  const tag = (n: number, t: string, removed = false) =>
    em.execute(
      `insert into household_tag (id, household_id, tag, set_by, set_at, removed_at, version)
       values (gen_random_uuid(), ?, ?, 'test', now(), ${removed ? 'now()' : 'null'}, 1)`,
      [A1(n), t],
    );
  await tag(0, 'DIBAO');
  await tag(1, 'EMPTY_NEST_ELDERLY');
  await tag(2, 'SERIOUS_ILLNESS_DISABILITY');
  await tag(3, 'LEFT_BEHIND_CHILD', true);
}
