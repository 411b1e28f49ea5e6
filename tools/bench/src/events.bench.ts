// Events benchmark: `npm run bench:events -w @xiangzhi/bench [-- <events>]`.
// A burst of 10,000 VisitRecorded events (1,000 cadres of one county, 10 visits each, under the
// monthly cap) put into a producer's outbox at once (10 INSERTs of 1,000 rows, each row stamped with
// its insert time; the fan-out trigger runs as for any write), while the relay runs; the
// real points subgraph (in this process, over HTTP with signed requests) consumes them into its
// ledger with the default rules. Prints the delivery lag per event (outbox commit → the subscriber
// took it: median, p99, max) and the throughput (events / (last delivered − first written)).
// Then a trickle: 500 events one per transaction through addEvent (the services' write path, which
// wakes the relay on commit), one every 10 ms: the lag of an event that finds no queue.
// It prints figures; it is not a pass/fail test.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { generateSigningKeys, signRequest } from '@xiangzhi/auth';
import { v7 } from 'uuid';
import {
  OUTBOX_SCHEMA_V1,
  OutboxRelay,
  addEvent,
  eventsEndpoint,
  outboxEntities,
  type VisitRecorded,
} from '@xiangzhi/events';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import { startPostgres, tempDataDir } from '@xiangzhi/testing';
import { entities, migrations, referenceResolvers, resolvers } from '@xiangzhi/points-subgraph/schema';
import { pointEventConsumer } from '@xiangzhi/points-subgraph/events';

const EVENTS = Number(process.argv[2] ?? process.env.BENCH_EVENTS ?? 10_000);
const CADRES = Math.max(1, Math.round(EVENTS / 10));
const CHUNK = 1_000;
const SECRET = randomUUID();

