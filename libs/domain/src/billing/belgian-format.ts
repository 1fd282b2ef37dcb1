/**
 * How amounts and days are written for Belgian readers in documents and e-mails (invoices, their
 * PDF, the overdue reminder), from the integers themselves rather than through `Intl`: the output is
 * the same on every machine (ICU versions differ in their spaces) and uses only characters that a
 * PDF's standard fonts can draw.
 */

/** `2024-03-05` -> `05/03/2024`. */
export function belgianDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: "${day}"`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** `250000` -> `2 500,00`: a space between thousands, a decimal comma. */
function frenchDecimalCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not an amount in cents: ${cents}`);
  const magnitude = Math.abs(cents);
  const euros = String(Math.floor(magnitude / 100)).replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${cents < 0 ? '-' : ''}${euros},${String(magnitude % 100).padStart(2, '0')}`;
}

/** `250000` -> `2 500,00 EUR`. */
export function frenchEuros(cents: number): string {
  return `${frenchDecimalCents(cents)} EUR`;
}
