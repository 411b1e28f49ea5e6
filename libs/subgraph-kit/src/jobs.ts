import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Logger } from 'pino';

// Scheduled jobs of a service on pg-boss 10 (11+ needs Node 22), kept in the service's own database
// under the schema `pgboss`: the cron lives in the database, so with several replicas each tick runs once.

/** The environment switch of a service's jobs (spread into its env schema): JOBS_ENABLED, on unless 'false'. */
export const jobsEnvShape = {
  JOBS_ENABLED: z
    .enum(['true', 'false'], { error: 'JOBS_ENABLED 应为 true 或 false' })
    .default('true')
    .transform((v) => v === 'true'),
};

/** One job: its queue name, when it runs (cron, China time unless told) and what it does. */
export interface ScheduledJob {
  name: string;
  cron: string;
  run(): Promise<unknown>;
}

export interface JobRunnerOptions {
  databaseUrl: string;
  jobs: ScheduledJob[];
  log: Logger;
  /** Postgres schema of pg-boss's tables; `pgboss` unless given. */
  schema?: string;
  /** Time zone the crons are read in. */
  timeZone?: string;
  /** How often a worker polls its queue (seconds, pg-boss's minimum 0.5); 2 unless given. */
  pollingIntervalSeconds?: number;
}

export interface JobRunner {
  /** Queues a run of the job now (besides its schedule); the id of the queued job. */
  runNow(name: string): Promise<string | null>;
  /** The crons in the database, by job name. */
  schedules(): Promise<Record<string, { cron: string; timeZone: string | undefined }>>;
  /** Waits for the runs in flight (up to 10 s), then closes pg-boss's connections. */
  stop(): Promise<void>;
}

/** Starts pg-boss, creates each job's queue, works it and schedules its cron. */
export async function startJobRunner(o: JobRunnerOptions): Promise<JobRunner> {
  const log = o.log.child({ component: 'jobs' });
  const timeZone = o.timeZone ?? 'Asia/Shanghai';
  const boss = new PgBoss({ connectionString: o.databaseUrl, schema: o.schema ?? 'pgboss', max: 3 });
  boss.on('error', (err) => log.error({ err }, 'job runner error'));
  await boss.start();
  for (const job of o.jobs) {
    // stately: at most one run queued and one running, so ticks that pile up while a run is slow collapse
    await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 2, expireInSeconds: 600 });
    await boss.work(job.name, { pollingIntervalSeconds: o.pollingIntervalSeconds ?? 2 }, async () => {
      const started = Date.now();
      try {
        const result = await job.run();
        log.info({ job: job.name, ms: Date.now() - started, result }, 'job done');
      } catch (err) {
        log.error({ err, job: job.name }, 'job failed');
        throw err;
      }
    });
    await boss.schedule(job.name, job.cron, {}, { tz: timeZone });
  }
  log.info({ jobs: o.jobs.map((j) => `${j.name} ${j.cron}`) }, 'job runner started');
  let stopping: Promise<void> | null = null;
  return {
    runNow: (name) => boss.send(name, {}),
    async schedules() {
      const out: Record<string, { cron: string; timeZone: string | undefined }> = {};
      // the rows as stored: pg-boss 10 keeps the zone in a `timezone` column, not in `options`
      for (const s of (await boss.getSchedules()) as (PgBoss.Schedule & { timezone?: string })[])
        out[s.name] = { cron: s.cron, timeZone: s.timezone ?? s.options?.tz };
      return out;
    },
    stop() {
      stopping ??= boss
        .stop({ graceful: true, wait: true, timeout: 10_000 })
        .then(() => log.info('job runner stopped'));
      return stopping;
    },
  };
}
