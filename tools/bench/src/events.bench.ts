// Events benchmark: `npm run bench:events -w @xiangzhi/bench [-- <events>]` (BENCH_CONFIGS=1,4 runs some).
// A burst of 10,000 events (visits, cases closed, forum attendances: events-burst.ts) written into the
// producers' outboxes at once, delivered by the relays to the real points consumer, which books them into its
// ledger with the default rules; then a trickle of 200 events, one per transaction every 10 ms. Each
// configuration of the relays on fresh databases, printed side by side: the delivery lag per event (the
// producer's commit → the consumer's inbox row committed, from Postgres' commit timestamps: median, p99,
// max) and the throughput (events / (last inbox commit − first outbox commit)).
// It prints figures; it is not a pass/fail test.
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { startPostgres, tempDataDir, type PostgresServer } from '@xiangzhi/testing';
import { runBurst, type BurstConfig, type BurstFigures } from './events-burst.js';

const EVENTS = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 10_000);
const TRICKLE = 200;

const CONFIGS: BurstConfig[] = [
  { label: '1 relay, batch 100', batchSize: 100, relaysPerProducer: 1, producers: ['governance'] },
  { label: '1 relay, batch 250 (default)', batchSize: 250, relaysPerProducer: 1, producers: ['governance'] },
  { label: '1 relay, batch 500', batchSize: 500, relaysPerProducer: 1, producers: ['governance'] },
  { label: '2 relays, batch 250', batchSize: 250, relaysPerProducer: 2, producers: ['governance'] },
  {
    label: '2 producers (gov+meetings), 1 relay each, batch 250',
    batchSize: 250,
    relaysPerProducer: 1,
    producers: ['governance', 'meetings'],
  },
];

/**
 * A throw-away cluster with commit timestamps on (a server setting: set, then restarted) and the test
 * clusters' durability settings (no fsync), so the figures compare with the other benches'.
 */
async function benchCluster(): Promise<PostgresServer> {
  const dataDir = await tempDataDir('xiangzhi-bench-events-');
  const first = await startPostgres({ dataDir, port: 0, persistent: true });
  const admin = new pg.Client({ connectionString: first.url() });
  await admin.connect();
  for (const s of ['track_commit_timestamp = on', 'fsync = off', 'synchronous_commit = off', 'full_page_writes = off'])
    await admin.query(`alter system set ${s}`);
  await admin.end();
  await first.stop();
  const server = await startPostgres({ dataDir, port: 0, persistent: true });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const ms = (v: number): string => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${Math.round(v)} ms`);
const cell = (s: string, width: number): string => s.padEnd(width);

function print(rows: BurstFigures[]): void {
  const head = ['relays', 'burst lag p50', 'p99', 'max', 'events/s', 'trickle p50', 'p99', 'ledger lines'];
  const widths = [54, 14, 9, 9, 10, 12, 9, 12];
  console.log(
    `\nevents burst: ${EVENTS.toLocaleString('en')} events (6 visits : 2 cases closed : 2 forum attendances),` +
      ` ${Math.round(EVENTS / 10)} cadres, written 1,000 per statement; trickle: ${TRICKLE} events, one per` +
      ` transaction every 10 ms. Lag = producer commit → consumer's inbox row committed. A relay (one per` +
      ` producer process) keeps 2 batches in flight.`,
  );
  console.log(head.map((h, i) => cell(h, widths[i]!)).join(''));
  for (const r of rows) {
    const values = [
      r.config.label,
      ms(r.lag.p50),
      ms(r.lag.p99),
      ms(r.lag.max),
      Math.round(r.perSecond).toLocaleString('en'),
      ms(r.trickle.p50),
      ms(r.trickle.p99),
      `${r.lines} (${r.inbox} in inbox)`,
    ];
    console.log(values.map((v, i) => cell(v, widths[i]!)).join(''));
  }
}

const chosen = process.env.BENCH_CONFIGS
  ? process.env.BENCH_CONFIGS.split(',').map((i) => CONFIGS[Number(i) - 1]!)
  : CONFIGS;
const server = await benchCluster();
try {
  const rows: BurstFigures[] = [];
  for (const [i, config] of chosen.entries()) {
    const figures = await runBurst(server, i + 1, config, EVENTS, TRICKLE);
    console.log(
      `[bench] ${config.label}: burst written in ${ms(figures.writeMs)}, p50 ${ms(figures.lag.p50)}, ` +
        `${Math.round(figures.perSecond)} events/s`,
    );
    rows.push(figures);
  }
  print(rows);
} finally {
  await server.stop();
}
