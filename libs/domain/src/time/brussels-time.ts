import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, formatISO, getISODay, lightFormat } from 'date-fns';

/**
 * Time in Europe/Brussels, where the programme happens: wall-clock times and calendar days,
 * converted to and from instants. People schedule "12 June at 14:00" in Brussels and count days
 * in Belgian calendar days whatever their browser's or server's time zone says; the database
 * stores instants in UTC. The zone rules (daylight saving) come from the platform's time-zone
 * data through date-fns and @date-fns/tz; nothing here depends on the machine's own zone.
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Brussels';

/** date-fns' `in` option: compute in Brussels rather than in the machine's zone. */
const inBrussels = tz(PROGRAMME_TIME_ZONE);

/**
 * The instant as a date whose fields are the Brussels clock's, for date-fns' `lightFormat` (which
 * has no `in` option, and unlike `format` brings no locale data into the client's first bundle).
 */
const onBrusselsClock = (instant: Date) => new TZDate(instant, PROGRAMME_TIME_ZONE);

/** `YYYY-MM-DDTHH:mm` (what an HTML datetime-local field gives), seconds optional. */
const BRUSSELS_LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const HOUR_MS = 3_600_000;

/** `YYYY-MM-DDTHH:mm` (or `...:ss`) of the instant on a Brussels clock. */
export function toBrusselsLocal(instant: Date, withSeconds = false): string {
  return lightFormat(onBrusselsClock(instant), withSeconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm");
}

/**
 * The instant of a Brussels wall-clock time, or null when the text is not such a time or names a
 * time that does not exist (30 February, or the hour skipped when clocks go forward). In the hour
 * repeated when clocks go back, the first occurrence (summer time) is chosen.
 */
export function brusselsLocalToInstant(local: string): Date | null {
  const match = BRUSSELS_LOCAL_PATTERN.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((field) => Number(field ?? 0));
  const wanted = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}`;
  const candidate = new Date(new TZDate(year, month - 1, day, hour, minute, second, PROGRAMME_TIME_ZONE).getTime());
  // TZDate rolls a time that does not exist over (30 February to 2 March, 02:30 to 03:30 in March): refuse it.
  if (toBrusselsLocal(candidate, true) !== wanted) return null;
  // Which occurrence of a repeated hour TZDate picks depends on the machine's zone: take the first.
  const hourBefore = new Date(candidate.getTime() - HOUR_MS);
  return toBrusselsLocal(hourBefore, true) === wanted ? hourBefore : candidate;
}

/** The Brussels calendar date (`YYYY-MM-DD`) of an instant. */
export function brusselsDate(instant: Date): string {
  return lightFormat(onBrusselsClock(instant), 'yyyy-MM-dd');
}

/** The instant a Brussels calendar day (`YYYY-MM-DD`) begins, or null when `day` is no date. */
export function brusselsStartOfDay(day: string): Date | null {
  // Clocks change at 02:00 and 03:00 in Brussels: midnight always exists, and only once.
  return CALENDAR_DATE_PATTERN.test(day) ? brusselsLocalToInstant(`${day}T00:00`) : null;
}

/** The calendar day after `day` (`YYYY-MM-DD`), or null when `day` is no date. */
export function nextDay(day: string): string | null {
  const start = brusselsStartOfDay(day);
  return start && brusselsDate(addDays(start, 1, { in: inBrussels }));
}

/** The instant as ISO 8601 with the Brussels offset in force then: `2019-05-02T00:00:00+02:00`. */
export function toBrusselsIso(instant: Date): string {
  return formatISO(instant, { in: inBrussels });
}

/**
 * Whole Brussels calendar days from `since` to `until`, as the pipeline counts days in a stage: an
 * engagement moved yesterday at 23:30 has been one day in its stage at 00:30 today. Negative when
 * `until` is the earlier day.
 */
export function brusselsDaysBetween(since: Date, until: Date): number {
  return differenceInCalendarDays(until, since, { in: inBrussels });
}

/**
 * The instant's Brussels calendar day as a count of days since 1 January 1970: the difference of
 * two is `brusselsDaysBetween`, without a time-zone computation per pair (a board of hundreds of
 * cards computes today's number once).
 */
export function brusselsDayNumber(instant: Date): number {
  const [year, month, day] = brusselsDate(instant).split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/**
 * The ISO day of the week of the instant in Brussels: 1 for Monday to 7 for Sunday. With
 * `brusselsTimeOfDay`, what the reminders' sending window (working days, 08:00-18:00) is checked with.
 */
export function brusselsWeekday(instant: Date): number {
  return getISODay(instant, { in: inBrussels });
}

/** The time of day (`HH:mm`) of the instant on a Brussels clock. */
export function brusselsTimeOfDay(instant: Date): string {
  return lightFormat(onBrusselsClock(instant), 'HH:mm');
}
