import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.js';

describe('parsePeriod', () => {
  it('reads a month with its quarter', () => {
    expect(parsePeriod('2026-11')).toEqual({
      kind: 'MONTH',
      label: '2026-11',
      start: '2026-11-01',
      end: '2026-11-30',
      quarterStart: '2026-10-01',
    });
    expect(parsePeriod('2028-02').end).toBe('2028-02-29');
  });
  it('reads a quarter, lower-case q too', () => {
    expect(parsePeriod('2026-q4')).toEqual({
      kind: 'QUARTER',
      label: '2026-Q4',
      start: '2026-10-01',
      end: '2026-12-31',
      quarterStart: '2026-10-01',
    });
    expect(parsePeriod('2026-Q1').end).toBe('2026-03-31');
  });
  it('names the field for anything else', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026/11', '11', '']) {
      expect(() => parsePeriod(bad)).toThrowError(
        expect.objectContaining({ code: 'VISIT_PERIOD_INVALID', field: 'period' }),
      );
    }
  });
});
