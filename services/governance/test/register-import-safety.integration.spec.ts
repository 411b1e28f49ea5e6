import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo.js';
import { warmImportParser } from '../src/modules/register-import/index.js';
import { REGISTER_COLUMNS } from '../src/modules/register-import/index.js';
import { startGovernance, type GqlResult, type Harness } from './harness.js';
import { fixture, PASSWORD, VILLAGE_A1, VILLAGE_A2, VILLAGE_B1 } from './fixture.js';
import { VALIDATE, idCard, settle, workbook, type SheetRow } from './register-import.fixture.js';
import {
  HEADER_ROW,
  SHEET_HEAD,
  cell,
  repeatedPart,
  rowlessSheet,
  sharedStringsBomb,
  xlsx,
} from './register-import.files.js';

let h: Harness;
const tokens: Record<string, string> = {};
/** 30,000 people, one household each: a few seconds of work for the parser thread. */
let bigFile = '';

const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  h.subgraph.orm.em.fork().getConnection().execute<T[]>(text, params);
const jobsNamed = async (fileName: string): Promise<number> =>
  Number((await sql<{ n: string }>('select count(*) n from import_job where file_name = ?', [fileName]))[0].n);

const PING = 'query { importJob(id: "0190a000-0000-7000-8000-00000000ffff") { id } }';

/**
 * Uploads `content` and, while the upload is being read, times five small requests to the same subgraph, one after
 * another.
 */
interface Uploaded {
  validateRegisterImport: { id: string };
}
type Upload = GqlResult<Uploaded>;

async function uploadWhileAsking(
  content: Buffer | string,
  fileName: string,
  village = VILLAGE_A1,
  token = tokens.sec_a1,
): Promise<{ upload: Upload; latencies: number[] }> {
  const c = typeof content === 'string' ? content : content.toString('base64');
  expect((await h.gql(PING, {}, tokens.sec_b1)).errors).toBeUndefined(); // (not timed: a first request warms its path)
  const upload = h.gql<Uploaded>(VALIDATE, { v: village, f: fileName, c }, token);
  const latencies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await h.gql(PING, {}, tokens.sec_b1);
    latencies.push(performance.now() - t0);
    expect(res.errors).toBeUndefined();
  }
  return { upload: await upload, latencies };
}

beforeAll(async () => {
  h = await startGovernance();
  await loadDemo(h.subgraph.orm.em.fork(), fixture, h.crypto);
  for (const u of ['sec_a1', 'sec_b1', 'town_a']) {
    const res = await h.gql<{ login: { accessToken: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }',
      { u, p: PASSWORD },
    );
    tokens[u] = res.data!.login.accessToken;
  }
  const rows: SheetRow[] = Array.from({ length: 30_000 }, (_, i) => ({
    householdKey: `H${i}`,
    address: `石门村 ${i} 号`,
    name: '王秀英',
    relation: '户主',
    idCardNo: idCard(i % 1000, `19${50 + Math.floor(i / 1000)}0301`),
  }));
  // the service starts a parser thread ahead of the first upload (its modules take seconds to load)
  [bigFile] = await Promise.all([workbook(rows), warmImportParser()]);
}, 180_000);
afterAll(async () => {
  await h?.stop();
});

