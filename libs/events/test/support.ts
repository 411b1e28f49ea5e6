import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { testDatabase, type TestDatabase } from '@xiangzhi/testing';
import { INBOX_SCHEMA_V1, OUTBOX_SCHEMA_V1, inboxEntities, outboxEntities, type EventsEndpoint } from '../src/index.js';

/** The producer's own change in these tests: a note, written with its event in one flush. */
@Entity({ tableName: 'note' })
export class Note {
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Property({ type: 'string', length: 200 })
  text!: string;
}

/** The consumer's effect: one row per application, deliberately without a unique key, so a double would show. */
@Entity({ tableName: 'effect' })
export class Effect {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'string', length: 200 })
  value!: string;
}

export interface Db {
  db: TestDatabase;
  orm: MikroORM;
  em: EntityManager;
  close(): Promise<void>;
}

async function open(prefix: string, entities: Function[], sql: readonly string[], extra: string[]): Promise<Db> {
  const db = await testDatabase(prefix);
  const orm = await MikroORM.init({
    clientUrl: db.url,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    forceUtcTimezone: true,
    pool: { min: 0, max: 12 },
  });
  for (const s of [...sql, ...extra]) await orm.em.getConnection().execute(s);
  return {
    db,
    orm,
    em: orm.em,
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}

/** A producer database: the outbox tables from OUTBOX_SCHEMA_V1 and a `note` table. */
export const producerDb = (): Promise<Db> =>
  open('events_producer', [...outboxEntities, Note], OUTBOX_SCHEMA_V1, [
    'create table "note" ("id" varchar(40) primary key, "text" varchar(200) not null)',
  ]);

/** A consumer database: the inbox from INBOX_SCHEMA_V1 and an `effect` table. */
export const consumerDb = (): Promise<Db> =>
  open('events_consumer', [...inboxEntities, Effect], INBOX_SCHEMA_V1, [
    'create table "effect" ("id" serial primary key, "event_id" uuid not null, "value" varchar(200) not null)',
  ]);

export const SECRET = 'test-events-secret';
export const sign = ({ body }: { body: string }): Record<string, string> => ({
  'x-test-signature': `${SECRET}:${body.length}`,
});

export interface Receiver {
  url: string;
  /** Event ids in every batch received, in order (duplicates included). */
  received: string[];
  /** Answer this status instead of consuming (0: consume). */
  failWith: number;
  close(): Promise<void>;
}

/** An HTTP `/events` that checks the test signature and hands the body to the endpoint. */
export async function startReceiver(endpoint: EventsEndpoint): Promise<Receiver> {
  const state = { failWith: 0 };
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.headers['x-test-signature'] !== `${SECRET}:${body.length}`) {
        res.writeHead(401).end();
        return;
      }
      received.push(...(JSON.parse(body) as { events: { id: string }[] }).events.map((e) => e.id));
      if (state.failWith) {
        res.writeHead(state.failWith).end('down for the test');
        return;
      }
      void endpoint.route(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    received,
    get failWith() {
      return state.failWith;
    },
    set failWith(v: number) {
      state.failWith = v;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const count = async (em: EntityManager, sql: string, params: unknown[] = []): Promise<number> =>
  Number((await em.getConnection().execute<{ n: string }[]>(sql, params))[0]!.n);
