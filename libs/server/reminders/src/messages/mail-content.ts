/** What a reminder says, before the shared mail layout turns it into HTML and plain text. */
export interface MailContent {
  subject: string;
  title: string;
  paragraphs: string[];
  /** Label and value pairs, shown as a small table. */
  facts: [string, string][];
  /** The way back into the app. */
  action: { label: string; url: string };
}

const longDate = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', day: 'numeric', month: 'long', year: 'numeric' });
const dateAndTime = new Intl.DateTimeFormat('fr-BE', { timeZone: 'Europe/Brussels', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/** `12 mars 2026`, on the Brussels calendar. */
export const frenchDate = (instant: Date) => longDate.format(instant);
/** `jeudi 12 mars à 10:00`, on a Brussels clock. */
export const frenchDateTime = (instant: Date) => dateAndTime.format(instant);
