/**
 * The Belgian structured communication (communication structurée / OGM-VCS): 10 digits and a
 * 2-digit check, the 10 digits modulo 97 (97 when the remainder is 0), written
 * `+++123/4567/89002+++`. Banks refuse a payment whose check does not match, so a transfer with it
 * reaches the right invoice.
 */

function checkDigits(base: string): string {
  const remainder = Number(BigInt(base) % 97n);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

/** The 12 digits for a 10-digit base. */
export function structuredCommunication(base: string): string {
  if (!/^\d{10}$/.test(base)) {
    throw new RangeError(`A structured communication is built on 10 digits, not "${base}"`);
  }
  return `${base}${checkDigits(base)}`;
}

/**
 * The communication of a numbered document: the year, 0 for an invoice or 9 for a credit note, and
 * the sequence on 5 digits (CF-2026-0007 -> 2026 0 00007), so that no two documents share one.
 */
export function structuredCommunicationFor(year: number, sequence: number, series: 'CF' | 'NC' = 'CF'): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
    throw new RangeError(`No structured communication for year ${year}, sequence ${sequence}`);
  }
  return structuredCommunication(`${year}${series === 'NC' ? 9 : 0}${String(sequence).padStart(5, '0')}`);
}

/** `123456789002` -> `+++123/4567/89002+++`. */
export function formatStructuredCommunication(digits: string): string {
  if (!/^\d{12}$/.test(digits)) {
    throw new RangeError(`A structured communication has 12 digits, not "${digits}"`);
  }
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}
