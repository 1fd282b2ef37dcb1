import { brusselsDate, brusselsLocalToInstant, toBrusselsLocal } from './brussels-time';

describe('Brussels wall-clock time', () => {
  it.each([
    // local                instant (UTC)                 why
    ['2019-01-15T14:00', '2019-01-15T13:00:00.000Z'], // winter: UTC+1
    ['2019-06-12T14:00', '2019-06-12T12:00:00.000Z'], // summer: UTC+2
    ['2019-06-12T14:00:30', '2019-06-12T12:00:30.000Z'], // seconds kept
    ['2026-03-29T01:59', '2026-03-29T00:59:00.000Z'], // last minute before clocks go forward
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'], // first minute after
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'], // repeated hour: its first (summer) occurrence
    ['2026-10-25T03:00', '2026-10-25T02:00:00.000Z'], // after clocks went back
    ['2020-02-29T09:00', '2020-02-29T08:00:00.000Z'], // leap day
  ])('%s in Brussels is %s', (local, utc) => {
    expect(brusselsLocalToInstant(local)?.toISOString()).toBe(utc);
  });

  it.each([
    ['2026-03-29T02:30', 'skipped when clocks go forward'],
    ['2019-02-30T10:00', 'no such day'],
    ['2019-06-12T24:00', 'no such hour'],
    ['2019-06-12 14:00', 'not the ISO shape'],
    ['2019-06-12T14:00Z', 'an instant, not a wall-clock time'],
    ['', 'empty'],
  ])('%s is refused (%s)', (local) => {
    expect(brusselsLocalToInstant(local)).toBeNull();
  });

  it('shows an instant on the Brussels clock, whatever the machine time zone', () => {
    expect(toBrusselsLocal(new Date('2019-06-12T12:00:00Z'))).toBe('2019-06-12T14:00');
    expect(toBrusselsLocal(new Date('2019-12-31T23:30:00Z'), true)).toBe('2020-01-01T00:30:00');
    expect(brusselsDate(new Date('2019-12-31T23:30:00Z'))).toBe('2020-01-01');
  });

  it('round-trips every hour of a year', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      const instant = new Date(t);
      const local = toBrusselsLocal(instant);
      const back = brusselsLocalToInstant(local);
      // The repeated autumn hour maps back to its first occurrence, one hour earlier.
      expect([t, t - 3_600_000]).toContain(back?.getTime());
    }
  });
});
