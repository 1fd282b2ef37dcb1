import { brusselsDaysBetween } from './brussels-days';

describe('brusselsDaysBetween', () => {
  it('counts calendar days in Brussels, not 24-hour periods', () => {
    // 23:30 Brussels on 2 May (summer time) to 00:30 on 3 May: one day apart, an hour later.
    expect(brusselsDaysBetween('2019-05-02T21:30:00Z', '2019-05-02T22:30:00Z')).toBe(1);
    expect(brusselsDaysBetween('2019-05-03T08:15:00Z', '2019-05-03T20:00:00Z')).toBe(0);
  });

  it('is not thrown off by the change to summer time', () => {
    expect(brusselsDaysBetween('2019-03-30T12:00:00Z', '2019-04-01T12:00:00Z')).toBe(2);
  });

  it('counts long stays', () => {
    expect(brusselsDaysBetween('2019-05-03T08:15:00Z', '2019-06-03T08:15:00Z')).toBe(31);
  });
});
