import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from './backoff.js';
import { batchReceiptSchema, isSubscriberName, type EventBatch, type EventEnvelope } from './event.js';
import { wakeOnOutboxCommit } from './wake.js';

export interface Subscriber {
  name: string;
  /** Its `/events` endpoint. */
  url: string;
}

type LogFn = (obj: object, msg?: string) => void;
/** The part of a pino logger the relay uses. */
export interface EventLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

/** Headers that authenticate one POST (the subgraphs' HMAC scheme). */
export type RequestSigner = (request: { method: 'POST'; url: URL; body: string }) => Record<string, string>;

export interface RelayOptions {
  /** The producer's root EntityManager (the relay forks it). */
  em: EntityManager;
  /** Sent with every batch; the consumer records it in its inbox. */
  producer: string;
  subscribers: Subscriber[];
  sign: RequestSigner;
  /** Events per POST (default 250: measured faster than 100 in tools/bench's burst). */
  batchSize?: number;
  /** How often a relay looks for due events when nothing wakes it (default 500 ms). */
  pollIntervalMs?: number;
  backoff?: BackoffOptions;
  /** A POST that takes longer counts as failed (default 10 s). */
  requestTimeoutMs?: number;
  /** Batches in flight per subscriber (default 2); locks keep them apart. */
  concurrency?: number;
  log?: EventLogger;
  random?: () => number;
}

interface Claimed {
  event_id: string;
  attempts: number;
  type: string;
  aggregate_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}
interface Failure {
  event_id: string;
  delay_ms: number;
  error: string;
}

const silent: EventLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const ERROR_MAX = 500;

/**
 * Delivers the outbox: per subscriber, claims a batch of due rows (`FOR UPDATE SKIP LOCKED`, so any
 * number of producer processes share the work without sending a row twice at once), POSTs it
 * signed, and in the same transaction marks what the subscriber took as delivered and reschedules
 * the rest with backoff. A crash before the commit leaves the rows pending: delivery is at least
 * once, and the subscriber's inbox makes it exactly-once in effect.
 */
export class OutboxRelay {
  private readonly o: Required<Omit<RelayOptions, 'log' | 'random'>> & { log: EventLogger; random: () => number };
  private loops: Promise<void>[] = [];
  private stopped = true;
  private wakers = new Set<() => void>();
  /** A wake that came while every loop was busy: the next loop to pause looks again at once. */
  private wokenWhileBusy = false;
  private unhook: (() => void) | null = null;
  /** Subscribers whose last delivery failed: warned about once, not on every retry. */
  private readonly failing = new Set<string>();

  constructor(options: RelayOptions) {
    for (const s of options.subscribers) {
      if (!isSubscriberName(s.name)) throw new Error(`invalid subscriber name ${s.name}`);
    }
    this.o = {
      batchSize: 250,
      pollIntervalMs: 500,
      backoff: DEFAULT_BACKOFF,
      requestTimeoutMs: 10_000,
      concurrency: 2,
      ...options,
      log: options.log ?? silent,
      random: options.random ?? Math.random,
    };
  }

  /** Makes the configured subscribers the active ones: new events fan out to exactly these. */
  async registerSubscribers(): Promise<void> {
    const em = this.o.em.fork();
    await em.transactional(async (tx) => {
      const names = this.o.subscribers.map((s) => s.name);
      for (const s of this.o.subscribers) {
        await tx.execute(
          `insert into event_subscriber (name, url, active, updated_at) values (?, ?, true, now())
           on conflict (name) do update set url = excluded.url, active = true, updated_at = now()`,
          [s.name, s.url],
        );
      }
      await tx.execute(
        names.length
          ? 'update event_subscriber set active = false, updated_at = now() where active and name not in (?)'
          : 'update event_subscriber set active = false, updated_at = now() where active',
        names.length ? [names] : [],
      );
    });
  }

  /** Registers the subscribers, then runs until stop(); a commit that wrote events wakes it at once. */
  async start(): Promise<void> {
    if (!this.stopped) return;
    await this.registerSubscribers();
    this.stopped = false;
    this.unhook = wakeOnOutboxCommit(this.o.em, () => this.wake());
    for (const s of this.o.subscribers) {
      for (let i = 0; i < this.o.concurrency; i++) this.loops.push(this.loop(s));
    }
    this.o.log.info({ subscribers: this.o.subscribers.map((s) => s.name) }, 'event relay started');
  }

  /** Lets the loops look for due events now rather than after the poll interval. */
  wake(): void {
    if (!this.wakers.size) this.wokenWhileBusy = true;
    for (const w of this.wakers) w();
    this.wakers.clear();
  }

