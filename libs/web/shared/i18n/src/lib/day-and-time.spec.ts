import { formatDayMonth, formatTime } from './day-and-time';

describe('day and time apart', () => {
  it('names the Brussels day and month in the interface language, without the year', () => {
    expect(formatDayMonth('2026-03-23T08:00:00Z', 'fr')).toBe('23 mars');
    expect(formatDayMonth('2026-03-23T08:00:00Z', 'en')).toBe('23 March');
    // 23:30 UTC on 31 March is already 1 April in Brussels (summer time).
    expect(formatDayMonth('2026-03-31T23:30:00Z', 'fr')).toBe('1 avril');
    expect(formatDayMonth('not a date', 'fr')).toBe('');
  });

  it('gives the Brussels time of day on 24 hours', () => {
    expect(formatTime('2026-03-23T08:00:00Z')).toBe('09:00');
    expect(formatTime('2026-07-01T16:05:00Z')).toBe('18:05');
    expect(formatTime(new Date('invalid'))).toBe('');
  });
});
