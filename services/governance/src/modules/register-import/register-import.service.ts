import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Action, can, type Principal } from '@xiangzhi/auth';
import { entityNotFound, isUuid } from '@xiangzhi/subgraph-kit';
import type { FieldCrypto } from '../../pii/field-crypto.js';
import { Region, RegionLevel } from '../region/index.js';
import { ImportJob, ImportMode, ImportRowError, ImportStatus } from './import-job.entity.js';
import { rowNames, validateImport } from './import-validate.js';
import { ImportParse } from './import-parse.js';
import { claimParse } from './import-slots.js';
import { commitImport } from './import-commit.js';
import { withSql } from './import-sql.js';
import type { SpendLookups } from './import-checks.js';
import { spendLookups } from '../household/index.js';
import { importErrors, MAX_IMPORT_BYTES, registerImportInput } from './register-import.errors.js';

/**
 * Who may import into a village's register (REGISTER_IMPORT): those who keep it, not grid leaders or cadres, who see
 * part of it.
 */
export function canImportInto(p: Principal, villageCode: string): boolean {
  return can(p, Action.REGISTER_IMPORT, { divisionCode: villageCode });
}

export const MAX_ERROR_PAGE = 1000;
/** A running job whose progress has not moved for this long is taken for cut off. */
export const STALE_MINUTES = 30;

/** The uploaded workbook of the mutation, within the upload limit. */
export function decodeUpload(contentBase64: string): Buffer {
  if (contentBase64.length > Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4) throw importErrors.tooLarge();
  return Buffer.from(contentBase64, 'base64');
}

/** A job started in the background: the job as saved, and the work (which never rejects). */
export interface StartedJob {
  job: ImportJob;
  done: Promise<void>;
}

/**
 * The register import: validate a workbook into a job (a report, nothing written), then write
 * it as the user chooses. Both steps run in the background and report progress on the job, so a
 * village's whole ledger does not hold an HTTP request open; the client polls `importJob`.
 */
export class RegisterImportService {
  constructor(
    private readonly em: EntityManager,
    private readonly principal: Principal,
    private readonly crypto: FieldCrypto,
    private readonly log?: Logger,
  ) {}

  private async background(
    jobId: string,
    what: string,
    work: (em: EntityManager) => Promise<void>,
    failure: string,
  ): Promise<void> {
    const em = this.em.fork();
    try {
      await work(em);
    } catch (err) {
      this.log?.error({ err, jobId }, `register import: ${what} failed`);
      await em
        .nativeUpdate(
          ImportJob,
          { id: jobId },
          {
            status: ImportStatus.FAILED,
            finishedAt: new Date(),
            updatedAt: new Date(),
            report: [{ row: 0, column: '', message: failure }],
          },
        )
        .catch((e: unknown) => this.log?.error({ err: e, jobId }, 'register import: could not mark the job failed'));
    }
  }

  /**
   * Checks the caller and the village, claims an import slot (IMPORT_BUSY when the village or the
   * service is busy), has the parser thread open the file (a file it refuses is a coded error and no
   * job), saves the job and starts validating. The upload limit (MAX_IMPORT_BYTES) is the API's: see `decodeUpload`.
   */
  async startValidation(villageCode: string, fileName: string, content: Buffer): Promise<StartedJob> {
    const name = fileName.trim().split(/[\\/]/).pop() ?? '';
    if (!name) throw registerImportInput('fileName', '请提供文件名');
    if (name.length > 200) throw registerImportInput('fileName', '文件名不能超过 200 个字');
    if (!canImportInto(this.principal, villageCode)) throw importErrors.forbidden();
    const village = await this.em.findOne(Region, { code: villageCode, level: RegionLevel.VILLAGE });
    if (!village) throw importErrors.notVillage(villageCode);
    const release = claimParse(villageCode);
    let parse: ImportParse | null = null;
    try {
      // the parser thread answers first whether the file can be read (zip limits, shared strings, header row)
      parse = new ImportParse({ content, keys: this.crypto.exportKeys(), ...(await rowNames(this.em, villageCode)) });
      const opened = await parse.next();
      if (opened.type === 'refused') throw importErrors.file(opened.problem);
      if (opened.type !== 'ready' && opened.type !== 'problems') {
        throw new Error(
          `register import: the parser ${opened.type === 'failed' ? `failed: ${opened.message}` : `sent ${opened.type}`}`,
        );
      }
      const job = this.em.create(ImportJob, {
        divisionCode: villageCode,
        createdBy: this.principal.username,
        fileName: name,
      });
      if (opened.type === 'problems') {
        Object.assign(job, {
          status: ImportStatus.FAILED,
          report: opened.problems,
          progress: 1,
          finishedAt: new Date(),
        });
        await this.em.flush();
        release();
        return { job, done: Promise.resolve() };
      }
      await this.em.flush();
      const run = parse;
      const done = this.background(
        job.id,
        'validation',
        (em) => validateImport(em, job.id, villageCode, run, opened, release, this.lookups(em)),
        '校验过程中出错，文件未导入任何数据，请重新上传；如仍出错请联系管理员',
      ).finally(() => {
        release();
        void run.stop();
      });
      return { job, done };
    } catch (e) {
      release();
      void parse?.stop();
      throw e;
    }
  }

