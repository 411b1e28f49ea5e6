import { setTimeout as sleep } from 'node:timers/promises';
import { RefusedError } from './graphql.js';

/**
 * `total` numbered jobs, `concurrency` at a time. A job that answers false (the service is down, the
 * connection was cut) is tried again until it answers true: a cut request may still have been committed,
 * so the jobs must tell a done one apart (the tests count in the database, never requests).
 */
export class RetryingWorkload {
  done = 0;
  failures = 0;
  private next = 0;
  private readonly waiters: { n: number; resolve: () => void }[] = [];

  /** `gate(n)` holds job n back until it resolves (a workload paced by another one's progress). */
  constructor(
    readonly total: number,
    private readonly job: (n: number) => Promise<boolean>,
    private readonly gate: (n: number) => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Resolves when every job has succeeded; a job that throws fails the run. */
  async run(concurrency = 8): Promise<void> {
    const worker = async (): Promise<void> => {
      for (;;) {
        const n = this.next++;
        if (n >= this.total) return;
        await this.gate(n);
        while (!(await this.job(n))) {
          this.failures++;
          await sleep(200);
        }
        this.done++;
        for (const w of this.waiters.filter((x) => this.done >= x.n)) {
          w.resolve();
          this.waiters.splice(this.waiters.indexOf(w), 1);
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  /** Resolves once `n` jobs have succeeded. */
  reached(n: number): Promise<void> {
    if (this.done >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }
}

/**
 * Runs one job's request. Sent again after its answer was lost, a change that was committed is refused
 * (a version conflict, a duplicate, a status it already has): then `landed` looks in the database.
 */
export async function idempotent(job: () => Promise<boolean>, landed: () => Promise<boolean>): Promise<boolean> {
  try {
    return await job();
  } catch (e) {
    if (e instanceof RefusedError && (await landed())) return true;
    throw e;
  }
}
