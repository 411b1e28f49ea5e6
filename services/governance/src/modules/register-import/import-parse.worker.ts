// The register import's parser thread (started by ImportParse through import-parse.worker.mjs).
import 'reflect-metadata';
import { parentPort } from 'node:worker_threads';
import { FieldCrypto } from '../../pii/field-crypto.js';
import { findHeader } from './import-header.js';
import type { FromParser, ParseInput, ToParser } from './import-parse.js';
import { copyValue } from './pg-copy.js';
import type { ColumnKey } from './register-columns.js';
import { STAGED_COLUMNS, missingColumns, stageRow, type RowContext, type StagedRow } from './register-row.js';
import { XlsxProblem } from './xlsx-limits.js';
import { XlsxReader, type CellValue, type XlsxRow } from './xlsx-reader.js';

/** Rows per COPY into the staging table (and per progress update). */
export const STAGE_BATCH = 5000;
const NO_HEADER = '没有找到表头行（须有“户编号/户主身份证号”“姓名”“与户主关系”等列），请使用下载的模板';

const port = parentPort;
if (!port) throw new Error('import-parse.worker runs as a worker thread');
const post = (m: FromParser, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);

/** The file being read (one at a time): the job it stages for, once started, and the batches it may send. */
interface Current {
  jobId: string | null;
  credits: number;
  wake: (() => void) | null;
}
let current: Current | null = null;

port.on('message', (m: ToParser) => {
  if (m.type === 'parse') {
    const state: Current = { jobId: null, credits: 0, wake: null };
    current = state;
    run(m.input, state).catch((e: unknown) =>
      post(
        e instanceof XlsxProblem
          ? { type: 'refused', problem: e.toData() }
          : { type: 'failed', message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
      ),
    );
    return;
  }
  if (!current) return;
  if (m.type === 'start') current.jobId = m.jobId;
  else current.credits++;
  current.wake?.();
});

/** Waits until the service has started the job and may take one more batch. */
async function credit(state: Current): Promise<string> {
  while (!state.jobId || state.credits === 0)
    await new Promise<void>((resolve) => {
      state.wake = resolve;
    });
  state.credits--;
  return state.jobId;
}

const copyLine = (job: string, s: StagedRow): string => {
  let line = copyValue(job);
  for (const [k] of STAGED_COLUMNS) {
    const v =
      k === 'errors' ? (s.errors ? JSON.stringify(s.errors) : null) : (s[k] as string | number | boolean | null);
    line += `\t${copyValue(v)}`;
  }
  return `${line}\n`;
};

/** Reads the file, answers whether it can be imported, then checks, seals and encodes its rows for COPY. */
async function run(input: ParseInput, state: Current): Promise<void> {
  const file = await XlsxReader.open(
    Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength),
  );
  let bytes = 0;
  const found = await findHeader(file, (b) => {
    bytes = b;
  });
  if (!found) return post({ type: 'problems', problems: [{ row: 0, column: '', message: NO_HEADER }] });
  const { header } = found;
  const missing = missingColumns(new Set(header.columns.values()));
  if (missing.length) {
    return post({
      type: 'problems',
      problems: missing.map((column) => ({ row: header.row, column, message: `缺少“${column}”列` })),
    });
  }
  const ctx: RowContext = {
    crypto: new FieldCrypto(input.keys),
    groups: new Map(input.groups),
    grids: new Map(input.grids),
  };
  const encoder = new TextEncoder();
  const stage = (r: XlsxRow): StagedRow | null => {
    if (r.row <= header.row) return null;
    const cells: Partial<Record<ColumnKey, CellValue>> = {};
    let blank = true;
    for (const [i, key] of header.columns) {
      const v = r.cells[i] ?? null;
      if (v !== null && v !== '' && !(typeof v === 'string' && !v.trim())) blank = false;
      cells[key] = v;
    }
    return blank ? null : stageRow(r.row, cells, ctx);
  };
  // the first batch is read before the upload is answered, so a file refused there is refused to the upload (and no job
  // made)
  let early: StagedRow[] | null = [];
  let job = '';
  let text = '';
  let count = 0;
  let total = 0;
  const send = (): void => {
    const data = encoder.encode(text);
    post({ type: 'batch', data, rows: count, bytes }, [data.buffer as ArrayBuffer]);
    total += count;
    text = '';
    count = 0;
  };
  const begin = async (rows: StagedRow[]): Promise<void> => {
    post({ type: 'ready', sheetSize: file.sheetSize(header.sheet.path), headerRow: header.row });
    job = await credit(state);
    for (const s of rows) text += copyLine(job, s);
    count = rows.length;
  };
  const rows = async function* (): AsyncGenerator<XlsxRow[]> {
    yield found.after;
    yield* found.rows;
  };
  for await (const batch of rows()) {
    for (const r of batch) {
      const s = stage(r);
      if (!s) continue;
      if (early) {
        early.push(s);
        continue;
      }
      text += copyLine(job, s);
      if (++count >= STAGE_BATCH) {
        send();
        job = await credit(state);
      }
    }
    if (early && early.length >= STAGE_BATCH) {
      await begin(early);
      early = null;
    }
  }
  if (early) await begin(early);
  if (count) send();
  post({ type: 'done', rows: total, work: file.stats });
}

// the modules are loaded: the thread is ready for a file (warmImportParser waits for this)
post({ type: 'loaded' });
