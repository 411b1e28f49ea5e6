import type { EntityManager } from '@mikro-orm/postgresql';
import { ImportJob, ImportMode, ImportStatus } from './import-job.entity.js';
import { withSql, type Sql } from './import-sql.js';
import { areaCapacity, gridFull } from '../grid/index.js';

/** Households per batch: each batch is a handful of set-based statements. */
export const COMMIT_BATCH = 2000;
const NOTE = '人员信息台账导入';
// the area grids a batch puts households in
const BATCH_GRIDS = `select distinct r.grid_id from import_batch b
  join import_row r on r.job_id = $1 and r.row_no = b.head_row where r.grid_id is not null`;

interface BatchResult {
  households: number;
  rows: number;
  created: number;
  updated: number;
  lastHeadRow: number;
}

/**
 * Writes one batch of valid households (those whose head row comes after `afterRow`) from the
 * staging table to the register, matched by ID number: a household whose head (or, failing that,
 * a member) is registered in the village is updated, otherwise created. Residents are matched
 * within the household by ID number (by name when the row has none); nobody is deleted, tags are
 * only added, empty cells keep what is registered, and a grid change is kept in the grid history.
 */
async function writeBatch(
  sql: Sql,
  jobId: string,
  villageCode: string,
  actor: string,
  afterRow: number,
  gridCapacity: number,
): Promise<BatchResult> {
  await sql.run('drop table if exists import_batch, import_person');
  await sql.run(
    `create temp table import_batch as
    select h.household_key, h.row_no head_row, t.household_id is null is_new, coalesce(t.household_id, ${sql.uuid7}) target
    from (select household_key, row_no from import_row where job_id = $1 and is_head and errors is null and row_no > $2 order by row_no limit $3) h
    left join import_target t on t.household_key = h.household_key`,
    [jobId, afterRow, COMMIT_BATCH],
  );
  // temporary tables have no statistics until analysed: without them the planner scans the register instead of using
  // its indexes
  await sql.run('analyze import_batch');
  const [batch] = await sql.rows<{ n: number; created: number; last: number | null }>(
    'select count(*)::int n, count(*) filter (where is_new)::int created, max(head_row) last from import_batch',
  );
  if (!batch.n) return { households: 0, rows: 0, created: 0, updated: 0, lastHeadRow: afterRow };
  // grid capacity (grid-capacity.ts): the batch's grids are locked like any add to a grid, and counted after the write
  await sql.run(`select id from grid where id in (${BATCH_GRIDS}) order by id for update`, [jobId]);

  await sql.run(
    `insert into household (id, created_at, updated_at, version, village_code, grid_id, group_id, address, head_name, head_name_initials,
      income_band, production_situation, living_situation, difficulties, member_count)
    select b.target, now(), now(), 1, $2, r.grid_id, r.group_id, r.address, r.name, r.name_initials, r.income_band, r.production, r.living, r.difficulties,
      (select count(*) from import_row c where c.job_id = $1 and c.household_key = b.household_key)
    from import_batch b join import_row r on r.job_id = $1 and r.row_no = b.head_row where b.is_new`,
    [jobId, villageCode],
  );

  await sql.run(
    `create temp table import_person as
    select m.row_no, m.is_head, b.target household_id, b.is_new, case when b.is_new then null else (
        select x.id from resident x where x.household_id = b.target
          and (x.id_card_index = m.id_card_index or (x.name = m.name and (x.id_card_index is null or m.id_card_index is null)))
        order by (x.id_card_index is not distinct from m.id_card_index) desc, x.created_at limit 1) end existing
    from import_batch b join import_row m on m.job_id = $1 and m.household_key = b.household_key`,
    [jobId],
  );
  await sql.run('analyze import_person');
  await sql.run(
    `insert into resident (id, created_at, updated_at, version, household_id, name, relation, sex, birth_date, is_head, sort_order,
      name_initials, id_card_cipher, id_card_index, id_card_masked, phone_cipher, phone_index, phone_masked, occupation)
    select ${sql.uuid7}, now(), now(), 1, p.household_id, m.name, m.relation, m.sex, m.birth_date, m.is_head,
      case when p.is_new then 0 else coalesce((select max(x.sort_order) + 1 from resident x where x.household_id = p.household_id), 0) end
        + row_number() over (partition by p.household_id order by m.is_head desc, m.row_no) - 1,
      m.name_initials, m.id_card_cipher, m.id_card_index, m.id_card_masked, m.phone_cipher, m.phone_index, m.phone_masked, m.occupation
    from import_person p join import_row m on m.job_id = $1 and m.row_no = p.row_no where p.existing is null`,
    [jobId],
  );

  await sql.run(
    `insert into household_tag (id, created_at, updated_at, version, household_id, tag, set_by, set_at, note)
    select ${sql.uuid7}, now(), now(), 1, b.target, t.tag, $2, now(), $3
    from import_batch b join import_row r on r.job_id = $1 and r.row_no = b.head_row cross join lateral unnest(string_to_array(r.tags, ',')) t(tag)
    where r.tags is not null and (b.is_new or not exists (select 1 from household_tag x where x.household_id = b.target and x.tag = t.tag and x.removed_at is null))`,
    [jobId, actor, NOTE],
  );
  if (batch.created === batch.n) return done(batch, await batchRows(sql, jobId), afterRow);
  // existing households: people matched in the file, the head, the household's own columns
  await sql.run(
    `update resident x set name = m.name, relation = m.relation, sex = m.sex, birth_date = coalesce(m.birth_date, x.birth_date),
      name_initials = m.name_initials,
      id_card_cipher = case when m.id_card_index is not null and m.id_card_index is distinct from x.id_card_index then m.id_card_cipher else x.id_card_cipher end,
      id_card_index = coalesce(m.id_card_index, x.id_card_index), id_card_masked = coalesce(m.id_card_masked, x.id_card_masked),
      phone_cipher = case when m.phone_index is not null and m.phone_index is distinct from x.phone_index then m.phone_cipher else x.phone_cipher end,
      phone_index = coalesce(m.phone_index, x.phone_index), phone_masked = coalesce(m.phone_masked, x.phone_masked),
      occupation = coalesce(m.occupation, x.occupation), is_head = m.is_head, version = x.version + 1, updated_at = now()
    from import_person p join import_row m on m.job_id = $1 and m.row_no = p.row_no
    where x.id = p.existing and (x.name, x.relation, x.sex, x.birth_date, x.id_card_index, x.phone_index, x.occupation, x.is_head)
      is distinct from (m.name, m.relation, m.sex, coalesce(m.birth_date, x.birth_date), coalesce(m.id_card_index, x.id_card_index),
                        coalesce(m.phone_index, x.phone_index), coalesce(m.occupation, x.occupation), m.is_head)`,
    [jobId],
  );
  await sql.run(`update resident x set is_head = false, version = x.version + 1, updated_at = now()
    from import_batch b where not b.is_new and x.household_id = b.target and x.is_head
      and not exists (select 1 from import_person p where p.existing = x.id and p.is_head)`);
  await sql.run(
    `insert into household_grid_move (id, created_at, updated_at, version, household_id, from_grid_id, to_grid_id, moved_at, moved_by, reason)
    select ${sql.uuid7}, now(), now(), 1, h.id, h.grid_id, r.grid_id, now(), $2, $3
    from import_batch b join household h on h.id = b.target join import_row r on r.job_id = $1 and r.row_no = b.head_row
    where not b.is_new and r.grid_id is not null and r.grid_id is distinct from h.grid_id`,
    [jobId, actor, NOTE],
  );
  await sql.run(
    `update household h set grid_id = n.grid_id, group_id = n.group_id, address = n.address, head_name = n.head_name,
      head_name_initials = n.head_name_initials, income_band = n.income_band, production_situation = n.production_situation,
      living_situation = n.living_situation, difficulties = n.difficulties, member_count = n.member_count, version = h.version + 1, updated_at = now()
    from (select h2.id, coalesce(r.grid_id, h2.grid_id) grid_id, coalesce(r.group_id, h2.group_id) group_id, coalesce(r.address, h2.address) address,
            r.name head_name, r.name_initials head_name_initials, coalesce(r.income_band, h2.income_band) income_band,
            coalesce(r.production, h2.production_situation) production_situation, coalesce(r.living, h2.living_situation) living_situation,
            coalesce(r.difficulties, h2.difficulties) difficulties, (select count(*)::int from resident x where x.household_id = h2.id) member_count
          from import_batch b join household h2 on h2.id = b.target join import_row r on r.job_id = $1 and r.row_no = b.head_row where not b.is_new) n
    where h.id = n.id and (h.grid_id, h.group_id, h.address, h.head_name, h.income_band, h.production_situation, h.living_situation, h.difficulties, h.member_count)
      is distinct from (n.grid_id, n.group_id, n.address, n.head_name, n.income_band, n.production_situation, n.living_situation, n.difficulties, n.member_count)`,
    [jobId],
  );

  const [full] = await sql.rows<{ name: string }>(
    `select g.name from grid g where g.id in (${BATCH_GRIDS})
      and (select count(*) from household h where h.grid_id = g.id) > $2::int limit 1`,
    [jobId, gridCapacity],
  );
  if (full) throw gridFull('grid', full, gridCapacity);
  return done(batch, await batchRows(sql, jobId), afterRow);
}

