// Register import benchmark (DESIGN.md budget: importing 100,000 households ≤ 5× PostgreSQL COPY
// of the same rows, with flat memory). `npm run bench:import -w @xiangzhi/bench [-- <households>]`.
//
// 1. writes an .xlsx of N households (~3.4 people each) with exceljs's streaming writer (child process);
// 2. COPYs the same rows (plaintext-equivalent columns, nothing checked or encrypted) into the
//    register tables of a fresh embedded Postgres database: the floor;
// 3. imports the file into another fresh database through the import service, as the API does:
//    base64 → streaming parse, row checks and sealing in the parser thread → stage with COPY →
//    cross-row checks (validate), then batched set-based writes (commit, VALID_ONLY, 2,000 households
//    per transaction); RSS is sampled every 50 ms during the import.
// Then it imports the same file again (every household matched and updated). It prints figures;
// it is not a pass/fail test. BENCH_REIMPORT=0 skips the re-import.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role, type Principal } from '@xiangzhi/auth';
import { startPostgres, tempDataDir } from '@xiangzhi/testing';
import {
  FieldCrypto,
  ImportMode,
  RegisterImportService,
  warmImportParser,
} from '@xiangzhi/governance-subgraph/register-import';
import { copyData, copyRegister } from './copy-baseline.js';
import { BENCH_VILLAGE, prepareDatabase, registerCounts } from './register-database.js';

const run = promisify(execFile);
const HOUSEHOLDS = Number(process.argv[2] ?? process.env.BENCH_HOUSEHOLDS ?? 100_000);
const GRIDS = Math.ceil(HOUSEHOLDS / 100);
const GROUPS = 20;
const MB = 1024 * 1024;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * Samples RSS and heap every 50 ms: peaks, and the heap at ten points of the run (flat memory shows as a flat profile).
 */
