import { z } from 'zod';

/**
 * The span of days and instants the API accepts: years 1 to 9999. PostgreSQL has no year 0 (a
 * `0000-01-01` would fail in the database, not in validation), and past 9999 an ISO string needs
 * six signed digits (`+010000-...`) that neither side writes nor reads.
 */
const FIRST = Date.parse('0001-01-01T00:00:00Z');
const LAST = Date.parse('9999-12-31T23:59:59.999Z');
export const CALENDAR_SPAN_MESSAGE = 'must be between the years 1 and 9999';

/** An instant (a Date, or its milliseconds) within the span. */
export function isWithinCalendarSpan(instant: Date | number): boolean {
  const time = typeof instant === 'number' ? instant : instant.getTime();
  return time >= FIRST && time <= LAST;
}

/** A calendar day `YYYY-MM-DD` in the span (the pattern has four-digit years: only year 0 is left out). */
export function calendarDay() {
  return z.iso.date().refine((day) => !day.startsWith('0000'), CALENDAR_SPAN_MESSAGE);
}

/** An ISO 8601 instant with its offset (or Z), whose UTC instant is in the span. */
export function instantWithOffset() {
  return z.iso.datetime({ offset: true }).refine((value) => isWithinCalendarSpan(Date.parse(value)), CALENDAR_SPAN_MESSAGE);
}
