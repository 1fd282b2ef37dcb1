import { daysUntil } from './deadline';

describe('daysUntil', () => {
  it('counts Brussels calendar days to a deadline, 0 on the day and negative after it', () => {
    expect(daysUntil('2019-12-31', '2019-12-01T10:00:00Z')).toBe(30);
    expect(daysUntil('2019-12-31', '2019-12-31T22:59:00Z')).toBe(0);
    expect(daysUntil('2019-12-31', '2020-01-10T09:00:00Z')).toBe(-10);
  });

  it('takes the day of the instant in Brussels, not in UTC', () => {
    // 23:30 UTC on 30 December is 00:30 on 31 December in Brussels: the deadline is today.
    expect(daysUntil('2019-12-31', '2019-12-30T23:30:00Z')).toBe(0);
    // Across the change to summer time (31 March 2019).
    expect(daysUntil('2019-04-01', '2019-03-30T12:00:00Z')).toBe(2);
  });

  it('says NaN for a deadline that is no date', () => {
    expect(daysUntil('31/12/2019', '2019-12-01T10:00:00Z')).toBeNaN();
  });
});
