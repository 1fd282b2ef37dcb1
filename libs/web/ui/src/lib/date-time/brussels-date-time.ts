/** BEP works in Belgian time, whatever the time zone of the browser. */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

const dateTimeFormat = new Intl.DateTimeFormat('fr-BE', {
  timeZone: BRUSSELS_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** "02/05/2019 10:30:00" for the instant 2019-05-02T08:30:00Z, in Belgian time. */
export function formatBrusselsDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat.format(date);
}
