/**
 * Wall-clock time in Europe/Brussels, where the programme happens, converted to and from instants.
 * People schedule "12 June at 14:00" in Brussels whatever their browser's time zone says; the
 * database stores the instant in UTC. Daylight saving comes from the platform's time-zone data.
 */
export const PROGRAMME_TIME_ZONE = 'Europe/Brussels';

/** `YYYY-MM-DDTHH:mm` (what an HTML datetime-local field gives), seconds optional. */
export const BRUSSELS_LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PROGRAMME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** `YYYY-MM-DDTHH:mm` (or `...:ss`) of the instant on a Brussels clock. */
export function toBrusselsLocal(instant: Date, withSeconds = false): string {
  const field = Object.fromEntries(clockFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  const text = `${field['year']}-${field['month']}-${field['day']}T${field['hour']}:${field['minute']}`;
  return withSeconds ? `${text}:${field['second']}` : text;
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
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wanted = `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6] ?? '00'}`;
  // Brussels is UTC+2 in summer and UTC+1 in winter; summer first settles the repeated hour.
  for (const offsetMinutes of [120, 60]) {
    const candidate = new Date(asIfUtc - offsetMinutes * 60_000);
    if (toBrusselsLocal(candidate, true) === wanted) return candidate;
  }
  return null;
}

/** The Brussels calendar date (`YYYY-MM-DD`) of an instant. */
export function brusselsDate(instant: Date): string {
  return toBrusselsLocal(instant).slice(0, 10);
}