describe('a hostile workbook is refused and the service keeps answering', () => {
  it('refuses the zip bomb of the finding (500 MB of shared strings in about 1 MB) before inflating it: IMPORT_FILE_UNSAFE, no job', async () => {
    const bomb = sharedStringsBomb();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const { upload, latencies } = await uploadWhileAsking(bomb, 'bomb.xlsx');
    expect(upload.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_FILE_UNSAFE', field: 'contentBase64' } });
    expect(upload.errors?.[0].message).toContain('压缩比异常');
    expect(Math.max(...latencies), latencies.map(Math.round).join(' ')).toBeLessThan(1000);
    expect(await jobsNamed('bomb.xlsx')).toBe(0);
    // the old reader inflated the 500 MB (+1.4 GB of memory)
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a bomb whose header understates its size where the lie shows', async () => {
    const { upload, latencies } = await uploadWhileAsking(sharedStringsBomb(500_000), 'liar.xlsx');
    expect(upload.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_FILE_UNSAFE', field: 'contentBase64' } });
    expect(upload.errors?.[0].message).toContain('大小与实际内容不符');
    expect(Math.max(...latencies), latencies.map(Math.round).join(' ')).toBeLessThan(1000);
    expect(await jobsNamed('liar.xlsx')).toBe(0);
  });

  it('refuses a sheet whose row never closes (52 KB and 520 KB files) at the row limit: IMPORT_FILE_INVALID naming the row', async () => {
    for (const [chars, kb] of [
      [1_900_000, 52],
      [19_000_000, 520],
    ] as const) {
      const file = xlsx(rowlessSheet(chars));
      const fileName = `rowless-${kb}k.xlsx`;
      expect(file.length).toBeGreaterThan(kb * 1000 * 0.9);
      expect(file.length).toBeLessThan(kb * 1000 * 1.2);
      const { upload, latencies } = await uploadWhileAsking(file, fileName);
      expect(upload.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_FILE_INVALID', field: 'contentBase64' } });
      expect(upload.errors?.[0].message).toMatch(/^第 2 行过长/);
      expect(Math.max(...latencies), latencies.map(Math.round).join(' ')).toBeLessThan(1000);
      expect(await jobsNamed(fileName)).toBe(0);
    }
  });

  it('fails a file refused half-way (after a batch was staged) with the reason, and leaves nothing staged', async () => {
    const row = `<row>${REGISTER_COLUMNS.map((c, i) => cell(`${String.fromCharCode(65 + i)}9`, c.key === 'relation' ? '户主' : '王秀英')).join('')}</row>`;
    const endless = `<row>${cell('A1', '王秀英'.repeat(20)).repeat(12_000)}`;
    const sheet = repeatedPart('sheet', `${SHEET_HEAD}${HEADER_ROW}`, row, 6000, endless);
    const res = await h.gql<{ validateRegisterImport: { id: string } }>(
      VALIDATE,
      { v: VILLAGE_A1, f: 'half.xlsx', c: xlsx(sheet).toString('base64') },
      tokens.sec_a1,
    );
    const job = await settle(h, tokens.sec_a1, res.data!.validateRegisterImport.id);
    expect(job.status).toBe('FAILED');
    expect(job.errors).toEqual([
      { row: 6002, column: '', message: expect.stringMatching(/^第 6002 行过长/) as string },
    ]);
    expect(await sql('select 1 from import_row where job_id = ?', [job.id])).toEqual([]);
  });
});

describe('a big ordinary workbook', () => {
  it('is read in the parser thread: while it is validated, other requests are answered in under a second', async () => {
    const { upload, latencies } = await uploadWhileAsking(bigFile, 'big.xlsx');
    expect(upload.errors).toBeUndefined();
    expect(Math.max(...latencies), latencies.map(Math.round).join(' ')).toBeLessThan(1000);
    const job = await settle(h, tokens.sec_a1, upload.data!.validateRegisterImport.id);
    expect(job).toMatchObject({ status: 'VALIDATED', totalRows: 30_000, errorRows: 0 });
  }, 120_000);

  it('is one of at most one file per village and two in the service read at once (IMPORT_BUSY)', async () => {
    const upload = (village: string, token: string): Promise<Upload> =>
      h.gql<Uploaded>(VALIDATE, { v: village, f: 'busy.xlsx', c: bigFile }, token);
    const first = await upload(VILLAGE_A1, tokens.sec_a1);
    expect(first.errors).toBeUndefined();
    // while the first is read: its village again, and two other villages at once (one of them takes the second slot)
    const [sameVillage, b1, a2] = await Promise.all([
      upload(VILLAGE_A1, tokens.sec_a1),
      upload(VILLAGE_B1, tokens.sec_b1),
      upload(VILLAGE_A2, tokens.town_a),
    ]);
    expect(sameVillage.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_BUSY', field: 'villageCode' } });
    expect(sameVillage.errors?.[0].message).toContain('本村已有一个文件正在校验');
    const [second, third] = b1.errors ? [a2, b1] : [b1, a2];
    expect(second.errors).toBeUndefined();
    expect(third.errors?.[0]).toMatchObject({ extensions: { code: 'IMPORT_BUSY' } });
    expect(third.errors?.[0].message).toContain('请稍等');
    const secondToken = second === b1 ? tokens.sec_b1 : tokens.town_a;
    for (const [id, token] of [
      [first.data!.validateRegisterImport.id, tokens.sec_a1],
      [second.data!.validateRegisterImport.id, secondToken],
    ]) {
      expect((await settle(h, token, id)).status).toBe('VALIDATED');
    }
    // as soon as the first shows VALIDATED, its village may upload again
    const again = await upload(VILLAGE_A1, tokens.sec_a1);
    expect(again.errors).toBeUndefined();
    expect((await settle(h, tokens.sec_a1, again.data!.validateRegisterImport.id)).status).toBe('VALIDATED');
  }, 180_000);
});
