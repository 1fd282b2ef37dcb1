import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  brusselsDate,
  brusselsDayNumber,
  brusselsDaysBetween,
  brusselsLocalToInstant,
  brusselsStartOfDay,
  brusselsTimeOfDay,
  brusselsWeekday,
  nextDay,
  toBrusselsIso,
  toBrusselsLocal,
} from './brussels-time';

describe('Brussels time', () => {
  describe('a wall-clock time as an instant', () => {
    it.each([
      // local                instant (UTC)                 why
      ['2019-01-15T14:00', '2019-01-15T13:00:00.000Z'], // winter: UTC+1
      ['2019-06-12T14:00', '2019-06-12T12:00:00.000Z'], // summer: UTC+2
      ['2019-06-12T14:00:30', '2019-06-12T12:00:30.000Z'], // seconds kept
      ['2026-03-29T01:59', '2026-03-29T00:59:00.000Z'], // last minute before clocks go forward
      ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'], // first minute after
      ['2026-10-25T01:59', '2026-10-24T23:59:00.000Z'], // before the repeated hour
      ['2026-10-25T02:00', '2026-10-25T00:00:00.000Z'], // repeated hour: its first (summer) occurrence
      ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'], // repeated hour: its first (summer) occurrence
      ['2026-10-25T02:59', '2026-10-25T00:59:00.000Z'], // repeated hour: its first (summer) occurrence
      ['2026-10-25T03:00', '2026-10-25T02:00:00.000Z'], // after clocks went back
      ['2020-02-29T09:00', '2020-02-29T08:00:00.000Z'], // leap day
      ['2019-12-31T23:59', '2019-12-31T22:59:00.000Z'], // the year ends later in Brussels than in UTC
    ])('%s in Brussels is %s', (local, utc) => {
      expect(brusselsLocalToInstant(local)?.toISOString()).toBe(utc);
    });

    it.each([
      ['2026-03-29T02:00', 'skipped when clocks go forward'],
      ['2026-03-29T02:30', 'skipped when clocks go forward'],
      ['2019-03-31T02:59', 'skipped when clocks go forward'],
      ['2019-02-30T10:00', 'no such day'],
      ['2019-02-29T10:00', 'no leap day that year'],
      ['2019-13-01T10:00', 'no such month'],
      ['2019-06-12T24:00', 'no such hour'],
      ['2019-06-12T14:60', 'no such minute'],
      ['2019-06-12 14:00', 'not the ISO shape'],
      ['2019-06-12T14:00Z', 'an instant, not a wall-clock time'],
      ['', 'empty'],
    ])('%s is refused (%s)', (local) => {
      expect(brusselsLocalToInstant(local)).toBeNull();
    });
  });

  describe('an instant on the Brussels clock', () => {
    it.each([
      // instant (UTC)               local                  date          time     weekday (1 = Monday)
      ['2019-06-12T12:00:00Z', '2019-06-12T14:00', '2019-06-12', '14:00', 3],
      ['2019-01-15T13:00:00Z', '2019-01-15T14:00', '2019-01-15', '14:00', 2],
      ['2019-12-31T23:30:00Z', '2020-01-01T00:30', '2020-01-01', '00:30', 3], // already next year in Brussels
      ['2019-06-09T22:30:00Z', '2019-06-10T00:30', '2019-06-10', '00:30', 1], // Sunday in UTC, Monday in Brussels
      ['2026-03-29T00:59:00Z', '2026-03-29T01:59', '2026-03-29', '01:59', 7], // before clocks go forward
      ['2026-03-29T01:00:00Z', '2026-03-29T03:00', '2026-03-29', '03:00', 7], // after: 02:xx never shows
      ['2026-10-25T00:30:00Z', '2026-10-25T02:30', '2026-10-25', '02:30', 7], // repeated hour, first time
      ['2026-10-25T01:30:00Z', '2026-10-25T02:30', '2026-10-25', '02:30', 7], // repeated hour, second time
    ])('%s is %s in Brussels', (utc, local, date, time, weekday) => {
      const instant = new Date(utc);
      expect(toBrusselsLocal(instant)).toBe(local);
      expect(brusselsDate(instant)).toBe(date);
      expect(brusselsTimeOfDay(instant)).toBe(time);
      expect(brusselsWeekday(instant)).toBe(weekday);
    });

    it('shows seconds when asked', () => {
      expect(toBrusselsLocal(new Date('2019-12-31T23:30:05Z'), true)).toBe('2020-01-01T00:30:05');
    });

    it.each([
      ['2019-05-01T22:00:00Z', '2019-05-02T00:00:00+02:00'],
      ['2019-01-14T23:00:00Z', '2019-01-15T00:00:00+01:00'],
      ['2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'],
      ['2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'],
    ])('writes %s as %s, with the Brussels offset', (utc, iso) => {
      expect(toBrusselsIso(new Date(utc))).toBe(iso);
    });

    it('round-trips every hour of a year', () => {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
        const instant = new Date(t);
        const back = brusselsLocalToInstant(toBrusselsLocal(instant));
        // The repeated autumn hour maps back to its first occurrence, one hour earlier.
        expect([t, t - 3_600_000]).toContain(back?.getTime());
      }
    });
  });

  describe('calendar days', () => {
    it.each([
      ['2019-05-02', '2019-05-02T00:00:00+02:00'], // summer
      ['2019-01-15', '2019-01-15T00:00:00+01:00'], // winter
      ['2019-03-31', '2019-03-31T00:00:00+01:00'], // clocks go forward at 02:00: midnight is still winter time
      ['2019-10-27', '2019-10-27T00:00:00+02:00'], // clocks go back at 03:00: midnight is still summer time
      ['2020-02-29', '2020-02-29T00:00:00+01:00'], // leap day
    ])('%s begins at %s', (day, start) => {
      const instant = brusselsStartOfDay(day);
      expect(instant && toBrusselsIso(instant)).toBe(start);
    });

    it.each(['2019-02-30', '2019-02-29', 'hier', '2019-05-02T00:00', ''])('%s is no day', (day) => {
      expect(brusselsStartOfDay(day)).toBeNull();
      expect(nextDay(day)).toBeNull();
    });

    it.each([
      ['2019-05-02', '2019-05-03'],
      ['2019-05-31', '2019-06-01'],
      ['2019-12-31', '2020-01-01'],
      ['2019-02-28', '2019-03-01'],
      ['2020-02-28', '2020-02-29'],
      ['2019-03-30', '2019-03-31'], // the day before clocks go forward
      ['2019-03-31', '2019-04-01'], // a 23-hour day
      ['2019-10-27', '2019-10-28'], // a 25-hour day
    ])('the day after %s is %s', (day, after) => {
      expect(nextDay(day)).toBe(after);
    });

    it.each([
      // since (UTC)              until (UTC)                days   why
      ['2019-05-02T21:30:00Z', '2019-05-02T22:30:00Z', 1], // 23:30 to 00:30 in Brussels: an hour, one day apart
      ['2019-05-03T08:15:00Z', '2019-05-03T20:00:00Z', 0], // the same day
      ['2019-05-03T20:00:00Z', '2019-05-03T08:15:00Z', 0], // the same day, backwards
      ['2019-03-30T12:00:00Z', '2019-04-01T12:00:00Z', 2], // across the change to summer time
      ['2019-10-26T12:00:00Z', '2019-10-28T12:00:00Z', 2], // across the change to winter time
      ['2019-03-30T23:30:00Z', '2019-03-31T22:30:00Z', 1], // 00:30 on the 23-hour day to 00:30 the day after
      ['2019-05-03T08:15:00Z', '2019-06-03T08:15:00Z', 31], // a long stay
      ['2019-06-03T08:15:00Z', '2019-05-03T08:15:00Z', -31], // until before since
      ['2019-12-31T22:59:00Z', '2019-12-31T23:00:00Z', 1], // a minute apart, across New Year in Brussels
    ])('from %s to %s: %i Brussels days', (since, until, days) => {
      expect(brusselsDaysBetween(new Date(since), new Date(until))).toBe(days);
      expect(brusselsDayNumber(new Date(until)) - brusselsDayNumber(new Date(since))).toBe(days);
    });

    it('numbers the Brussels calendar day from 1 January 1970', () => {
      expect(brusselsDayNumber(new Date('1970-01-01T12:00:00Z'))).toBe(0);
      // 23:30 UTC on 31 December 1969 is already New Year's Day in Brussels.
      expect(brusselsDayNumber(new Date('1969-12-31T23:30:00Z'))).toBe(0);
      expect(brusselsDayNumber(new Date('2026-03-17T09:00:00Z'))).toBe(20529);
    });
  });
});

