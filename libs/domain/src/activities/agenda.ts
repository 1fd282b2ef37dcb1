import { brusselsDate, nextDay } from '../time/brussels-time';

/** How many days the agenda looks ahead after today: "this week" is today and the seven days after it. */
export const AGENDA_DAYS_AHEAD = 7;

/** One Brussels calendar day of the agenda and what is scheduled on it, in time order. */
export interface AgendaDay<T> {
  /** `YYYY-MM-DD`, a Brussels calendar day. */
  readonly day: string;
  /** 0 today, 1 tomorrow, and so on: how the day is named ("Aujourd'hui", "Demain", then its weekday). */
  readonly offset: number;
  readonly items: T[];
}

/** The Brussels calendar days from `today` (`YYYY-MM-DD`) to `daysAhead` days after it, in order. */
export function agendaDayRange(today: string, daysAhead = AGENDA_DAYS_AHEAD): string[] {
  const days = [today];
  while (days.length <= daysAhead) {
    const next = nextDay(days[days.length - 1]);
    if (!next) throw new Error(`Not a calendar day: ${today}`);
    days.push(next);
  }
  return days;
}

/**
 * The agenda from `today` on: every day of the range, empty ones included (the page says there is
 * nothing that day), each with the items scheduled on it in Brussels, earliest first. Items outside
 * the range are left out.
 */
export function agendaDays<T extends { readonly scheduledAt: string | null }>(items: readonly T[], today: string, daysAhead = AGENDA_DAYS_AHEAD): AgendaDay<T>[] {
  const byDay = new Map(agendaDayRange(today, daysAhead).map((day) => [day, [] as T[]]));
  const sorted = items.filter((item) => item.scheduledAt !== null).sort((a, b) => Date.parse(a.scheduledAt ?? '') - Date.parse(b.scheduledAt ?? ''));
  for (const item of sorted) {
    byDay.get(brusselsDate(new Date(item.scheduledAt ?? '')))?.push(item);
  }
  return [...byDay].map(([day, dayItems], offset) => ({ day, offset, items: dayItems }));
}

/** A row of the agenda as shown: a day (today always, or one with something planned), or a run of empty days. */
export type AgendaRow<T> = { readonly kind: 'day'; readonly day: AgendaDay<T> } | { readonly kind: 'nothing'; readonly from: AgendaDay<T>; readonly to: AgendaDay<T> };

/**
 * The agenda's days as rows: today on its own, each day with something planned on its own, and the
 * empty days in between folded into one row ("du mercredi 18 au lundi 23 mars : rien de prévu"),
 * so that a quiet week takes three lines on a phone rather than eight.
 */
export function agendaRows<T>(days: readonly AgendaDay<T>[]): AgendaRow<T>[] {
  const rows: AgendaRow<T>[] = [];
  for (const day of days) {
    const last = rows[rows.length - 1];
    if (day.offset === 0 || day.items.length > 0) {
      rows.push({ kind: 'day', day });
    } else if (last?.kind === 'nothing') {
      rows[rows.length - 1] = { ...last, to: day };
    } else {
      rows.push({ kind: 'nothing', from: day, to: day });
    }
  }
  return rows;
}
