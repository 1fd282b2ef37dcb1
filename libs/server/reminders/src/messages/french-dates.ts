const longDate = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric' });
const dateAndTime = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** `12 mars 2026`, on the Brussels calendar. */
export const frenchDate = (instant: Date) => longDate.format(instant);
/** `jeudi 12 mars à 10:00`, on a Brussels clock. */
export const frenchDateTime = (instant: Date) => dateAndTime.format(instant);
/** `31 octobre 2026` for `2026-10-31`, a day of the calendar (a deadline). */
export const frenchDay = (day: string) => frenchDate(new Date(`${day}T12:00:00Z`));
