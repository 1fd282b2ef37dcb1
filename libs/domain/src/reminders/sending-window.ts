import { TZDate } from '@date-fns/tz';
import { addDays, lightFormat } from 'date-fns';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When reminders may leave: on these days, from `from` to `to` (`HH:mm`) in `timeZone`. */
export interface SendingWindow {
  readonly workingDays: readonly Weekday[];
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
}

/** Whether a local calendar day (`YYYY-MM-DD`) is a public holiday; the server answers it from a holiday library. */
export type PublicHolidays = (day: string) => boolean;

/** A year of days is more than any window with at least one working day can skip. */
const DAYS_SEARCHED = 366;

const weekdayOf = (local: TZDate): Weekday => WEEKDAYS[(local.getDay() + 6) % 7] as Weekday;

function isOpenDay(local: TZDate, window: SendingWindow, holidays: PublicHolidays): boolean {
  return window.workingDays.includes(weekdayOf(local)) && !holidays(lightFormat(local, 'yyyy-MM-dd'));
}

function atLocalTime(day: TZDate, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, 0, timeZone).getTime());
}

/** True when a reminder may leave at `instant`: a working day that is no holiday, between `from` (included) and `to` (excluded). */
export function isInsideSendingWindow(instant: Date, window: SendingWindow, holidays: PublicHolidays): boolean {
  const local = new TZDate(instant, window.timeZone);
  const time = lightFormat(local, 'HH:mm');
  return isOpenDay(local, window, holidays) && time >= window.from && time < window.to;
}

/**
 * The first instant at or after `due` when a reminder may leave: `due` itself inside the window,
 * else the next opening of the window (the same day's `from`, or the next working day's that is
 * no public holiday). A reminder due on Saturday evening leaves on Monday at 08:00, or on Tuesday
 * when Monday is Easter Monday.
 */
export function nextSendingInstant(due: Date, window: SendingWindow, holidays: PublicHolidays): Date {
  if (isInsideSendingWindow(due, window, holidays)) return due;
  const dueLocal = new TZDate(due, window.timeZone);
  for (let offset = 0; offset <= DAYS_SEARCHED; offset += 1) {
    const day = addDays(dueLocal, offset);
    if (!isOpenDay(day, window, holidays)) continue;
    const opening = atLocalTime(day, window.from, window.timeZone);
    if (opening.getTime() >= due.getTime()) return opening;
  }
  throw new Error('The sending window has no working day');
}