  /**
   * A job in the caller's jurisdiction, or null. A job that says it is running but has not moved
   * for STALE_MINUTES was cut off (the service restarted): it is shown as failed, and may be retried.
   */
  async get(id: string): Promise<ImportJob | null> {
    if (!can(this.principal, Action.REGISTER_IMPORT)) throw importErrors.forbidden();
    if (!isUuid(id)) return null;
    const job = await this.em.findOne(ImportJob, { id, divisionCode: { $like: `${this.principal.divisionCode}%` } });
    const running = job?.status === ImportStatus.VALIDATING || job?.status === ImportStatus.IMPORTING;
    if (job && running && job.updatedAt.getTime() < Date.now() - STALE_MINUTES * 60_000) {
      const message =
        job.status === ImportStatus.VALIDATING
          ? '校验中断（服务曾重启），请重新上传'
          : '写入中断（服务曾重启），可重新点击导入，已写入的户不会重复';
      await this.em.nativeUpdate(
        ImportJob,
        { id: job.id, status: job.status },
        {
          status: ImportStatus.FAILED,
          report: [{ row: 0, column: '', message }],
          finishedAt: new Date(),
          updatedAt: new Date(),
        },
      );
      await this.em.refresh(job);
    }
    return job;
  }

  async startCommit(jobId: string, mode: ImportMode): Promise<StartedJob> {
    const job = await this.get(jobId);
    if (!job) throw entityNotFound('IMPORT_JOB', 'jobId', '找不到该导入任务');
    if (!canImportInto(this.principal, job.divisionCode)) throw importErrors.forbidden();
    const retry = job.status === ImportStatus.FAILED && job.mode !== null;
    if (job.status !== ImportStatus.VALIDATED && !retry) throw importErrors.notReady(job.status);
    if (mode === ImportMode.ALL_OR_NOTHING && job.errorRows > 0) throw importErrors.hasErrors(job.errorRows);
    // the status moves only from what we read, so two clicks start one import
    const claimed = await this.em.nativeUpdate(
      ImportJob,
      { id: job.id, status: job.status },
      {
        status: ImportStatus.IMPORTING,
        mode,
        progress: 0,
        processedRows: 0,
        createdHouseholds: 0,
        updatedHouseholds: 0,
        report: null,
        finishedAt: null,
        updatedAt: new Date(),
      },
    );
    if (!claimed) throw importErrors.notReady(ImportStatus.IMPORTING);
    const actor = this.principal.username;
    const failure =
      mode === ImportMode.ALL_OR_NOTHING
        ? '写入过程中出错，未写入任何数据，可重新点击导入'
        : '写入过程中出错，已写入的户保留；可重新点击导入，已写入的户会按身份证号匹配更新，不会重复';
    const done = this.background(job.id, 'commit', (em) => commitImport(em, job, mode, actor), failure);
    await this.em.refresh(job);
    return { job, done };
  }

  /** Rows whose ID number is registered elsewhere, reported as exact lookups of the caller (audited, counted). */
  private lookups(em: EntityManager): SpendLookups {
    return (rows) =>
      spendLookups(
        em,
        this.principal,
        rows.map((r) => ({
          subjectType: 'Resident',
          subjectId: r.residentId,
          divisionCode: r.villageCode,
          reason: '导入台账时核对身份证号',
          detail: `导入文件第 ${r.row} 行的身份证号 ${r.masked ?? ''} 已在其他村（社区）登记`,
        })),
      );
  }

  /** The report, file problems first, then by row: `first` problems after the first `after`. */
  async errors(job: ImportJob, first: number, after: number): Promise<ImportRowError[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_ERROR_PAGE)
      throw registerImportInput('first', `每页条数须在 1 到 ${MAX_ERROR_PAGE} 之间`);
    if (!Number.isInteger(after) || after < 0) throw registerImportInput('after', '跳过的条数不能为负数');
    const fileProblems = job.report ?? [];
    const out = fileProblems.slice(after, after + first);
    if (out.length === first) return out;
    const skip = Math.max(0, after - fileProblems.length);
    const rows = await withSql(this.em, (sql) =>
      sql.rows<ImportRowError>(
        `select r.row_no "row", e.v->>'column' "column", e.v->>'message' message
       from import_row r cross join lateral jsonb_array_elements(r.errors) with ordinality e(v, n)
       where r.job_id = $1 and r.errors is not null order by r.row_no, e.n offset $2 limit $3`,
        [job.id, skip, first - out.length],
      ),
    );
    return [...out, ...rows];
  }
}
