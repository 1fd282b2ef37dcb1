/**
 * Exact decimal text for the e-invoice: figures are integers (cents, thousandths, basis points) and
 * are written by shifting the decimal point, never through floating point, so that what the UBL
 * says is exactly what was billed.
 */

/** `value / 10^scale` written exactly, trailing zeros dropped but at least `minDecimals` kept. */
export function scaledDecimal(value: bigint, scale: number, minDecimals = 0): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  fraction = fraction.padEnd(minDecimals, '0');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

/** Thousandths of a unit: `2500` -> `2.5`. */
export function quantityDecimal(quantityMilli: number): string {
  return scaledDecimal(BigInt(quantityMilli), 3);
}

/** Basis points as a percentage: `2100` -> `21`, `3333` -> `33.33`. */
export function percentDecimal(basisPoints: number): string {
  return scaledDecimal(BigInt(basisPoints), 2);
}

/**
 * The price of one unit after the commune's share, in euros: unit price x share, exactly (up to six
 * decimals, 650.00 x 33.33 % = 216.645). It is not rounded because the line amount is rounded once
 * from the exact product (`lineNetCents`), and a rounded unit price would drift from it on
 * fractional quantities and odd shares.
 */
export function sharedUnitPriceDecimal(unitPriceCents: number, shareBp: number): string {
  // cents x basis points = 10^-6 euro
  return scaledDecimal(BigInt(unitPriceCents) * BigInt(shareBp), 6, 2);
}

/** The part of the unit price that the commune does not pay (BEP's share), exactly, in euros. */
export function unsharedUnitPriceDecimal(unitPriceCents: number, shareBp: number): string {
  return scaledDecimal(BigInt(unitPriceCents) * BigInt(10_000 - shareBp), 6, 2);
}
