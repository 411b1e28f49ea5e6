import 'reflect-metadata';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { generateSigningKeys, signRequest } from '@xiangzhi/auth';
import { v7 } from 'uuid';
import {
  GovernanceEventType,
  MeetingsEventType,
  OUTBOX_SCHEMA_V1,
  OutboxRelay,
  addEvent,
  eventsEndpoint,
  outboxEntities,
  type CaseClosed,
  type MeetingAttended,
  type VisitRecorded,
} from '@xiangzhi/events';
import { startSubgraph } from '@xiangzhi/subgraph-kit';
import type { PostgresServer } from '@xiangzhi/testing';
import { entities, migrations, referenceResolvers, resolvers } from '@xiangzhi/points-subgraph/schema';
import { pointEventConsumer } from '@xiangzhi/points-subgraph/events';

type Producer = 'governance' | 'meetings';

/** One way of running the relays: events per POST, relay processes per producer, which producers write. */
export interface BurstConfig {
  label: string;
  batchSize: number;
  relaysPerProducer: number;
  /** One: every event in governance's outbox; two: meetings' events in meetings' own. */
  producers: Producer[];
}

export interface BurstFigures {
  config: BurstConfig;
  events: number;
  writeMs: number;
  /** Producer commit → the consumer's inbox row committed (ms). */
  lag: Percentiles;
  /** Events / (last inbox commit − first outbox commit). */
  perSecond: number;
  trickle: Percentiles;
  lines: number;
  inbox: number;
}

export interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

interface NewEvent {
  producer: Producer;
  type: string;
  aggregateId: string;
  payload: object;
}

const CHUNK = 1_000;

/**
 * The burst's i-th event, as the services write them: six in ten visits and two in ten cases closed with a
 * satisfied rating (governance), two in ten cadres at a villagers' forum (meetings). 1,000 cadres in twelve
 * villages of one county, ten events each: the default rules and their monthly caps apply.
 */
