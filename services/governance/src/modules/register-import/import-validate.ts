import type { EntityManager } from '@mikro-orm/postgresql';
import { Grid, GridLevel, areaCapacity } from '../grid/index.js';
import { VillagerGroup } from '../territory/index.js';
import { ImportJob, ImportStatus, type JobProblem } from './import-job.entity.js';
import type { ImportParse } from './import-parse.js';
import { STAGED_COLUMNS } from './register-row.js';
import { runRowChecks, type SpendLookups } from './import-checks.js';
import { inTransaction, withSql } from './import-sql.js';
import { importErrors } from './register-import.errors.js';
import type { XlsxProblemData } from './xlsx-limits.js';

/**
 * The village's villager groups and area grids by name (the first made wins a name used twice), for the parser thread.
 */
export async function rowNames(
  em: EntityManager,
  villageCode: string,
): Promise<{ groups: [string, string][]; grids: [string, string][] }> {
  const [groups, grids] = await Promise.all([
    em.find(VillagerGroup, { villageCode }, { orderBy: { createdAt: 'asc' } }),
    em.find(Grid, { divisionCode: villageCode, level: GridLevel.AREA }, { orderBy: { createdAt: 'asc' } }),
  ]);
  return {
    groups: [...groups].reverse().map((g) => [g.name, g.id]),
    grids: [...grids].reverse().map((g) => [g.name, g.id]),
  };
}

const STAGE_COLUMNS = ['job_id', ...STAGED_COLUMNS.map(([, c]) => c)];

export async function fail(em: EntityManager, jobId: string, problems: JobProblem[]): Promise<void> {
  await em.nativeUpdate(
    ImportJob,
    { id: jobId },
    { status: ImportStatus.FAILED, report: problems, progress: 1, finishedAt: new Date(), updatedAt: new Date() },
  );
}

/** The sheet the parser thread found: its uncompressed size (for progress) and header row. */
export interface ParsedSheet {
  sheetSize: number;
  headerRow: number;
}

/**
 * Validates a workbook into a job: the parser thread (import-parse.ts) reads the rows, checks and
 * seals each and encodes them; here they are COPYed to the staging table in batches (progress after
 * each), then the checks across rows run and the rows are counted. Writes nothing to the register.
 * A file the parser refuses half-way leaves nothing staged. `done` (which frees the village's import
 * slot) is called just before the job's final status is written. `em` must be a fork of its own (this runs in
 * the background).
 */
export async function validateImport(
  em: EntityManager,
  jobId: string,
  villageCode: string,
  parse: ImportParse,
  sheet: ParsedSheet,
  done: () => void,
  spendLookups: SpendLookups,
): Promise<void> {
  const capacity = await areaCapacity(em, villageCode);
  const size = Math.max(1, sheet.sheetSize);
  let total = 0;
  const refused = await withSql(em, async (sql): Promise<XlsxProblemData | null> => {
    await sql.run('delete from import_row where job_id = $1', [jobId]);
    // staged rows are kept a week for a report or a retry, then dropped (jobs never committed, rows left out)
    await sql.run(
      `delete from import_row r using import_job j where r.job_id = j.id and j.division_code = $1
      and j.updated_at < now() - interval '7 days' and j.status <> $2`,
      [villageCode, ImportStatus.IMPORTING],
    );
    parse.start(jobId);
    // one COPY in flight while the parser thread reads and seals the next batches
    let inflight: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const settle = async (): Promise<void> => {
      await inflight;
      if (failure) throw failure;
    };
    for (;;) {
      const m = await parse.next();
      if (m.type === 'batch') {
        await settle();
        parse.more();
        const progress = Math.min(0.9, (m.bytes / size) * 0.9);
        inflight = (async () => {
          await sql.copyText('import_row', STAGE_COLUMNS, m.data);
          total += m.rows;
          await sql.run('update import_job set progress = $2, total_rows = $3, updated_at = now() where id = $1', [
            jobId,
            progress,
            total,
          ]);
        })().catch((e: unknown) => {
          failure = e;
        });
        continue;
      }
      await settle();
      if (m.type === 'refused') {
        await sql.run('delete from import_row where job_id = $1', [jobId]);
        return m.problem;
      }
      if (m.type !== 'done')
        throw new Error(
          `register import: the parser ${m.type === 'failed' ? `failed: ${m.message}` : `sent ${m.type}`}`,
        );
      // fresh statistics, or the planner takes the just-loaded rows for an empty table and nests loops over them
      await sql.run('analyze import_row');
      return null;
    }
  });
  if (refused) {
    done();
    return fail(em, jobId, [{ row: refused.row ?? 0, column: '', message: importErrors.file(refused).message }]);
  }
  if (total === 0) {
    done();
    return fail(em, jobId, [{ row: sheet.headerRow + 1, column: '', message: '表头下面没有数据行' }]);
  }

  await inTransaction(em, async (sql) => {
    await runRowChecks(sql, jobId, villageCode, capacity, spendLookups);
    const [counts] = await sql.rows<{ total: number; bad: number }>(
      'select count(*)::int total, count(*) filter (where errors is not null)::int bad from import_row where job_id = $1',
      [jobId],
    );
    // the slot goes before the status says VALIDATED, so an upload the user makes on seeing it is not refused as busy
    done();
    await sql.run(
      `update import_job set status = $2, total_rows = $3::int, error_rows = $4::int, valid_rows = $3::int - $4::int, progress = 1, updated_at = now()
      where id = $1`,
      [jobId, ImportStatus.VALIDATED, counts.total, counts.bad],
    );
  });
}
