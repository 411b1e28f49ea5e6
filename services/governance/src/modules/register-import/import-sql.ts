import type pg from 'pg';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { copyFrom, copyChunks } from './pg-copy.js';

/**
 * Set-based SQL for the import. The import moves hundreds of thousands of rows, so it talks to
 * the pg client under MikroORM directly: real bind parameters (not SQL with inlined values),
 * COPY for the staging table, and statements whose cost does not depend on a round trip per row.
 */
export interface Sql {
  rows<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  run(text: string, params?: unknown[]): Promise<number>;
  copy(table: string, columns: string[], rows: Iterable<(string | number | boolean | null)[]>): Promise<number>;
  /** COPY of rows already in COPY text format (the import's parser thread encodes them). */
  copyText(table: string, columns: string[], text: Uint8Array): Promise<number>;
  /** SQL for a new UUIDv7: PostgreSQL 18's uuidv7(), or the same made from gen_random_uuid() on older servers. */
  uuid7: string;
}

/** A UUIDv7 made in SQL (time-ordered like the ids the ORM makes) for PostgreSQL 13–17. */
const UUID7_FALLBACK = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6), 52, 1), 53, 1), 'hex')::uuid`;
const uuid7Of = new WeakMap<pg.Client, string>();

async function sqlOf(client: pg.Client): Promise<Sql> {
  let uuid7 = uuid7Of.get(client);
  if (!uuid7) {
    const { rows } = await client.query<{ v: string }>('show server_version_num');
    uuid7 = Number(rows[0].v) >= 180000 ? 'uuidv7()' : UUID7_FALLBACK;
    uuid7Of.set(client, uuid7);
  }
  return sqlOver(client, uuid7);
}

const sqlOver = (client: pg.Client, uuid7: string): Sql => ({
  uuid7,
  async rows<T>(text: string, params: unknown[] = []) {
    return (await client.query(text, params)).rows as T[];
  },
  async run(text, params = []) {
    return (await client.query(text, params)).rowCount ?? 0;
  },
  copy: (table, columns, rows) =>
    copyFrom(client, `copy ${table} (${columns.join(', ')}) from stdin`, copyChunks(rows)),
  copyText: (table, columns, text) =>
    copyFrom(client, `copy ${table} (${columns.join(', ')}) from stdin`, pieces(text)),
});

/** COPY text in pieces of half a megabyte, as copyChunks sends it. */
function* pieces(text: Uint8Array): Generator<Buffer> {
  const buf = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  for (let at = 0; at < buf.length; at += 1 << 19) yield buf.subarray(at, at + (1 << 19));
}

type ClientHolder = { client: { acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> } };

/** Runs `fn` on a pooled connection, outside any transaction (each statement commits on its own). */
export async function withSql<T>(em: EntityManager, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const knex = em.getConnection().getKnex() as unknown as ClientHolder;
  const client = (await knex.client.acquireConnection()) as pg.Client;
  try {
    return await fn(await sqlOf(client));
  } finally {
    await knex.client.releaseConnection(client);
  }
}

/** Runs `fn` inside em.transactional on the transaction's own connection: all of it commits, or none. */
export function inTransaction<T>(em: EntityManager, fn: (sql: Sql) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    const trx = tx.getTransactionContext<Knex.Transaction>() as unknown as ClientHolder;
    const client = (await trx.client.acquireConnection()) as pg.Client;
    return fn(await sqlOf(client));
  });
}