export function burstEvent(i: number, cadres: { cadreId: string; divisionCode: string }[]): NewEvent {
  const cadre = cadres[i % cadres.length]!;
  const villageCode = cadre.divisionCode;
  const id = v7();
  if (i % 10 < 6) {
    const payload: VisitRecorded = {
      visitId: id,
      householdId: v7(),
      villageCode,
      visitedOn: '2026-11-10',
      method: 'IN_PERSON',
      cadres: [cadre],
    };
    return { producer: 'governance', type: GovernanceEventType.VISIT_RECORDED, aggregateId: id, payload };
  }
  if (i % 10 < 8) {
    const payload: CaseClosed = {
      caseId: id,
      villageCode,
      level: 'VILLAGE',
      responsible: cadre,
      closedAt: '2026-11-10T03:00:00.000Z',
      satisfaction: 'SATISFIED',
      onTime: true,
    };
    return { producer: 'governance', type: GovernanceEventType.CASE_CLOSED, aggregateId: id, payload };
  }
  const payload: MeetingAttended = {
    attendanceId: id,
    meetingId: v7(),
    meetingKind: 'VILLAGERS_FORUM',
    villageCode,
    cadreId: cadre.cadreId,
    divisionCode: villageCode,
    role: 'MEMBER',
    heldOn: '2026-11-10',
  };
  return { producer: 'meetings', type: MeetingsEventType.MEETING_ATTENDED, aggregateId: id, payload };
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Commit instants (ms) of the rows of `table` by `idColumn` (track_commit_timestamp is on). */
async function commitTimes(orm: MikroORM, table: string, idColumn: string): Promise<Map<string, number>> {
  const rows = await orm.em
    .getConnection()
    .execute<{ id: string; t: number }[]>(
      `select ${idColumn} as id, extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 as t from ${table}`,
    );
  return new Map(rows.map((r) => [r.id, Number(r.t)]));
}

/**
 * One configuration on fresh databases of `pg`: the real points subgraph in this process (its /events and
 * consumer, over HTTP with signed requests), the producers' outboxes and relays as the services run them.
 * `events` go into the outboxes at once (statements of 1,000 rows, each its own transaction, the fan-out
 * trigger as for any write), then `trickle` one per transaction every 10 ms through addEvent (the services'
 * write path, which wakes the relay on commit).
 */
export async function runBurst(
  pg: PostgresServer,
  n: number,
  config: BurstConfig,
  events: number,
  trickle: number,
): Promise<BurstFigures> {
  const secret = v7();
  const keys = await generateSigningKeys();
  const endpoint = eventsEndpoint(pointEventConsumer);
  const points = await startSubgraph({
    name: 'points',
    env: {
      HOST: '127.0.0.1',
      PORT: 0,
      DATABASE_URL: await pg.createDatabase(`bench_points_${n}`),
      JWT_PUBLIC_KEY: keys.publicKeyPem,
      GATEWAY_HMAC_SECRET: secret,
      LOG_LEVEL: 'warn',
    },
    entities,
    migrations,
    resolvers,
    referenceResolvers,
    routes: { '/events': endpoint.route },
    beforeListen: async (orm) => endpoint.attach(orm.em),
  });
  const orms = new Map<Producer, MikroORM>();
  for (const p of config.producers) {
    const orm = await MikroORM.init({
      clientUrl: await pg.createDatabase(`bench_${p}_${n}`),
      entities: outboxEntities,
      discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
      forceUtcTimezone: true,
    });
    for (const sql of OUTBOX_SCHEMA_V1) await orm.em.getConnection().execute(sql);
    orms.set(p, orm);
  }
  const producerOf = (e: NewEvent): Producer => (orms.has(e.producer) ? e.producer : config.producers[0]!);
  const relays = [...orms].flatMap(([producer, orm]) =>
    Array.from(
      { length: config.relaysPerProducer },
      () =>
        new OutboxRelay({
          em: orm.em,
          producer,
          subscribers: [{ name: 'points', url: points.url.replace(/\/graphql$/, '/events') }],
          sign: ({ method, url, body }) => signRequest(secret, { method, path: url.pathname, body }),
          batchSize: config.batchSize,
        }),
    ),
  );
  for (const r of relays) await r.start();
  const pending = async (): Promise<number> => {
    let total = 0;
    for (const orm of orms.values()) {
      const [r] = await orm.em
        .getConnection()
        .execute<{ n: string }[]>('select count(*) as n from event_delivery where delivered_at is null');
      total += Number(r!.n);
    }
    return total;
  };

  const cadres = Array.from({ length: Math.max(1, Math.round(events / 10)) }, (_, i) => ({
    cadreId: v7(),
    divisionCode: `430999${String(1 + (i % 2)).padStart(3, '0')}${String(1 + (i % 6)).padStart(3, '0')}`,
  }));
  const t0 = performance.now();
  for (let i = 0; i < events; i += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, events - i) }, (_, k) => burstEvent(i + k, cadres));
    for (const [producer, orm] of orms) {
      const rows = chunk.filter((e) => producerOf(e) === producer).map((e) => ({ id: v7(), ...e }));
      await orm.em.getConnection().execute(
        `insert into event_outbox (id, type, aggregate_id, payload, created_at)
         select (r->>'id')::uuid, r->>'type', r->>'aggregateId', r->'payload', clock_timestamp()
         from jsonb_array_elements(?::jsonb) as r`,
        [JSON.stringify(rows)],
      );
    }
  }
  const writeMs = performance.now() - t0;
  while ((await pending()) > 0) await sleep(50);

  const first = orms.get(config.producers[0]!)!;
  const firstTrickle = v7();
  for (let i = 0; i < trickle; i++) {
    const em = first.em.fork();
    addEvent(em, burstEvent(i, cadres));
    await em.flush();
    await sleep(10);
  }
  while ((await pending()) > 0) await sleep(50);
  for (const r of relays) await r.stop();

  const taken = await commitTimes(points.orm, 'event_inbox', 'event_id');
  const burst: number[] = [];
  const late: number[] = [];
  let firstWritten = Infinity;
  let lastTaken = 0;
  for (const orm of orms.values()) {
    for (const [id, written] of await commitTimes(orm, 'event_outbox', 'id')) {
      const at = taken.get(id);
      if (at === undefined) throw new Error(`event ${id} never reached the inbox`);
      if (id >= firstTrickle) late.push(at - written);
      else {
        burst.push(at - written);
        firstWritten = Math.min(firstWritten, written);
        lastTaken = Math.max(lastTaken, at);
      }
    }
  }
  const [ledger] = await points.orm.em
    .getConnection()
    .execute<{ lines: string; inbox: string }[]>(
      'select (select count(*) from point_entry) as lines, (select count(*) from event_inbox) as inbox',
    );
  for (const orm of orms.values()) await orm.close(true);
  await points.stop();
  return {
    config,
    events,
    writeMs,
    lag: percentiles(burst),
    perSecond: burst.length / ((lastTaken - firstWritten) / 1000),
    trickle: percentiles(late),
    lines: Number(ledger!.lines),
    inbox: Number(ledger!.inbox),
  };
}
