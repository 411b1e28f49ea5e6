import { describe, expect, it } from 'vitest';
import { chinaMonth, parseMonth } from './my-points.service.js';

describe('chinaMonth', () => {
  it('turns the month at midnight in China, eight hours before UTC', () => {
    expect(chinaMonth(Date.UTC(2026, 10, 30, 15, 59))).toBe('2026-11');
    expect(chinaMonth(Date.UTC(2026, 10, 30, 16, 0))).toBe('2026-12');
  });
});

describe('parseMonth', () => {
  const now = Date.UTC(2026, 11, 2);
  it('defaults to this month and accepts 2000-01 up to this month', () => {
    expect(parseMonth(null, now)).toBe('2026-12');
    expect(parseMonth('', now)).toBe('2026-12');
    expect(parseMonth('2000-01', now)).toBe('2000-01');
    expect(parseMonth('2026-12', now)).toBe('2026-12');
  });
  it.each(['2027-01', '1999-12', '2026-00', '2026-13', '2026-1', '２０２６-01', '2026-12 ', 'x'.repeat(5000)])(
    'refuses %s with MY_POINTS_MONTH_INVALID on month',
    (month) => {
      expect(() => parseMonth(month, now)).toThrow(
        expect.objectContaining({ code: 'MY_POINTS_MONTH_INVALID', field: 'month' }),
      );
    },
  );
});
