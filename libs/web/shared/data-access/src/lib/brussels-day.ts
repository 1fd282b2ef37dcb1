/** The calendar days of BEP are Belgian ones, whatever the time zone of the browser. */
const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

const offsetFormat = new Intl.DateTimeFormat('en-GB', { timeZone: BRUSSELS_TIME_ZONE, timeZoneName: 'longOffset' });

/** "+02:00" (summer) or "+01:00" (winter): Brussels' offset from UTC at the given instant. */
function brusselsOffsetAt(instant: Date): string {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset === '' ? '+00:00' : offset;
}

function offsetMinutes(offset: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(offset) ?? ['', '+', '0', '0'];
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * The instant at which a Belgian calendar day (`YYYY-MM-DD`) begins, as an ISO 8601 date-time with
 * its offset: "2019-05-02T00:00:00+02:00". Null when `day` is no valid date.
 */
export function brusselsStartOfDay(day: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) {
    return null;
  }
  const localMidnightAsUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const check = new Date(localMidnightAsUtc);
  if (Number.isNaN(localMidnightAsUtc) || check.toISOString().slice(0, 10) !== day) {
    return null;
  }
  // Midnight in Brussels is at UTC midnight minus the offset in force then; two passes settle DST days.
  let offset = brusselsOffsetAt(check);
  offset = brusselsOffsetAt(new Date(localMidnightAsUtc - offsetMinutes(offset) * 60_000));
  return `${day}T00:00:00${offset}`;
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