  /** Stops after the batches in flight; what is not delivered stays pending for the next start. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.unhook?.();
    this.wake();
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Delivers due batches to one subscriber until none is left (tests, benchmarks); returns how many were sent. */
  async deliverDue(subscriber: Subscriber): Promise<number> {
    let sent = 0;
    for (;;) {
      const n = await this.deliverBatch(subscriber);
      sent += n;
      if (n === 0) return sent;
    }
  }

  private async loop(s: Subscriber): Promise<void> {
    while (!this.stopped) {
      let claimed = 0;
      try {
        claimed = await this.deliverBatch(s);
      } catch (err) {
        this.o.log.error({ err, subscriber: s.name }, 'event relay: claiming or marking failed');
      }
      if (claimed < this.o.batchSize && !this.stopped) await this.pause();
    }
  }

  private pause(): Promise<void> {
    if (this.wokenWhileBusy) {
      this.wokenWhileBusy = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, this.o.pollIntervalMs);
      this.wakers.add(done);
    });
  }

  /** One claimed batch: POST, then mark, in the transaction that holds the row locks. Returns the rows claimed. */
  async deliverBatch(s: Subscriber): Promise<number> {
    return this.o.em.fork().transactional(async (tx) => {
      const rows = await tx.execute<Claimed[]>(
        `select d.event_id, d.attempts, e.type, e.aggregate_id, e.payload, e.created_at
         from event_delivery d join event_outbox e on e.id = d.event_id
         where d.subscriber = ? and d.delivered_at is null and d.next_attempt_at <= now()
         order by d.event_id limit ? for update of d skip locked`,
        [s.name, this.o.batchSize],
      );
      if (!rows.length) return 0;
      const { taken, failed } = await this.post(s, rows);
      if (taken.length) {
        await tx.execute(
          // clock_timestamp(): when the subscriber answered, not when this transaction began
          'update event_delivery set delivered_at = clock_timestamp(), attempts = attempts + 1, last_error = null where subscriber = ? and event_id in (?)',
          [s.name, taken],
        );
      }
      if (failed.length) {
        await tx.execute(
          `update event_delivery as d set attempts = d.attempts + 1, last_error = v.error,
             next_attempt_at = now() + v.delay_ms * interval '1 millisecond'
           from jsonb_to_recordset(?::jsonb) as v(event_id uuid, delay_ms int, error text)
           where d.subscriber = ? and d.event_id = v.event_id`,
          [JSON.stringify(failed), s.name],
        );
        const detail = { subscriber: s.name, failed: failed.length, error: failed[0]!.error };
        if (this.failing.has(s.name)) this.o.log.debug(detail, 'event relay: delivery failed again');
        else this.o.log.warn(detail, 'event relay: delivery failed, retrying with backoff');
        this.failing.add(s.name);
      } else if (this.failing.delete(s.name)) {
        this.o.log.info({ subscriber: s.name }, 'event relay: delivering again');
      }
      return rows.length;
    });
  }

  /** Sends one batch; which events the subscriber took and which to retry (with their delay). */
  private async post(s: Subscriber, rows: Claimed[]): Promise<{ taken: string[]; failed: Failure[] }> {
    const events: EventEnvelope[] = rows.map((r) => ({
      id: r.event_id,
      type: r.type,
      aggregateId: r.aggregate_id,
      occurredAt: new Date(r.created_at).toISOString(),
      payload: r.payload,
    }));
    const body = JSON.stringify({ producer: this.o.producer, events } satisfies EventBatch);
    const url = new URL(s.url);
    let taken = new Set<string>();
    const errors = new Map<string, string>();
    let general = '';
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...this.o.sign({ method: 'POST', url, body }) },
        body,
        signal: AbortSignal.timeout(this.o.requestTimeoutMs),
      });
      const text = await res.text();
      if (!res.ok) general = `HTTP ${res.status} ${text.slice(0, 200)}`;
      else {
        const receipt = batchReceiptSchema.parse(JSON.parse(text));
        taken = new Set(receipt.processed);
        for (const f of receipt.failed) errors.set(f.id, f.error);
        general = 'not acknowledged by the subscriber';
      }
    } catch (e) {
      general = e instanceof Error ? `${e.name}: ${(e.cause as Error | undefined)?.message ?? e.message}` : String(e);
    }
    const failed = rows
      .filter((r) => !taken.has(r.event_id))
      .map((r) => ({
        event_id: r.event_id,
        delay_ms: retryDelayMs(r.attempts + 1, this.o.backoff, this.o.random),
        error: (errors.get(r.event_id) ?? general).slice(0, ERROR_MAX),
      }));
    return { taken: rows.filter((r) => taken.has(r.event_id)).map((r) => r.event_id), failed };
  }
}
