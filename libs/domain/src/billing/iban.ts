import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, isValidIBAN } from 'ibantools';

/**
 * Bank details, checked by `ibantools` (country lengths and formats, the mod-97 check) rather than
 * by hand: a wrong digit in BEP's IBAN would send every commune's payment astray.
 */

/** `BE71 0961 2345 6769` -> `BE71096123456769`; null when it is not a valid IBAN. */
export function normalizeIban(value: string): string | null {
  const electronic = electronicFormatIBAN(value);
  return electronic && isValidIBAN(electronic) ? electronic : null;
}

export function isValidIban(value: string): boolean {
  return normalizeIban(value) !== null;
}

/** `BE71096123456769` -> `BE71 0961 2345 6769`, the way it is printed. */
export function formatIban(electronic: string): string {
  return friendlyFormatIBAN(electronic) ?? electronic;
}

/** `gkcc be bb` -> `GKCCBEBB`; null when it is not a valid BIC. */
export function normalizeBic(value: string): string | null {
  const compact = value.replace(/\s/g, '').toUpperCase();
  return isValidBIC(compact) ? compact : null;
}

export function isValidBic(value: string): boolean {
  return normalizeBic(value) !== null;
}