const batchRows = async (sql: Sql, jobId: string): Promise<number> =>
  (
    await sql.rows<{ n: number }>(
      'select count(*)::int n from import_batch b join import_row m on m.job_id = $1 and m.household_key = b.household_key',
      [jobId],
    )
  )[0].n;
const done = (
  batch: { n: number; created: number; last: number | null },
  rows: number,
  afterRow: number,
): BatchResult => ({
  households: batch.n,
  rows,
  created: batch.created,
  updated: batch.n - batch.created,
  lastHeadRow: batch.last ?? afterRow,
});

/** Runs `fn` in a transaction on this connection: commit, or roll back and rethrow. */
async function transaction<T>(sql: Sql, fn: () => Promise<T>): Promise<T> {
  await sql.run('begin');
  try {
    const out = await fn();
    await sql.run('commit');
    return out;
  } catch (e) {
    await sql.run('rollback').catch(() => undefined);
    throw e;
  }
}

/**
 * Writes the valid households of a validated job, on one connection that holds the village's
 * import lock throughout (imports into a village run one at a time). Which registered household
 * each file household updates is worked out once, in one set-based statement, before the first
 * batch. VALID_ONLY: one transaction per batch, with the job's counters in it (a failure keeps
 * whole households of the batches before it, and a retry matches them instead of duplicating).
 * ALL_OR_NOTHING: every batch in one transaction, progress reported beside it; a failure writes nothing.
 */