/**
 * The answers are Brussels' whatever zone the browser or the server is set to. Jest cannot change
 * the zone of its own process, so a few answers that used to depend on it (the repeated hour, the
 * day of an instant near midnight) are computed again in a child process for each zone.
 */
describe('on a machine in another time zone', () => {
  const module = join(__dirname, 'brussels-time.ts');
  const probe = `
    import * as time from ${JSON.stringify(module)};
    console.log(JSON.stringify({
      machineOffset: new Date(Date.UTC(2019, 0, 1)).getTimezoneOffset(),
      repeatedHour: time.brusselsLocalToInstant('2026-10-25T02:30')?.toISOString(),
      skippedHour: time.brusselsLocalToInstant('2026-03-29T02:30'),
      winter: time.brusselsLocalToInstant('2019-01-15T14:00')?.toISOString(),
      local: time.toBrusselsLocal(new Date('2019-12-31T23:30:00Z')),
      weekday: time.brusselsWeekday(new Date('2019-06-09T22:30:00Z')),
      startOfDay: time.toBrusselsIso(time.brusselsStartOfDay('2019-10-27')),
      nextDay: time.nextDay('2019-03-31'),
      days: time.brusselsDaysBetween(new Date('2019-05-02T21:30:00Z'), new Date('2019-05-02T22:30:00Z')),
    }));`;
  const tsx = join(__dirname, '../../../../node_modules/.bin/tsx');

  it.each([
    ['America/New_York', 300],
    ['Asia/Kolkata', -330],
    ['Europe/Brussels', -60],
  ])('%s', (zone, machineOffset) => {
    const answers = JSON.parse(execFileSync(tsx, ['--eval', probe], { env: { ...process.env, TZ: zone }, encoding: 'utf8' }));
    expect(answers).toEqual({
      machineOffset,
      repeatedHour: '2026-10-25T00:30:00.000Z',
      skippedHour: null,
      winter: '2019-01-15T13:00:00.000Z',
      local: '2020-01-01T00:30',
      weekday: 1,
      startOfDay: '2019-10-27T00:00:00+02:00',
      nextDay: '2019-04-01',
      days: 1,
    });
  });
});
