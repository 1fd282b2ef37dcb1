/**
 * Amounts, quantities and shares as people type them (a decimal comma or point, spaces between
 * thousands: "2 500,00", "2.5") and as the API holds them (integers: cents, thousandths, basis points).
 */

/** "2 500,5" with 2 decimals -> 250050; null when it is no positive number with at most `decimals` decimals. */
export function parseScaled(text: string, decimals: number): number | null {
  const normalised = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  const match = new RegExp(`^(\\d+)(?:\\.(\\d{0,${decimals}}))?$`).exec(normalised);
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return Number(whole) * 10 ** decimals + Number(fraction.padEnd(decimals, '0') || '0');
}

/** 250050 with 2 decimals -> "2500,50"; trailing zeros kept for money (2), dropped for quantities and shares. */
export function formatScaled(value: number, decimals: number, keepZeros = decimals === 2): string {
  const text = (value / 10 ** decimals).toFixed(decimals);
  return (keepZeros ? text : text.replace(/\.?0+$/, '')).replace('.', ',');
}

/** Cents from an amount typed in euros. */
export const parseCents = (text: string) => parseScaled(text, 2);
/** Thousandths of a unit from a quantity ("2,5" days -> 2500). */
export const parseMilli = (text: string) => parseScaled(text, 3);
/** Basis points from a percentage ("50" -> 5000), at most 100 %. */
export function parseBasisPoints(text: string): number | null {
  const value = parseScaled(text, 2);
  return value !== null && value <= 10_000 ? value : null;
}
