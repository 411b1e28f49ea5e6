export interface BackoffOptions {
  /** Delay after the first failure (ms). */
  baseMs: number;
  /** Longest delay (ms), however many failures. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 30_000 };

/**
 * Delay before the next attempt after `failures` failed ones: exponential, capped, with "equal
 * jitter" (half fixed, half random) so relays that failed together do not retry together, yet
 * never retry at once.
 */
export function retryDelayMs(
  failures: number,
  o: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(o.maxMs, o.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
