import { headerOf, type ColumnKey } from './register-columns.js';
import type { Sql } from './import-sql.js';
import { lookupRateLimited } from '../household/index.js';
import { gridFullMessage } from '../grid/index.js';

/**
 * The checks that need more than one row, run in SQL on the staged rows of a job (so memory
 * does not grow with the file): one head per household, household columns that agree with the
 * head's row, ID numbers once per file and not registered in another village, a household that
 * matches at most one registered household (and no two that match the same one), grid capacity;
 * then every row of a household with a problem is marked, so "valid" means "will be written".
 */
const appendError = (column: string, message: string): string =>
  `errors = coalesce(r.errors, '[]'::jsonb) || jsonb_build_array(jsonb_build_object('column', ${column}::text, 'message', ${message}))`;

/** A staged row whose ID number is registered in another village, and whom it names there. */
export interface ForeignRow {
  row: number;
  residentId: string;
  villageCode: string;
  masked: string | null;
}
/**
 * Spends the caller's exact lookups on the rows to report (household-lookup spendLookups); returns how many were left.
 */
export type SpendLookups = (rows: ForeignRow[]) => Promise<number>;

export async function runRowChecks(
  sql: Sql,
  jobId: string,
  villageCode: string,
  gridCapacity: number,
  spendLookups: SpendLookups,
): Promise<void> {
  const key = headerOf('householdKey');
  const relation = headerOf('relation');
  const idCard = headerOf('idCardNo');

  // one head per household
  await sql.run(
    `update import_row r set ${appendError('$2', `'本户没有“户主”行（与户主关系填“户主”）'`)}
    from (select household_key, min(row_no) first_row from import_row where job_id = $1 and household_key <> ''
          group by household_key having not bool_or(is_head)) h
    where r.job_id = $1 and r.row_no = h.first_row`,
    [jobId, relation],
  );
  await sql.run(
    `update import_row r set ${appendError('$2', `'同一户只能有一个户主（第 ' || x.first_head || ' 行已是户主）'`)}
    from (select row_no, min(row_no) over (partition by household_key) first_head from import_row
          where job_id = $1 and is_head and household_key <> '') x
    where r.job_id = $1 and r.row_no = x.row_no and x.row_no <> x.first_head`,
    [jobId, relation],
  );

  // household columns on other rows: empty, or the same as the head's row
  const pairs: [ColumnKey, string][] = [
    ['group', 'group_id'],
    ['grid', 'grid_id'],
    ['address', 'address'],
    ['incomeBand', 'income_band'],
    ['production', 'production'],
    ['living', 'living'],
    ['difficulties', 'difficulties'],
    ['tags', 'tags'],
  ];
  const values = pairs
    .map(([, col], i) => `($${i + 2}::text, m.${col} is not null and m.${col} is distinct from head.${col})`)
    .join(', ');
  // (only households whose other rows fill a household column: with the template, usually none)
  const filled = pairs.map(([, col]) => `${col} is not null`).join(' or ');
  await sql.run(
    `with members as (
      select * from import_row where job_id = $1 and not is_head and household_key <> '' and (${filled})),
    head as (
      select distinct on (household_key) household_key, row_no, ${pairs.map(([, col]) => col).join(', ')} from import_row
      where job_id = $1 and is_head and household_key in (select household_key from members) order by household_key, row_no),
    bad as (
      select m.row_no, jsonb_agg(jsonb_build_object('column', c.col, 'message', '与本户户主行（第 ' || head.row_no || ' 行）不一致；同户其他行可留空')) errs
      from members m join head on head.household_key = m.household_key
      cross join lateral (values ${values}) c(col, bad)
      where c.bad group by m.row_no)
    update import_row r set errors = coalesce(r.errors, '[]'::jsonb) || bad.errs from bad where r.job_id = $1 and r.row_no = bad.row_no`,
    [jobId, ...pairs.map(([k]) => headerOf(k))],
  );

  // an ID number once per file, and not in another village's register
  await sql.run(
    `update import_row r set ${appendError('$2', `'与第 ' || d.first_row || ' 行的身份证号重复'`)}
    from (select row_no, min(row_no) over (partition by id_card_index) first_row from import_row where job_id = $1 and id_card_index is not null) d
    where r.job_id = $1 and r.row_no = d.row_no and d.row_no <> d.first_row`,
    [jobId, idCard],
  );
  // saying so confirms the number (issue 6): each such row is an exact lookup of the caller, audited and
  // counted; past the account's limit every other row with an ID number is refused alike, registered or not
  const foreign = await sql.rows<ForeignRow>(
    `select r.row_no "row", x.id "residentId", h.village_code "villageCode",
      x.id_card_masked masked from import_row r join resident x on x.id_card_index = r.id_card_index
      join household h on h.id = x.household_id where r.job_id = $1 and h.village_code <> $2 order by r.row_no`,
    [jobId, villageCode],
  );
  const left = await spendLookups(foreign);
  const told = foreign.slice(0, Math.max(0, left)).map((f) => f.row);
  await sql.run(
    `update import_row r set ${appendError('$2', `'该身份证号已在其他村（社区）登记，请先由原村迁出后再导入'`)}
    where r.job_id = $1 and r.row_no = any($3::int[])`,
    [jobId, idCard, told],
  );
  if (foreign.length > told.length || left <= 0) {
    await sql.run(
      `update import_row r set ${appendError('$2', '$3::text')}
      where r.job_id = $1 and r.id_card_index is not null and not (r.row_no = any($4::int[]))`,
      [jobId, idCard, lookupRateLimited().message, told],
    );
  }

  // which registered household each file household updates (the import matches by ID number)
  await sql.run(
    `create temp table import_match on commit drop as
    select r.household_key, count(distinct x.household_id) matches, min(x.household_id::text)::uuid target
    from import_row r join resident x on x.id_card_index = r.id_card_index join household h on h.id = x.household_id and h.village_code = $2
    where r.job_id = $1 and r.household_key <> '' group by r.household_key`,
    [jobId, villageCode],
  );
  await sql.run(
    `update import_row r set ${appendError('$2', `'本户成员分别登记在系统中的 ' || m.matches || ' 个户中，无法合并导入，请先在系统中调整'`)}
    from import_match m where r.job_id = $1 and r.household_key = m.household_key and m.matches > 1
      and r.row_no = (select min(row_no) from import_row f where f.job_id = $1 and f.household_key = m.household_key)`,
    [jobId, key],
  );
  await sql.run(
    `update import_row r set ${appendError('$2', `'与第 ' || d.first_row || ' 行所在的户匹配到系统中的同一户，请合并为一户'`)}
    from (select m.household_key, f.first_row, min(f.first_row) over (partition by m.target) first_of_target
          from import_match m join (select household_key, min(row_no) first_row from import_row where job_id = $1 group by household_key) f
            on f.household_key = m.household_key where m.matches = 1) d
    where r.job_id = $1 and r.row_no = d.first_row and d.first_row <> d.first_of_target`,
    [jobId, key],
  );

  // grid capacity: households the file brings into a grid must fit beside those staying there
  await sql.run(
    `with head as (
      select distinct on (r.household_key) r.household_key, r.row_no, r.grid_id, m.target from import_row r
      left join import_match m on m.household_key = r.household_key and m.matches = 1
      where r.job_id = $1 and r.is_head and r.grid_id is not null and r.household_key <> '' order by r.household_key, r.row_no),
    incoming as (
      select head.*, row_number() over (partition by head.grid_id order by head.row_no) n from head
      left join household h on h.id = head.target where h.id is null or h.grid_id is distinct from head.grid_id),
    staying as (
      select h.grid_id, count(*) n from household h where h.village_code = $2 and h.grid_id in (select grid_id from incoming)
        and not exists (select 1 from head where head.target = h.id and head.grid_id <> h.grid_id) group by h.grid_id)
    update import_row r set ${appendError('$4', `replace($5, '{grid}', g.name)`)}
    from incoming i left join staying s on s.grid_id = i.grid_id join grid g on g.id = i.grid_id
    where r.job_id = $1 and r.row_no = i.row_no and coalesce(s.n, 0) + i.n > $3::int`,
    [jobId, villageCode, gridCapacity, headerOf('grid'), gridFullMessage('{grid}', gridCapacity)],
  );

  // a household is written whole or not at all
  await sql.run(
    `update import_row r set ${appendError('$2', `'同户第 ' || b.first_bad || ' 行有错误，本户暂不导入'`)}
    from (select household_key, min(row_no) filter (where errors is not null) first_bad from import_row where job_id = $1
          group by household_key having bool_or(errors is not null)) b
    where r.job_id = $1 and r.household_key = b.household_key and r.errors is null`,
    [jobId, key],
  );
}
