import { Worker } from 'node:worker_threads';
import type { FieldKeys } from '../../pii/field-crypto.js';
import type { JobProblem } from './import-job.entity.js';
import type { XlsxProblemData } from './xlsx-limits.js';

/**
 * What the parser thread needs: the file, the keys that seal ID numbers and phones, the village's group and grid names.
 */
export interface ParseInput {
  content: Uint8Array;
  keys: FieldKeys;
  groups: [string, string][];
  grids: [string, string][];
}

/** Parser → service. `ready` or `problems` answers the upload; then `batch`es, then `done`, `refused` or `failed`. */
export type FromParser =
  | { type: 'loaded' }
  | { type: 'ready'; sheetSize: number; headerRow: number }
  | { type: 'problems'; problems: JobProblem[] }
  | { type: 'batch'; data: Uint8Array; rows: number; bytes: number }
  | { type: 'done'; rows: number; work: { inflated: number; parsed: number } }
  | { type: 'refused'; problem: XlsxProblemData }
  | { type: 'failed'; message: string };

/** Service → parser: a file to read, the job to stage its rows for, one credit per batch it may send ahead. */
export type ToParser = { type: 'parse'; input: ParseInput } | { type: 'start'; jobId: string } | { type: 'more' };

/**
 * Batches the parser may send before the service has COPYed them: memory holds at most these.
 */
const AHEAD = 2;
/**
 * A parser thread's heap: a file within XLSX_LIMITS needs far less; a thread that needs more is stopped, not the
 * service.
 */
export const PARSER_HEAP_MB = 512;
/** An idle parser thread is kept this long (starting one loads the row checks' modules: seconds). */
const IDLE_MS = 10 * 60_000;
/** Longest wait for the thread's next message (a batch of 5,000 rows takes well under a minute). */
const SILENT_MS = 5 * 60_000;
const BOOTSTRAP = new URL('./import-parse.worker.mjs', import.meta.url);

const idle: Worker[] = [];
const idleTimers = new WeakMap<Worker, NodeJS.Timeout>();

function parserThread(): Worker {
  const reused = idle.pop();
  if (reused) {
    clearTimeout(idleTimers.get(reused));
    reused.ref();
    return reused;
  }
  const worker = new Worker(BOOTSTRAP, { resourceLimits: { maxOldGenerationSizeMb: PARSER_HEAP_MB } });
  worker.on('exit', () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  // an idle thread's error ends it (exit above); a busy one's is reported to its ImportParse
  worker.on('error', () => undefined);
  return worker;
}

function putBack(worker: Worker): void {
  worker.unref();
  idle.push(worker);
  idleTimers.set(worker, setTimeout(() => void worker.terminate(), IDLE_MS).unref());
}

const isLast = (m: FromParser): boolean => m.type !== 'ready' && m.type !== 'batch';

/**
 * Starts a parser thread ahead of the first upload, so that upload does not wait seconds for the
 * thread to load its modules; resolves once it has (or has failed to: the first upload will try again).
 */
export async function warmImportParser(): Promise<void> {
  if (idle.length) return;
  const worker = parserThread();
  const loaded = await new Promise<boolean>((resolve) => {
    worker.once('message', (m: FromParser) => resolve(m.type === 'loaded'));
    worker.once('exit', () => resolve(false));
  });
  if (loaded) putBack(worker);
  else void worker.terminate();
}

/**
 * One file through the register import's unzip, XML parse, row checks and sealing, in a worker
 * thread (import-parse.worker.ts), so a big or hostile file costs that thread's time, not the
 * event loop's. Threads are kept for the next file. Messages arrive in order through `next()`;
 * the thread runs ahead by AHEAD batches.
 */
export class ImportParse {
  private readonly worker = parserThread();
  private readonly queue: FromParser[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  private detached = false;
  private readonly onMessage = (m: FromParser): void => this.push(m);
  private readonly onError = (e: Error & { code?: string }): void =>
    this.push(
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? { type: 'refused', problem: { kind: 'TOO_LARGE', detail: 'the parser ran out of memory' } }
        : { type: 'failed', message: e.stack ?? e.message },
    );
  private readonly onExit = (code: number): void =>
    this.push({ type: 'failed', message: `the parser thread exited (${code})` });

  constructor(input: ParseInput) {
    this.worker.on('message', this.onMessage);
    this.worker.on('error', this.onError);
    this.worker.on('exit', this.onExit);
    this.send({ type: 'parse', input });
  }

  private push(m: FromParser): void {
    if (this.ended || m.type === 'loaded') return;
    if (isLast(m)) this.ended = true;
    this.queue.push(m);
    this.wake?.();
  }

  /** The next message; after the last one (done, problems, refused, failed) the thread goes back to the pool. */
  async next(): Promise<FromParser> {
    while (!this.queue.length) {
      // a thread that says nothing for SILENT_MS is stuck: it is ended, and the village's import slot with it
      const timer = setTimeout(() => {
        this.push({ type: 'failed', message: `the parser thread said nothing for ${SILENT_MS / 1000} s` });
        this.stop();
      }, SILENT_MS);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      clearTimeout(timer);
    }
    this.wake = null;
    const m = this.queue.shift() as FromParser;
    if (isLast(m))
      this.detach(m.type !== 'failed' && !(m.type === 'refused' && m.problem.detail?.includes('out of memory')));
    return m;
  }

  /** Staging starts: rows are sealed for this job. */
  start(jobId: string): void {
    this.send({ type: 'start', jobId });
    for (let i = 0; i < AHEAD; i++) this.send({ type: 'more' });
  }

  /** One more batch may come (the previous one is COPYed). */
  more(): void {
    this.send({ type: 'more' });
  }

  private send(m: ToParser): void {
    if (!this.ended) this.worker.postMessage(m);
  }

  /** Stops the read, if it is still going (the thread is ended: where it stood is unknown). */
  stop(): void {
    this.ended = true;
    this.detach(false);
  }

  private detach(reusable: boolean): void {
    if (this.detached) return;
    this.detached = true;
    this.worker.off('message', this.onMessage);
    this.worker.off('error', this.onError);
    this.worker.off('exit', this.onExit);
    if (reusable) putBack(this.worker);
    else void this.worker.terminate();
  }
}
