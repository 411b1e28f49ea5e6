import type { EntityManager } from '@mikro-orm/postgresql';

export interface ThrottleLimits {
  perUser: number;
  perAddress: number;
}

/** Which limit an attempt broke, if any. */
export type ThrottleVerdict = 'OK' | 'USER' | 'ADDRESS';

/**
 * Counts a login attempt for the username and for the client address in the current minute
 * (one atomic upsert each, in PostgreSQL: every process and replica shares the count) and says
 * whether either is over its limit. Refused attempts count too, so hammering keeps it shut.
 * The limit applies to this minute and the one before together, so a burst that straddles a
 * minute boundary cannot get twice the allowance (a fixed window would let it).
 */
export async function countLoginAttempt(
  em: EntityManager,
  username: string,
  address: string | null,
  limits: ThrottleLimits,
): Promise<ThrottleVerdict> {
  const keys = [`u:${username.slice(0, 100)}`, ...(address ? [`a:${address.slice(0, 100)}`] : [])];
  const rows = await em.getConnection().execute<{ key: string; attempts: number; fresh: boolean }[]>(
    `with hit as (
       insert into login_throttle (key, window_start, attempts)
       values ${keys.map(() => `(?, date_trunc('minute', now()), 1)`).join(', ')}
       on conflict (key, window_start) do update set attempts = login_throttle.attempts + 1
       returning key, attempts, (xmax = 0) as fresh)
     select hit.key, hit.attempts + coalesce(prev.attempts, 0) as attempts, hit.fresh
     from hit left join login_throttle prev
       on prev.key = hit.key and prev.window_start = date_trunc('minute', now()) - interval '1 minute'`,
    keys,
  );
  // a key's first attempt of a minute: drop windows long past, so the table stays small
  if (rows.some((r) => r.fresh)) {
    await em.getConnection().execute(`delete from login_throttle where window_start < now() - interval '10 minutes'`);
  }
  const count = (prefix: string): number => rows.find((r) => r.key.startsWith(prefix))?.attempts ?? 0;
  if (count('u:') > limits.perUser) return 'USER';
  if (address && count('a:') > limits.perAddress) return 'ADDRESS';
  return 'OK';
}