class MemorySampler {
  private samples: { rss: number; heap: number }[] = [];
  private timer: NodeJS.Timeout | null = null;
  /**
   * `forceGc`: collect before each sample (once a second), so the heap sampled is what is live, not garbage V8 has yet
   * to collect.
   */
  start(forceGc = false): void {
    this.samples = [];
    this.timer = setInterval(
      () => {
        if (forceGc) gc();
        const m = process.memoryUsage();
        this.samples.push({ rss: m.rss, heap: m.heapUsed });
      },
      forceGc ? 1000 : 50,
    );
  }
  stop(): { rss: number; heap: number; profile: number[]; heaps: number[] } {
    if (this.timer) clearInterval(this.timer);
    const s = this.samples;
    const heaps = s.map((x) => x.heap);
    const profile = Array.from({ length: 10 }, (_, i) =>
      Math.max(
        ...s.slice(Math.floor((i * s.length) / 10), Math.floor(((i + 1) * s.length) / 10)).map((x) => x.heap),
        0,
      ),
    );
    return { rss: Math.max(...s.map((x) => x.rss)), heap: Math.max(...heaps), profile, heaps };
  }
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const file = join(tmpdir(), `xiangzhi-bench-register-${HOUSEHOLDS}.xlsx`);
  let people: number;
  const t0 = performance.now();
  if (!existsSync(file)) {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'write-workbook.ts'),
        file,
        String(HOUSEHOLDS),
        String(GRIDS),
        String(GROUPS),
      ],
      { maxBuffer: MB },
    );
    people = Number(stdout.trim());
    console.log(
      `workbook: ${HOUSEHOLDS} households, ${people} people written in ${secs(performance.now() - t0)} → ${file}`,
    );
  } else {
    people = Math.round(HOUSEHOLDS * 3.4);
    console.log(`workbook: reusing ${file}`);
  }
  console.log(`          ${((await stat(file)).size / MB).toFixed(1)} MB`);

  const server = await startPostgres({ dataDir: await tempDataDir('xiangzhi-bench-'), port: 0, persistent: false });
  try {
    // (a) the import first, in a process that holds nothing else yet, through the service the GraphQL mutations call
    const importUrl = await server.createDatabase('bench_import');
    const importDb = await prepareDatabase(importUrl, GRIDS, GROUPS);
    const principal: Principal = {
      accountId: '0190a000-0000-7000-8000-000000000001',
      username: 'bench',
      roles: [Role.VILLAGE_SECRETARY],
      divisionCode: BENCH_VILLAGE,
      gridIds: [],
      cadreId: null,
    };
    const service = new RegisterImportService(importDb.orm.em.fork(), principal, new FieldCrypto(randomBytes(32)));
    // the API decodes base64 and refuses files over 18 MB (a village's ledger is far smaller); the benchmark hands the
    // engine the bytes
    const content = await readFile(file);
    // the parser thread is started ahead, as the service does before its first upload
    await warmImportParser();
    gc();
    const baseline = process.memoryUsage();
    const rss = new MemorySampler();
    rss.start();
    const v0 = performance.now();
    const validation = await service.startValidation(BENCH_VILLAGE, 'bench.xlsx', content);
    await validation.done;
    const validateMs = performance.now() - v0;
    const validating = rss.stop();
    const validated = await service.get(validation.job.id);
    if (validated?.status !== 'VALIDATED' || validated.errorRows)
      throw new Error(
        `validation: ${validated?.status}, ${validated?.errorRows} error rows ${JSON.stringify(validated?.report)}`,
      );
    rss.start();
    const c0 = performance.now();
    const committing = await service.startCommit(validation.job.id, ImportMode.VALID_ONLY);
    await committing.done;
    const commitMs = performance.now() - c0;
    const writing = rss.stop();
    const job = await service.get(validation.job.id);
    const importCounts = await registerCounts(importUrl);

    // the same file again: every household is matched by ID number and updated, none created
    let reimport: { ms: number; created: number; updated: number; live: number[] } | null = null;
    if (process.env.BENCH_REIMPORT !== '0') {
      rss.start(true);
      const r0 = performance.now();
      const again = await service.startValidation(BENCH_VILLAGE, 'bench.xlsx', content);
      await again.done;
      await (
        await service.startCommit(again.job.id, ImportMode.VALID_ONLY)
      ).done;
      const after = await service.get(again.job.id);
      const ms = performance.now() - r0;
      reimport = {
        ms,
        created: after?.createdHouseholds ?? -1,
        updated: after?.updatedHouseholds ?? -1,
        live: rss.stop().heaps,
      };
    }
    const reimportCounts = await registerCounts(importUrl);
    await importDb.orm.close();

    // (b) COPY of the same rows: the floor
    const copyUrl = await server.createDatabase('bench_copy');
    const copyDb = await prepareDatabase(copyUrl, GRIDS, GROUPS);
    await copyDb.orm.close();
    const copied = await copyRegister(copyUrl, copyData(HOUSEHOLDS, GRIDS, GROUPS, copyDb.territory));
    const copyCounts = await registerCounts(copyUrl);

    const importMs = validateMs + commitMs;
    const rows = copied.rows;
    const mb = (n: number): string => `${(n / MB).toFixed(0)} MB`;
    console.log('');
    console.log(
      `rows: ${copyCounts.households} households + ${copyCounts.residents} residents + ${copyCounts.tags} tags = ${rows}`,
    );
    console.log(
      `(b) COPY                             ${secs(copied.ms).padStart(9)}   ${Math.round(rows / (copied.ms / 1000)).toLocaleString('en')} rows/s`,
    );
    console.log(
      `(a) import                           ${secs(importMs).padStart(9)}   ${Math.round(rows / (importMs / 1000)).toLocaleString('en')} rows/s`,
    );
    console.log(`      validate: parse, check, seal, stage  ${secs(validateMs).padStart(9)}`);
    console.log(`      commit: write ${job?.createdHouseholds} households     ${secs(commitMs).padStart(9)}`);
    console.log(`import / COPY                        ${(importMs / copied.ms).toFixed(2)}×   (budget ≤ 5×)`);
    if (reimport)
      console.log(
        `re-import of the same file            ${secs(reimport.ms).padStart(9)}   created ${reimport.created}, updated ${reimport.updated}; counts ${JSON.stringify(reimportCounts) === JSON.stringify(importCounts) ? 'unchanged' : `CHANGED: ${JSON.stringify(reimportCounts)}`}`,
      );
    console.log(
      `memory before the import: RSS ${mb(baseline.rss)}, heap ${mb(baseline.heapUsed)} (the ${mb(content.length)} file included)`,
    );
    console.log("  (RSS is the process, parser thread included; heap is the main thread's)");
    console.log(
      `  validating: RSS peak ${mb(validating.rss)}, heap peak ${mb(validating.heap)}; heap after each 10% of the rows: ${validating.profile.map(mb).join(' ')}`,
    );
    console.log(`  writing:    RSS peak ${mb(writing.rss)}, heap peak ${mb(writing.heap)}`);
    if (reimport)
      console.log(
        `  live heap during the re-import (GC forced each second, ${reimport.live.length} samples): ${mb(Math.min(...reimport.live))} to ${mb(Math.max(...reimport.live))}`,
      );
    const same =
      importCounts.households === copyCounts.households &&
      importCounts.residents === copyCounts.residents &&
      importCounts.tags === copyCounts.tags;
    console.log(
      `same rows in both databases: ${same ? 'yes' : `NO: import ${JSON.stringify(importCounts)} vs COPY ${JSON.stringify(copyCounts)}`}`,
    );
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
