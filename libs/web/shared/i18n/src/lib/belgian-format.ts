import { brusselsStartOfDay, PROGRAMME_TIME_ZONE } from '@bep/domain';
import { NAMES_LOCALE, type Language } from './languages';

// BEP works in Belgian time (PROGRAMME_TIME_ZONE of libs/domain), whatever the time zone of the browser.

// Belgian conventions (fr-BE): a narrow space between thousands, a decimal comma, "€" after. The
// spaces inside a figure are no-break spaces (Intl's U+202F and U+00A0, and ours before "%"): an
// amount never breaks across two lines.
const FIGURES_LOCALE = 'fr-BE';
const integer = new Intl.NumberFormat(FIGURES_LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(FIGURES_LOCALE, { maximumFractionDigits: 1 });
const euros = new Intl.NumberFormat(FIGURES_LOCALE, { style: 'currency', currency: 'EUR' });
const numericDate = new Intl.DateTimeFormat(FIGURES_LOCALE, { timeZone: PROGRAMME_TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const DATE_TIME: Intl.DateTimeFormatOptions = {
  timeZone: PROGRAMME_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};
const numericDateTime = new Intl.DateTimeFormat(FIGURES_LOCALE, DATE_TIME);
const numericDateTimeSeconds = new Intl.DateTimeFormat(FIGURES_LOCALE, { ...DATE_TIME, second: '2-digit' });
/** The narrow no-break space French puts before "%" (and before ; ! ?). */
const NARROW_NO_BREAK_SPACE = '\u202F';
const longDates = new Map<string, Intl.DateTimeFormat>();

/** An instant, or a calendar date `YYYY-MM-DD` (a deadline), as a Date to format in Brussels time. */
function toDate(value: string | Date): Date | null {
  // A calendar date names a Brussels day: shown as the instant that day begins in Brussels.
  const date = typeof value === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? brusselsStartOfDay(value) : new Date(value)) : value;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** "110 939"; one decimal when asked ("2,5"). */
export function formatNumber(value: number, decimals: 0 | 1 = 0): string {
  return (decimals === 0 ? integer : decimal).format(value);
}

/** Integer cents as euros: 500000 -> "5 000,00 €". */
export function formatMoney(cents: number): string {
  return euros.format(cents / 100);
}

/** A ratio as a percentage: 0.135 -> "13,5 %". */
export function formatPercent(ratio: number): string {
  return `${decimal.format(ratio * 100)}${NARROW_NO_BREAK_SPACE}%`;
}

/** "02/05/2019", the Brussels day of an instant or a calendar date. */
export function formatDate(value: string | Date): string {
  const date = toDate(value);
  return date ? numericDate.format(date) : '';
}

/** "02/05/2019 10:30", in Brussels time; to the second when asked ("02/05/2019 10:30:00", the audit log). */
export function formatDateTime(value: string | Date, precision: 'minutes' | 'seconds' = 'minutes'): string {
  const date = toDate(value);
  return date ? (precision === 'seconds' ? numericDateTimeSeconds : numericDateTime).format(date) : '';
}

/** "2 mai 2019" or "2 May 2019": the date with its month named in the interface language. */
export function formatLongDate(value: string | Date, language: Language): string {
  return namedDate(value, language, 'date');
}

/**
 * A date with its weekday, for agendas, in the interface language: `long` "mardi 24 mars 2026" /
 * "Tuesday, 24 March 2026"; for the coming days, no year: `day` "mardi 24 mars" / "Tuesday 24 March",
 * `short` "mar. 24 mars" / "Tue, 24 Mar".
 */
export function formatWeekdayDate(value: string | Date, language: Language, style: WeekdayDateStyle = 'long'): string {
  return namedDate(value, language, style);
}

export type WeekdayDateStyle = 'long' | 'day' | 'short';

const NAMED_DATE_PARTS: Readonly<Record<'date' | WeekdayDateStyle, Intl.DateTimeFormatOptions>> = {
  date: { day: 'numeric', month: 'long', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
};

function namedDate(value: string | Date, language: Language, parts: keyof typeof NAMED_DATE_PARTS): string {
  const date = toDate(value);
  if (!date) return '';
  const key = `${language}:${parts}`;
  let format = longDates.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(NAMES_LOCALE[language], { timeZone: PROGRAMME_TIME_ZONE, ...NAMED_DATE_PARTS[parts] });
    longDates.set(key, format);
  }
  return format.format(date);
}
