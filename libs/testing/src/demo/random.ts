/** FNV-1a: turns a stream label into a 32-bit number, so each section gets its own stream. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Seeded PRNG (mulberry32). Every section of the demo data forks its own stream, so adding
 * records to one section does not reshuffle the others.
 */
export class DemoRandom {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  fork(label: string): DemoRandom {
    return new DemoRandom((Math.imul(this.seed ^ 0x9e3779b9, 0x85ebca6b) ^ hash32(label)) >>> 0);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: [[item, weight], …]. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of entries) {
      r -= w;
      if (r < 0) return item;
    }
    return entries[entries.length - 1]![0];
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** `count` distinct items. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, count);
  }
}

/** 2026-01-01T00:00:00Z: the fixed timestamp the demo UUIDv7s count from. */
export const DEMO_ID_BASE_MS = Date.UTC(2026, 0, 1);

const hex = (n: number, digits: number): string => n.toString(16).padStart(digits, '0');

/**
 * Deterministic UUIDv7 (RFC 9562 layout): 48-bit ms timestamp, version 7, variant 10, random
 * bits from the PRNG. The timestamp is the base plus one ms per id, so ids sort in creation order.
 */
export class DemoIds {
  private counter: number;

  /** `start`: the first ms offset, so a second id stream never shares timestamps with the first. */
  constructor(
    private readonly random: DemoRandom,
    start = 0,
  ) {
    this.counter = start;
  }

  next(): string {
    const ms = DEMO_ID_BASE_MS + this.counter++;
    const time = hex(Math.floor(ms / 0x10000), 8) + hex(ms % 0x10000, 4);
    const randA = hex(0x7000 | this.random.int(0, 0xfff), 4);
    const randB = hex(0x8000 | this.random.int(0, 0x3fff), 4);
    const tail = hex(this.random.int(0, 0xffffff), 6) + hex(this.random.int(0, 0xffffff), 6);
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-${randA}-${randB}-${tail}`;
  }
}
