import { brusselsDate } from '@bep/domain';

const DAY_MS = 86_400_000;

/** The Brussels calendar day of an instant, as a day count since 1970 (whole days compare exactly). */
function brusselsDayNumber(instant: string | Date): number {
  return Date.parse(`${brusselsDate(new Date(instant))}T00:00:00Z`) / DAY_MS;
}

/**
 * Whole Belgian calendar days from `since` to `until`, as the pipeline board counts days in a stage
 * (an engagement moved yesterday evening has been one day in its stage this morning).
 */
export function brusselsDaysBetween(since: string | Date, until: string | Date): number {
  return brusselsDayNumber(until) - brusselsDayNumber(since);
}
