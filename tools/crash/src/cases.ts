import type pg from 'pg';
import type { SignedClient } from './graphql.js';
import { RetryingWorkload, idempotent } from './workload.js';

/** The codes of the seeded cases (case_record.code, ≤ 20 characters). */
export const CASE_CODE_PREFIX = 'CRASH-';

/**
 * `count` cases of `villageCode`, each one step before close-out (CONFIRMED: resolved, rated satisfied,
 * version 1, handled by the village), written straight into governance's database: the steps before
 * are not what the test is about. Each row is a copy of an existing case with the workflow's columns
 * set, so columns other helpers add keep their defaults. The responsible cadres take turns.
 */
export async function seedConfirmedCases(
  gov: pg.Pool,
  villageCode: string,
  cadreIds: string[],
  count: number,
): Promise<string[]> {
  const { rows } = await gov.query<{ id: string }>(
    `insert into case_record
     select (jsonb_populate_record(null::case_record, to_jsonb(t) || jsonb_build_object(
       'id', gen_random_uuid(), 'code', $2::text || lpad(g::text, 6, '0'), 'title', '压测销号事项 ' || g,
       'village_code', $1::text, 'division_code', $1::text, 'level', 'VILLAGE', 'origin_level', 'VILLAGE', 'grid_id', null,
       'household_id', null, 'status', 'CONFIRMED', 'responsible_id', ($3::uuid[])[1 + g % cardinality($3::uuid[])],
       'raised_at', now() - interval '3 days', 'last_activity_at', now(), 'resolved_at', now() - interval '1 day',
       'close_type', 'RESOLVED', 'result', '已办结（压测）', 'satisfaction', 'SATISFIED', 'feedback', '满意',
       'closed_at', null, 'objection_until', null, 'stage', null, 'stage_started_at', null, 'yellow_at', null,
       'red_at', null, 'due_at', null, 'alert', 'NONE', 'paused_at', null, 'extension_request_days', null,
       'extension_request_reason', null, 'extension_requested_by', null, 'extension_requested_at', null,
       'agenda_item_id', null, 'version', 1))).*
     from (select * from case_record order by id limit 1) t, generate_series(1, $4::int) g
     returning id`,
    [villageCode, CASE_CODE_PREFIX, cadreIds, count],
  );
  if (rows.length !== count) throw new Error(`seeded ${rows.length} cases, not ${count} (no case to copy?)`);
  return rows.map((r) => r.id).sort();
}

const CLOSE = `mutation($i: CaseTransitionInput!) { transitionCase(input: $i) { id status } }`;

/**
 * Closes the cases (销号) through governance's API, one per job. A close whose answer was lost may have
 * been committed: sent again it meets the new version, and the case's status in the database says
 * whether it is done.
 */
export function closeWorkload(governance: SignedClient, gov: pg.Pool, caseIds: string[]): RetryingWorkload {
  return new RetryingWorkload(caseIds.length, (n) => {
    const caseId = caseIds[n]!;
    return idempotent(
      async () => {
        const i = { caseId, version: 1, action: 'CLOSE' };
        const data = await governance.tryRequest<{ transitionCase: { status: string } }>('transitionCase', CLOSE, {
          i,
        });
        return data?.transitionCase.status === 'CLOSED';
      },
      async () =>
        (await gov.query(`select 1 from case_record where id = $1 and status = 'CLOSED'`, [caseId])).rowCount === 1,
    );
  });
}
