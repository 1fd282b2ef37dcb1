/**
 * Invoice arithmetic in integer cents. Each line is rounded once, half away from zero; totals are
 * sums of rounded lines; VAT is computed once per category and rate on the sum of its lines
 * (EN 16931 BR-CO-17), so that the printed, exported and e-invoiced figures always agree.
 */

export type VatCategory = 'S' | 'O';

/** The rate of each category the programme bills in, in basis points: S is Belgium's 21 %, O is outside VAT. */
export const VAT_RATE_BP: Readonly<Record<VatCategory, number>> = { S: 2100, O: 0 };

/** `numerator / denominator` rounded to an integer, halves away from zero; exact for safe integers. */
export function roundHalfAwayFromZero(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} in integers`);
  }
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 && magnitude > 0 ? -magnitude : magnitude;
}

export interface LinePricing {
  /** Thousandths of a unit (one day = 1000, half a day = 500). */
  quantityMilli: number;
  /** Price of one unit, excluding VAT. */
  unitPriceCents: number;
  /** The share of the price billed, in basis points (5000 = 50 %). */
  shareBp: number;
}

/** A line's net amount: quantity x unit price x share, rounded once. */
export function lineNetCents({ quantityMilli, unitPriceCents, shareBp }: LinePricing): number {
  // 1000 (milli) x 10 000 (basis points): one division, so one rounding.
  return roundHalfAwayFromZero(quantityMilli * unitPriceCents * shareBp, 10_000_000);
}

export interface TaxedLine {
  netCents: number;
  vatCategory: VatCategory;
  vatRateBp: number;
}

export interface VatSubtotal {
  vatCategory: VatCategory;
  vatRateBp: number;
  taxableCents: number;
  vatCents: number;
}

export interface InvoiceTotals {
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** One entry per category and rate, in the order first met. */
  byCategory: VatSubtotal[];
}

/** Totals of rounded lines, with VAT per category and rate. */
export function invoiceTotals(lines: readonly TaxedLine[]): InvoiceTotals {
  const groups = new Map<string, VatSubtotal>();
  for (const line of lines) {
    const key = `${line.vatCategory}/${line.vatRateBp}`;
    const group = groups.get(key) ?? { vatCategory: line.vatCategory, vatRateBp: line.vatRateBp, taxableCents: 0, vatCents: 0 };
    group.taxableCents += line.netCents;
    groups.set(key, group);
  }
  const byCategory = [...groups.values()].map((group) => ({ ...group, vatCents: roundHalfAwayFromZero(group.taxableCents * group.vatRateBp, 10_000) }));
  const netCents = byCategory.reduce((sum, group) => sum + group.taxableCents, 0);
  const vatCents = byCategory.reduce((sum, group) => sum + group.vatCents, 0);
  return { netCents, vatCents, grossCents: netCents + vatCents, byCategory };
}

/** Cents as a decimal with a point and two decimals (`-1234` -> `-12.34`), exactly: for e-invoices and exports. */
export function centsToDecimal(cents: number): string {
  if (!Number.isSafeInteger(cents)) {
    throw new RangeError(`Not an amount in cents: ${cents}`);
  }
  const sign = cents < 0 ? '-' : '';
  const magnitude = Math.abs(cents);
  return `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`;
}
