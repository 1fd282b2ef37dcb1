import { fromCalendarDay, toCalendarDay } from './calendar-day';

describe('calendar days', () => {
  it("reads the picker's Date by its own day, never through UTC (which is the day before in Brussels)", () => {
    const midnight = new Date(2026, 2, 24); // what the picker holds for 24/03/2026
    expect(toCalendarDay(midnight)).toBe('2026-03-24');
    expect(toCalendarDay(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
  });

  it('gives the picker the Date of a calendar day, and back', () => {
    const date = fromCalendarDay('2026-03-24');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2026, 2, 24]);
    expect(toCalendarDay(date)).toBe('2026-03-24');
  });

  it('has no day for an empty, invalid or impossible value', () => {
    expect(toCalendarDay(null)).toBeNull();
    expect(toCalendarDay(new Date(Number.NaN))).toBeNull();
    expect(fromCalendarDay('')).toBeNull();
    expect(fromCalendarDay(null)).toBeNull();
    expect(fromCalendarDay('2026-02-30')).toBeNull();
    expect(fromCalendarDay('24/03/2026')).toBeNull();
  });
});
