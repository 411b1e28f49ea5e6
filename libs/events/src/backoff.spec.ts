import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.js';

const o = { baseMs: 500, maxMs: 30_000 };

describe('retryDelayMs', () => {
  it('doubles with each failure and stops at the ceiling', () => {
    const top = (n: number): number => retryDelayMs(n, o, () => 1);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(top)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
  it('keeps half of the delay fixed and draws the other half at random, so retries spread out but never come at once', () => {
    expect(retryDelayMs(3, o, () => 0)).toBe(1000);
    expect(retryDelayMs(3, o, () => 0.5)).toBe(1500);
    const draws = new Set(Array.from({ length: 50 }, () => retryDelayMs(4, o)));
    expect(draws.size).toBeGreaterThan(10);
    for (const d of draws) expect(d).toBeGreaterThanOrEqual(2000);
  });
});