export async function commitImport(
  em: EntityManager,
  job: Pick<ImportJob, 'id' | 'divisionCode' | 'validRows'>,
  mode: ImportMode,
  actor: string,
): Promise<void> {
  const total = Math.max(1, job.validRows);
  const capacity = await areaCapacity(em, job.divisionCode);
  await withSql(em, async (sql) => {
    await sql.run(`select pg_advisory_lock(hashtext('register-import:' || $1))`, [job.divisionCode]);
    try {
      await sql.run('drop table if exists import_target, import_batch, import_person');
      await sql.run(
        `create temp table import_target as
        select distinct on (m.household_key) m.household_key, x.household_id
        from import_row m join resident x on x.id_card_index = m.id_card_index join household h on h.id = x.household_id and h.village_code = $2
        where m.job_id = $1 and m.errors is null and m.id_card_index is not null
        order by m.household_key, m.is_head desc`,
        [job.id, job.divisionCode],
      );
      await sql.run('create index on import_target (household_key)');
      await sql.run('analyze import_target');
      const finish = async (): Promise<void> => {
        await sql.run(
          `update import_job set status = $2, progress = 1, finished_at = now(), updated_at = now() where id = $1`,
          [job.id, ImportStatus.DONE],
        );
        // the written rows go; the rows left out stay, so their report can still be read (their personal data is
        // sealed)
        await sql.run('delete from import_row where job_id = $1 and errors is null', [job.id]);
      };
      let after = 0;
      if (mode === ImportMode.VALID_ONLY) {
        for (;;) {
          const last = await transaction(sql, async () => {
            const b = await writeBatch(sql, job.id, job.divisionCode, actor, after, capacity);
            if (!b.households) {
              await finish();
              return null;
            }
            await sql.run(
              `update import_job set processed_rows = processed_rows + $2::int, created_households = created_households + $3::int,
                updated_households = updated_households + $4::int, progress = least(1, (processed_rows + $2::int)::float8 / $5::int), updated_at = now()
              where id = $1`,
              [job.id, b.rows, b.created, b.updated, total],
            );
            return b.lastHeadRow;
          });
          if (last === null) return;
          after = last;
        }
      }
      await transaction(sql, async () => {
        const sum = { rows: 0, created: 0, updated: 0 };
        for (;;) {
          const b = await writeBatch(sql, job.id, job.divisionCode, actor, after, capacity);
          if (!b.households) break;
          after = b.lastHeadRow;
          sum.rows += b.rows;
          sum.created += b.created;
          sum.updated += b.updated;
          await withSql(em, (other) =>
            other.run(
              'update import_job set processed_rows = $2::int, progress = least(0.99, $2::int::float8 / $3::int), updated_at = now() where id = $1',
              [job.id, sum.rows, total],
            ),
          );
        }
        await sql.run(
          'update import_job set processed_rows = $2::int, created_households = $3::int, updated_households = $4::int where id = $1',
          [job.id, sum.rows, sum.created, sum.updated],
        );
        await finish();
      });
    } finally {
      await sql.run('drop table if exists import_target, import_batch, import_person').catch(() => undefined);
      await sql.run(`select pg_advisory_unlock(hashtext('register-import:' || $1))`, [job.divisionCode]);
    }
  });
}
