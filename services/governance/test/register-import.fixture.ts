import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, type ColumnKey } from '../src/modules/register-import/index.js';
import type { Harness } from './harness.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A valid GB 11643 number: area, birth date, a 3-digit sequence (odd = male), check character. */
export function idCard(seq: number, birth = '19600301', area = '430999'): string {
  const body = `${area}${birth}${String(seq).padStart(3, '0')}`;
  return body + CHECK[WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0) % 11];
}

export type SheetRow = Partial<Record<ColumnKey, string | number>>;

/** A register workbook (base64) with the template's header row and these rows. */
export async function workbook(rows: SheetRow[], opts: { title?: string } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员信息');
  if (opts.title) ws.addRow([opts.title]);
  ws.addRow(REGISTER_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(REGISTER_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** The data rows of a workbook (base64), keyed by column, all as text. */
export async function readWorkbook(
  base64: string,
): Promise<{ sheets: string[]; headers: string[]; rows: Record<ColumnKey, string>[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<ColumnKey, string>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      Object.fromEntries(REGISTER_COLUMNS.map((c, i) => [c.key, values[i] == null ? '' : String(values[i])])) as Record<
        ColumnKey,
        string
      >,
    );
  });
  return { sheets: wb.worksheets.map((w) => w.name), headers, rows };
}

export interface JobData {
  id: string;
  status: string;
  mode: string | null;
  fileName: string;
  totalRows: number;
  validRows: number;
  errorRows: number;
  processedRows: number;
  createdHouseholds: number;
  updatedHouseholds: number;
  progress: number;
  errors: { row: number; column: string; message: string }[];
}
export const JOB_FIELDS =
  'id status mode fileName totalRows validRows errorRows processedRows createdHouseholds updatedHouseholds progress errors(first: 1000) { row column message }';

/** Polls importJob until it leaves VALIDATING / IMPORTING (for up to two minutes: a big file on a busy machine). */
export async function settle(h: Harness, token: string, id: string): Promise<JobData> {
  for (const until = Date.now() + 120_000; Date.now() < until;) {
    const res = await h.gql<{ importJob: JobData }>(
      `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`,
      { id },
      token,
    );
    const job = res.data?.importJob;
    if (!job) throw new Error(`importJob ${id}: ${JSON.stringify(res.errors)}`);
    if (job.status !== 'VALIDATING' && job.status !== 'IMPORTING') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import job ${id} did not finish`);
}

export const VALIDATE = `mutation($v: String!, $f: String!, $c: String!) { validateRegisterImport(villageCode: $v, fileName: $f, contentBase64: $c) { ${JOB_FIELDS} } }`;
export const COMMIT = `mutation($id: ID!, $m: ImportMode!) { commitRegisterImport(jobId: $id, mode: $m) { ${JOB_FIELDS} } }`;

/** Validates a workbook and waits for the report. */
export async function validate(
  h: Harness,
  token: string,
  villageCode: string,
  content: string,
  fileName = '台账.xlsx',
): Promise<JobData> {
  const res = await h.gql<{ validateRegisterImport: JobData }>(
    VALIDATE,
    { v: villageCode, f: fileName, c: content },
    token,
  );
  if (!res.data?.validateRegisterImport) throw new Error(JSON.stringify(res.errors));
  return settle(h, token, res.data.validateRegisterImport.id);
}

/** Commits a validated job and waits for it to finish. */
export async function commit(
  h: Harness,
  token: string,
  id: string,
  mode: 'ALL_OR_NOTHING' | 'VALID_ONLY',
): Promise<JobData> {
  const res = await h.gql<{ commitRegisterImport: JobData }>(COMMIT, { id, m: mode }, token);
  if (!res.data?.commitRegisterImport) throw new Error(JSON.stringify(res.errors));
  return settle(h, token, id);
}
