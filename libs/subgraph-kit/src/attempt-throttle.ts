import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Counts one attempt for each key in the current minute, in `table` (key, window_start, attempts),
 * by one atomic upsert in PostgreSQL (every process and replica shares the count), and answers each
 * key's count over this minute and the one before together, so a burst that straddles a minute
 * boundary cannot get twice the allowance. Refused attempts count too, so hammering keeps it shut.
 * Used by the login throttle and the public service-order page.
 */
export async function countAttempts(em: EntityManager, table: string, keys: string[]): Promise<Map<string, number>> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`countAttempts: bad table name ${table}`);
  if (!keys.length) return new Map();
  const rows = await em.getConnection().execute<{ key: string; attempts: number; fresh: boolean }[]>(
    `with hit as (
       insert into ${table} (key, window_start, attempts)
       values ${keys.map(() => `(?, date_trunc('minute', now()), 1)`).join(', ')}
       on conflict (key, window_start) do update set attempts = ${table}.attempts + 1
       returning key, attempts, (xmax = 0) as fresh)
     select hit.key, hit.attempts + coalesce(prev.attempts, 0) as attempts, hit.fresh
     from hit left join ${table} prev
       on prev.key = hit.key and prev.window_start = date_trunc('minute', now()) - interval '1 minute'`,
    keys,
  );
  // a key's first attempt of a minute: drop windows long past, so the table stays small
  if (rows.some((r) => r.fresh)) {
    await em.getConnection().execute(`delete from ${table} where window_start < now() - interval '10 minutes'`);
  }
  return new Map(rows.map((r) => [r.key, Number(r.attempts)]));
}
