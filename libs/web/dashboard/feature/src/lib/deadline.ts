import { BRUSSELS_TIME_ZONE } from '@bep/web/shared/i18n';

const DAY_MS = 86_400_000;
const brusselsCalendar = new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Brussels calendar day (`YYYY-MM-DD`) of an instant. */
function brusselsDay(instant: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => brusselsCalendar.formatToParts(instant).find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Calendar days from `now` (an instant) to `day` (`YYYY-MM-DD`), counted in Brussels: positive
 * before the day, 0 on it, negative after it.
 */
export function daysUntil(day: string, now: string | Date): number {
  const today = brusselsDay(typeof now === 'string' ? new Date(now) : now);
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}
