import { brusselsStartOfDay, nextDay } from './brussels-day';

describe('Belgian calendar days', () => {
  it('gives the start of a Belgian day with its offset', () => {
    expect(brusselsStartOfDay('2019-05-02')).toBe('2019-05-02T00:00:00+02:00');
    expect(brusselsStartOfDay('2019-01-15')).toBe('2019-01-15T00:00:00+01:00');
    // The clocks move forward at 02:00 on 31 March 2019: midnight is still winter time.
    expect(brusselsStartOfDay('2019-03-31')).toBe('2019-03-31T00:00:00+01:00');
    // ...and back at 03:00 on 27 October 2019: midnight is still summer time.
    expect(brusselsStartOfDay('2019-10-27')).toBe('2019-10-27T00:00:00+02:00');
    expect(brusselsStartOfDay('2019-02-30')).toBeNull();
    expect(brusselsStartOfDay('hier')).toBeNull();
  });

  it('counts calendar days across months and years', () => {
    expect(nextDay('2019-05-31')).toBe('2019-06-01');
    expect(nextDay('2019-12-31')).toBe('2020-01-01');
  });
});
