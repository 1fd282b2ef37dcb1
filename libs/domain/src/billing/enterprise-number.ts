/**
 * The Belgian enterprise number (BCE/KBO): 10 digits, starting with 0 or 1, whose last two are
 * 97 - (the first 8 modulo 97). Communes have one too; it identifies both parties of an invoice
 * and is their Peppol address (scheme 0208).
 */

function hasValidCheck(digits: string): boolean {
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** `0202.239.951`, `BE 0202 239 951` or `202239951` (9 digits, the old form) -> `0202239951`; null when invalid. */
export function normalizeEnterpriseNumber(value: string): string | null {
  const compact = value.replace(/[\s.-]/g, '').toUpperCase().replace(/^BE/, '');
  if (!/^\d{9,10}$/.test(compact)) return null;
  const digits = compact.padStart(10, '0');
  return /^[01]/.test(digits) && hasValidCheck(digits) ? digits : null;
}

/** `0202239951` -> `0202.239.951`, the way it is printed. */
export function formatEnterpriseNumber(digits: string): string {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : digits;
}

/** The last two digits that make 8 digits a valid enterprise number (for demo and test data). */
export function enterpriseNumberCheck(firstEight: string): string {
  if (!/^[01]\d{7}$/.test(firstEight)) {
    throw new RangeError(`An enterprise number starts with 8 digits, the first 0 or 1, not "${firstEight}"`);
  }
  return String(97 - (Number(firstEight) % 97)).padStart(2, '0');
}
