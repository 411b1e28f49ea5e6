import type { EntityManager } from '@mikro-orm/postgresql';
import { countAttempts } from '@xiangzhi/subgraph-kit';

export interface ThrottleLimits {
  perUser: number;
  perAddress: number;
}

/** Which limit an attempt broke, if any. */
export type ThrottleVerdict = 'OK' | 'USER' | 'ADDRESS';

/**
 * Counts a login attempt for the username and for the client address (countAttempts: this minute
 * and the one before, shared by every process) and says whether either is over its limit.
 */
export async function countLoginAttempt(
  em: EntityManager,
  username: string,
  address: string | null,
  limits: ThrottleLimits,
): Promise<ThrottleVerdict> {
  const keys = [`u:${username.slice(0, 100)}`, ...(address ? [`a:${address.slice(0, 100)}`] : [])];
  const counts = await countAttempts(em, 'login_throttle', keys);
  const count = (prefix: string): number => counts.get(keys.find((k) => k.startsWith(prefix)) ?? '') ?? 0;
  if (count('u:') > limits.perUser) return 'USER';
  if (address && count('a:') > limits.perAddress) return 'ADDRESS';
  return 'OK';
}
