const longDate = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric' });
const dateAndTime = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** `12 mars 2026`, on the Brussels calendar. */
export const frenchDate = (instant: Date) => longDate.format(instant);
/** `jeudi 12 mars à 10:00`, on a Brussels clock. */
export const frenchDateTime = (instant: Date) => dateAndTime.format(instant);