const pg = await startPostgres({ dataDir: await tempDataDir(), port: 0, persistent: false });
try {
  const keys = await generateSigningKeys();
  const endpoint = eventsEndpoint(pointEventConsumer);
  const points = await startSubgraph({
    name: 'points',
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: await pg.createDatabase('bench_points'),
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: SECRET,
      LOG_LEVEL: 'warn',
    },
    entities,
    migrations,
    resolvers,
    referenceResolvers,
    routes: { '/events': endpoint.route },
    beforeListen: async (orm) => endpoint.attach(orm.em),
  });
  const producer = await MikroORM.init({
    clientUrl: await pg.createDatabase('bench_governance'),
    entities: outboxEntities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
  });
  for (const sql of OUTBOX_SCHEMA_V1) await producer.em.getConnection().execute(sql);
  const relay = new OutboxRelay({
    em: producer.em,
    producer: 'governance',
    subscribers: [{ name: 'points', url: points.url.replace(/\/graphql$/, '/events') }],
    sign: ({ method, url, body }) => signRequest(SECRET, { method, path: url.pathname, body }),
    // the relay's defaults unless BENCH_BATCH / BENCH_CONCURRENCY say otherwise
    ...(process.env.BENCH_BATCH ? { batchSize: Number(process.env.BENCH_BATCH) } : {}),
    ...(process.env.BENCH_CONCURRENCY ? { concurrency: Number(process.env.BENCH_CONCURRENCY) } : {}),
  });
  await relay.start();

  const village = (i: number): string =>
    `430999${String(1 + (i % 2)).padStart(3, '0')}${String(1 + (i % 6)).padStart(3, '0')}`;
  const cadres = Array.from({ length: CADRES }, (_, i) => ({ cadreId: randomUUID(), divisionCode: village(i) }));
  const t0 = performance.now();
  for (let i = 0; i < EVENTS; i += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, EVENTS - i) }, (_, k) => {
      const cadre = cadres[(i + k) % CADRES]!;
      const payload: VisitRecorded = {
        visitId: v7(),
        householdId: v7(),
        villageCode: cadre.divisionCode,
        visitedOn: '2026-11-10',
        method: 'IN_PERSON',
        cadres: [cadre],
      };
      return { id: v7(), payload };
    });
    await producer.em.getConnection().execute(
      `insert into event_outbox (id, type, aggregate_id, payload, created_at)
       select (r->>'id')::uuid, 'VisitRecorded', r->'payload'->>'visitId', r->'payload', clock_timestamp() from jsonb_array_elements(?::jsonb) as r`,
      [JSON.stringify(rows)],
    );
  }
  const writeMs = performance.now() - t0;
  const conn = producer.em.getConnection();
  const pending = async (): Promise<number> =>
    Number(
      (await conn.execute<{ n: string }[]>('select count(*) as n from event_delivery where delivered_at is null'))[0]!
        .n,
    );
  while ((await pending()) > 0) await sleep(50);
  const totalMs = performance.now() - t0;

  const TRICKLE = 500;
  const firstTrickle = v7();
  for (let i = 0; i < TRICKLE; i++) {
    const em = producer.em.fork();
    const cadre = cadres[i % CADRES]!;
    const payload: VisitRecorded = {
      visitId: v7(),
      householdId: v7(),
      villageCode: cadre.divisionCode,
      visitedOn: '2026-11-11',
      method: 'IN_PERSON',
      cadres: [cadre],
    };
    addEvent(em, { type: 'VisitRecorded', aggregateId: payload.visitId, payload });
    await em.flush();
    await sleep(10);
  }
  while ((await pending()) > 0) await sleep(50);
  await relay.stop();
  const [t] = await conn.execute<{ p50: number; p99: number; max: number }[]>(
    `
    select percentile_cont(0.5) within group (order by lag) as p50, percentile_cont(0.99) within group (order by lag) as p99, max(lag) as max
    from (select extract(epoch from d.delivered_at - e.created_at) * 1000 as lag from event_delivery d join event_outbox e on e.id = d.event_id where e.id >= ?) x`,
    [firstTrickle],
  );

  const [s] = await conn.execute<{ p50: number; p99: number; max: number; span_ms: number }[]>(
    `
    select percentile_cont(0.5) within group (order by lag) as p50, percentile_cont(0.99) within group (order by lag) as p99, max(lag) as max,
           (select extract(epoch from max(d.delivered_at) - min(e.created_at)) * 1000 from event_delivery d join event_outbox e on e.id = d.event_id where e.id < ?) as span_ms
    from (select extract(epoch from d.delivered_at - e.created_at) * 1000 as lag from event_delivery d join event_outbox e on e.id = d.event_id where e.id < ?) x`,
    [firstTrickle, firstTrickle],
  );
  const [ledger] = await points.orm.em
    .getConnection()
    .execute<{ lines: string; inbox: string }[]>(
      'select (select count(*) from point_entry) as lines, (select count(*) from event_inbox) as inbox',
    );
  const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
  console.log(
    `\nevents burst: ${EVENTS.toLocaleString('en')} VisitRecorded events, ${CADRES} cadres, inserted ${CHUNK} per statement` +
      ` (relay: batches of ${process.env.BENCH_BATCH ?? 250}, ${process.env.BENCH_CONCURRENCY ?? 2} in flight)`,
  );
  console.log(
    `  written in          ${fmt(writeMs)} (${Math.round(EVENTS / (writeMs / 1000)).toLocaleString('en')} events/s into the outbox)`,
  );
  console.log(`  all delivered after ${fmt(totalMs)}`);
  console.log(
    `  throughput          ${Math.round(EVENTS / (s!.span_ms / 1000)).toLocaleString('en')} events/s (first written → last delivered)`,
  );
  console.log(`  delivery lag        median ${fmt(s!.p50)}, p99 ${fmt(s!.p99)}, max ${fmt(s!.max)}`);
  console.log(
    `  trickle lag         median ${fmt(t!.p50)}, p99 ${fmt(t!.p99)}, max ${fmt(t!.max)} (${TRICKLE} events, one per transaction, every 10 ms)`,
  );
  console.log(`  points ledger       ${ledger!.lines} lines, ${ledger!.inbox} events in the inbox`);
  await producer.close(true);
  await points.stop();
} finally {
  await pg.stop();
}
