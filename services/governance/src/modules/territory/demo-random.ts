import { createHash } from 'node:crypto';

/**
 * Deterministic demo helpers: the same label always gives the same UUID and the same stream of
 * numbers, so demo rows added by a module are identical on every machine and every run.
 */
export function demoUuid(label: string): string {
  const h = createHash('sha256').update(label).digest('hex');
  // UUIDv7 layout (version 7, variant 10) so ids look like every other id in the system
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** mulberry32 seeded from a label: uniform numbers in [0, 1). */
export function demoStream(label: string): () => number {
  let state = parseInt(createHash('sha256').update(label).digest('hex').slice(0, 8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
