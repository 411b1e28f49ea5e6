import { describe, expect, it } from 'vitest';
import { formatClock, isLate, parseClock } from './patrol-window.js';

describe('patrol windows', () => {
  it('reads and writes clock times', () => {
    expect(parseClock('08:00')).toBe(480);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBeNull();
    expect(parseClock('8:00')).toBeNull();
    expect(formatClock(1080)).toBe('18:00');
  });

  it('judges a check-in by the Beijing clock of its day', () => {
    const daily = { windowStartMin: 480, windowEndMin: 1080, weekday: null };
    // 2026-12-02 is a Wednesday; 09:30 Beijing is 01:30 UTC
    expect(isLate(daily, new Date('2026-12-02T01:30:00Z'))).toBe(false);
    expect(isLate(daily, new Date('2026-12-02T10:00:00Z'))).toBe(false); // 18:00 sharp
    expect(isLate(daily, new Date('2026-12-02T10:01:00Z'))).toBe(true);
    expect(isLate(daily, new Date('2026-12-01T23:59:00Z'))).toBe(true); // 07:59 Beijing
    const wednesday = { ...daily, weekday: 3 };
    expect(isLate(wednesday, new Date('2026-12-02T01:30:00Z'))).toBe(false);
    expect(isLate(wednesday, new Date('2026-12-03T01:30:00Z'))).toBe(true);
    // 2026-12-02 23:30 UTC is Thursday 07:30 in Beijing
    expect(isLate({ ...daily, weekday: 4, windowStartMin: 420 }, new Date('2026-12-02T23:30:00Z'))).toBe(false);
  });
});
