import { brusselsDaysBetween, brusselsStartOfDay } from '@bep/domain';

/**
 * Calendar days from `now` (an instant) to `day` (`YYYY-MM-DD`), counted in Brussels: positive
 * before the day, 0 on it, negative after it.
 */
export function daysUntil(day: string, now: string | Date): number {
  const start = brusselsStartOfDay(day);
  return start ? brusselsDaysBetween(new Date(now), start) : Number.NaN;
}
