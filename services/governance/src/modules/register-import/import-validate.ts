import type { EntityManager } from '@mikro-orm/postgresql';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { Grid, GridLevel } from '../grid/grid.entity.js';
import { VillagerGroup } from '../territory/villager-group.entity.js';
import { SettingService } from '../settings/setting.service.js';
import { ImportJob, ImportStatus, type JobProblem } from './import-job.entity.js';
import { columnOfHeader, type ColumnKey } from './register-columns.js';
import { STAGED_COLUMNS, cellText, missingColumns, stageRow, type RowContext, type StagedRow } from './register-row.js';
import { runRowChecks } from './import-checks.js';
import { inTransaction, withSql } from './import-sql.js';
import type { CellValue, XlsxFile, XlsxSheet } from './xlsx-rows.js';

/** Rows per COPY into the staging table (and per progress update). */
export const STAGE_BATCH = 5000;
const HEADER_SEARCH_ROWS = 10;

interface Header { sheet: XlsxSheet; row: number; columns: Map<number, ColumnKey> }

/** The first sheet (visible ones first) with a header row among its first rows: the one with 姓名 and two more known columns. */
async function findHeader(file: XlsxFile): Promise<Header | null> {
  const sheets = file.sheets().sort((a, b) => Number(a.hidden) - Number(b.hidden));
  for (const sheet of sheets) {
    let seen = 0;
    for await (const rows of file.rows(sheet.path)) {
      for (const r of rows) {
        const columns = new Map<number, ColumnKey>();
        r.cells.forEach((c, i) => { const key = columnOfHeader(cellText(c ?? null)); if (key && ![...columns.values()].includes(key)) columns.set(i, key); });
        if ([...columns.values()].includes('name') && columns.size >= 3) return { sheet, row: r.row, columns };
        if (++seen >= HEADER_SEARCH_ROWS) break;
      }
      if (seen >= HEADER_SEARCH_ROWS) break;
    }
  }
  return null;
}

const stagedValues = (jobId: string, s: StagedRow): (string | number | boolean | null)[] =>
  [jobId, ...STAGED_COLUMNS.map(([k]) => (k === 'errors' ? (s.errors ? JSON.stringify(s.errors) : null) : s[k] as string | number | boolean | null))];
const STAGE_COLUMNS = ['job_id', ...STAGED_COLUMNS.map(([, c]) => c)];

async function fail(em: EntityManager, jobId: string, problems: JobProblem[]): Promise<void> {
  await em.nativeUpdate(ImportJob, { id: jobId }, { status: ImportStatus.FAILED, report: problems, progress: 1, finishedAt: new Date(), updatedAt: new Date() });
}

/**
 * Validates a workbook into a job: reads the rows as a stream, checks and seals each, COPYs them
 * to the staging table in batches (progress after each), then runs the checks across rows and
 * counts. Writes nothing to the register. `em` must be a fork of its own (this runs in the background).
 */
export async function validateImport(em: EntityManager, crypto: FieldCrypto, jobId: string, villageCode: string, file: XlsxFile): Promise<void> {
  const header = await findHeader(file);
  if (!header) {
    return fail(em, jobId, [{ row: 0, column: '', message: '没有找到表头行（须有“户编号/户主身份证号”“姓名”“与户主关系”等列），请使用下载的模板' }]);
  }
  const missing = missingColumns(new Set(header.columns.values()));
  if (missing.length) return fail(em, jobId, missing.map((column) => ({ row: header.row, column, message: `缺少“${column}”列` })));

  const [groups, grids, capacity] = await Promise.all([
    em.find(VillagerGroup, { villageCode }, { orderBy: { createdAt: 'asc' } }),
    em.find(Grid, { divisionCode: villageCode, level: GridLevel.AREA }, { orderBy: { createdAt: 'asc' } }),
    new SettingService(em).get(villageCode, 'grid.areaCapacity'),
  ]);
  const ctx: RowContext = {
    crypto,
    groups: new Map([...groups].reverse().map((g) => [g.name, g.id])),
    grids: new Map([...grids].reverse().map((g) => [g.name, g.id])),
  };
  const size = Math.max(1, file.sheetSize(header.sheet.path));
  let total = 0;
  await withSql(em, async (sql) => {
    await sql.run('delete from import_row where job_id = $1', [jobId]);
    // staged rows are kept a week for a report or a retry, then dropped (jobs never committed, rows left out)
    await sql.run(`delete from import_row r using import_job j where r.job_id = j.id and j.division_code = $1
      and j.updated_at < now() - interval '7 days' and j.status <> $2`, [villageCode, ImportStatus.IMPORTING]);
    let batch: (string | number | boolean | null)[][] = [];
    let bytes = 0;
    // one COPY in flight while the next batch is read and sealed: the database and the parser work side by side
    let inflight: Promise<void> = Promise.resolve();
    let failure: unknown = null;
    const flush = async (): Promise<void> => {
      await inflight;
      if (failure) throw failure;
      if (!batch.length) return;
      const rows = batch;
      const progress = Math.min(0.9, (bytes / size) * 0.9);
      batch = [];
      inflight = (async () => {
        await sql.copy('import_row', STAGE_COLUMNS, rows);
        total += rows.length;
        await sql.run('update import_job set progress = $2, total_rows = $3, updated_at = now() where id = $1', [jobId, progress, total]);
      })().catch((e: unknown) => { failure = e; });
    };
    for await (const rows of file.rows(header.sheet.path, (b) => { bytes = b; })) {
      for (const r of rows) {
        if (r.row <= header.row) continue;
        const cells: Partial<Record<ColumnKey, CellValue>> = {};
        let blank = true;
        for (const [i, key] of header.columns) {
          const v = r.cells[i] ?? null;
          if (v !== null && v !== '' && !(typeof v === 'string' && !v.trim())) blank = false;
          cells[key] = v;
        }
        if (blank) continue;
        batch.push(stagedValues(jobId, stageRow(r.row, cells, ctx)));
        if (batch.length >= STAGE_BATCH) await flush();
      }
    }
    await flush();
    await inflight;
    if (failure) throw failure;
    // fresh statistics, or the planner takes the just-loaded rows for an empty table and nests loops over them
    await sql.run('analyze import_row');
  });
  if (total === 0) return fail(em, jobId, [{ row: header.row + 1, column: '', message: '表头下面没有数据行' }]);

  await inTransaction(em, async (sql) => {
    await runRowChecks(sql, jobId, villageCode, capacity);
    const [counts] = await sql.rows<{ total: number; bad: number }>(
      'select count(*)::int total, count(*) filter (where errors is not null)::int bad from import_row where job_id = $1', [jobId]);
    await sql.run(`update import_job set status = $2, total_rows = $3::int, error_rows = $4::int, valid_rows = $3::int - $4::int, progress = 1, updated_at = now()
      where id = $1`, [jobId, ImportStatus.VALIDATED, counts.total, counts.bad]);
  });
}
