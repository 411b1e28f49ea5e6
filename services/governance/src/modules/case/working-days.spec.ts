import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, extendLimit, workCalendar, workingDaysBefore } from './working-days.js';

// 国务院办公厅关于2026年部分节假日安排的通知: 中秋节 9月25日至27日放假; 国庆节 10月1日至7日放假调休,
// 9月20日（周日）、10月10日（周六）上班. Every expected value below was counted by hand on a calendar.
const cal2026 = workCalendar(
  new Map<string, boolean>([
    ...['09-25', '09-26', '09-27'].map((d): [string, boolean] => [`2026-${d}`, false]),
    ...[1, 2, 3, 4, 5, 6, 7].map((d): [string, boolean] => [`2026-10-0${d}`, false]),
    ['2026-09-20', true],
    ['2026-10-10', true],
  ]),
);
const weekOnly = workCalendar();
const china = (s: string): Date => new Date(`${s}+08:00`);

describe('workCalendar', () => {
  it('takes weekdays as working days, weekends as rest days, unless a date is marked', () => {
    expect(weekOnly.isWorkingDay('2026-12-04')).toBe(true); // Friday
    expect(weekOnly.isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(cal2026.isWorkingDay('2026-10-10')).toBe(true); // 调休 Saturday
    expect(cal2026.isWorkingDay('2026-10-05')).toBe(false); // National Day, a Monday
  });
});

describe('addWorkingDays', () => {
  it('counts from the working day after the start and ends at midnight after the last one', () => {
    // Wednesday 2 December 2026
    expect(addWorkingDays(china('2026-12-02T10:00:00'), 1, weekOnly)).toEqual(china('2026-12-04T00:00:00'));
    // Thu, Fri, Mon
    expect(addWorkingDays(china('2026-12-02T10:00:00'), 3, weekOnly)).toEqual(china('2026-12-08T00:00:00'));
    expect(addWorkingDays(china('2026-12-02T23:59:00'), 5, weekOnly)).toEqual(china('2026-12-10T00:00:00'));
    // n = 0: the end of the start day itself
    expect(addWorkingDays(china('2026-12-02T10:00:00'), 0, weekOnly)).toEqual(china('2026-12-03T00:00:00'));
  });

  it('dates the start by the day in China, not in UTC', () => {
    // 17:30 UTC on Friday is 01:30 on Saturday in China: the next working day is Monday the 7th
    expect(addWorkingDays(new Date('2026-12-04T17:30:00Z'), 1, weekOnly)).toEqual(china('2026-12-08T00:00:00'));
  });

  it('skips the National Day holiday and counts the 调休 Saturday after it', () => {
    const eve = china('2026-09-30T09:00:00'); // Wednesday
    expect(addWorkingDays(eve, 1, cal2026)).toEqual(china('2026-10-09T00:00:00')); // Thu 8 Oct
    expect(addWorkingDays(eve, 2, cal2026)).toEqual(china('2026-10-10T00:00:00')); // Fri 9 Oct
    expect(addWorkingDays(eve, 3, cal2026)).toEqual(china('2026-10-11T00:00:00')); // Sat 10 Oct, 调休
    expect(addWorkingDays(eve, 4, cal2026)).toEqual(china('2026-10-13T00:00:00')); // Mon 12 Oct
  });

  it('counts the 调休 Sunday before Mid-Autumn and skips both holidays', () => {
    const friday = china('2026-09-18T15:00:00');
    expect(addWorkingDays(friday, 1, cal2026)).toEqual(china('2026-09-21T00:00:00')); // Sun 20 Sep, 调休
    expect(addWorkingDays(friday, 5, cal2026)).toEqual(china('2026-09-25T00:00:00')); // Thu 24 Sep
    expect(addWorkingDays(friday, 6, cal2026)).toEqual(china('2026-09-29T00:00:00')); // Mon 28 Sep
    expect(addWorkingDays(friday, 8, cal2026)).toEqual(china('2026-10-01T00:00:00')); // Wed 30 Sep
    expect(addWorkingDays(friday, 9, cal2026)).toEqual(china('2026-10-09T00:00:00')); // Thu 8 Oct
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => addWorkingDays(china('2026-12-02T10:00:00'), -1, weekOnly)).toThrow(RangeError);
    expect(() => addWorkingDays(china('2026-12-02T10:00:00'), 1.5, weekOnly)).toThrow(RangeError);
  });
});

describe('countWorkingDays', () => {
  it('counts the working days after the first day up to and including the last, signed', () => {
    const from = china('2026-09-30T10:00:00');
    const to = china('2026-10-12T10:00:00');
    // 8, 9, 10 (调休) and 12 October
    expect(countWorkingDays(from, to, cal2026)).toBe(4);
    expect(countWorkingDays(to, from, cal2026)).toBe(-4);
    expect(countWorkingDays(from, china('2026-09-30T23:00:00'), cal2026)).toBe(0);
    // a plain week: Thu 3 … Wed 9 December holds five working days
    expect(countWorkingDays(china('2026-12-02T08:00:00'), china('2026-12-09T08:00:00'), weekOnly)).toBe(5);
  });
});

describe('limits', () => {
  it('tells the working days left before a limit: 0 on its last day, negative after it', () => {
    const limit = china('2026-10-11T00:00:00'); // last day: the 调休 Saturday 10 October
    expect(workingDaysBefore(china('2026-10-09T10:00:00'), limit, cal2026)).toBe(1);
    expect(workingDaysBefore(china('2026-10-10T18:00:00'), limit, cal2026)).toBe(0);
    expect(workingDaysBefore(china('2026-10-12T09:00:00'), limit, cal2026)).toBe(-1);
    expect(workingDaysBefore(china('2026-09-30T09:00:00'), limit, cal2026)).toBe(3);
  });

  it('moves a limit out by working days, over the holiday', () => {
    expect(extendLimit(china('2026-10-09T00:00:00'), 2, cal2026)).toEqual(china('2026-10-11T00:00:00'));
    expect(extendLimit(china('2026-09-30T00:00:00'), 1, cal2026)).toEqual(china('2026-10-01T00:00:00'));
    expect(extendLimit(china('2026-10-01T00:00:00'), 1, cal2026)).toEqual(china('2026-10-09T00:00:00'));
    expect(extendLimit(china('2026-10-09T00:00:00'), 0, cal2026)).toEqual(china('2026-10-09T00:00:00'));
  });
});
