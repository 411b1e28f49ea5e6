import { createModuleRouter } from '@xiangzhi/platform/routing';
import { describe, expect, it } from 'vitest';
import { fromLocalInput, isMonth, monthSpan, shiftMonth, toLocalInput } from '../src/lib/month';
import { MEETINGS_NAV } from '../src/lib/nav';
import { BASE_PATH, ROUTES } from '../src/lib/routes';

describe('calendar months', () => {
  it('spans a month and knows the weekday of its first (Monday 0)', () => {
    expect(monthSpan('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31', days: 31, lead: 1 });
    expect(monthSpan('2028-02')).toMatchObject({ to: '2028-02-29', days: 29 });
  });
  it('moves across years and checks the address bar', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect([isMonth('2026-12'), isMonth('2026-13'), isMonth(null)]).toEqual([true, false, false]);
  });
  it('reads and writes the form time as Beijing wall clock', () => {
    expect(fromLocalInput('2026-12-10T09:00')).toBe('2026-12-10T01:00:00.000Z');
    expect(toLocalInput('2026-12-10T01:00:00.000Z')).toBe('2026-12-10T09:00');
    expect(fromLocalInput('2026-12-10')).toBeNull();
  });
});

describe('meeting pages', () => {
  const { parse, path } = createModuleRouter(BASE_PATH, ROUTES);
  it('opens one meeting, its form, the calendar of a month and the board of a year', () => {
    expect(parse('/meetings/meeting/abc')).toEqual({ page: 'meeting', id: 'abc' });
    expect(parse('/meetings/meeting/abc/edit')).toEqual({ page: 'meeting-edit', id: 'abc' });
    expect(parse('/meetings/new')).toEqual({ page: 'meeting-new' });
    expect(path({ page: 'calendar', month: '2026-12' })).toBe('/meetings/calendar?month=2026-12');
    expect(parse('/meetings/observers', '?year=2025')).toEqual({ page: 'observers', year: '2025' });
  });
  it('lists only pages the routes know in the sub-navigation', () => {
    for (const item of MEETINGS_NAV) expect(Object.keys(ROUTES)).toContain(item.page);
  });
});
