import type { DraftLine, InvoiceService, InvoiceUnitCode } from '@bep/contracts';
import { invoiceTotals, lineNetCents, VAT_RATE_BP, type InvoiceTotals, type VatCategory } from '@bep/domain';
import type { BillingTerms } from './billing-terms';
import { invoiceProblem } from './invoice-problems';

/** A line as the database keeps it: priced, rounded once, taxed. */
export interface PricedLine {
  position: number;
  description: string;
  quantityMilli: number;
  unitCode: InvoiceUnitCode;
  unitPriceCents: number;
  shareBp: number;
  netCents: number;
  vatCategory: VatCategory;
  vatRateBp: number;
}

/** The line of the commune's share of its personalised diagnostic, as the pipeline's draft carries it. */
export const DIAGNOSTIC_LINE_DESCRIPTION = 'Diagnostic numérique personnalisé — part communale';

const WHOLE_PRICE_BP = 10_000;
/** The database keeps amounts as 32-bit integers. */
const MAX_CENTS = 2_147_483_647;

interface LineDefaults {
  unitCode: InvoiceUnitCode;
  /** Undefined: the line must name its price. */
  unitPriceCents?: number;
  shareBp: number;
}

/** What a line of the service costs unless it says otherwise: the commune pays what BEP does not. */
function defaultsFor(service: InvoiceService, terms: BillingTerms): LineDefaults {
  switch (service) {
    case 'diagnostic':
      return { unitCode: 'C62', unitPriceCents: terms.diagnosticPriceCents, shareBp: WHOLE_PRICE_BP - terms.diagnosticBepShareBp };
    case 'accompaniment':
      return { unitCode: 'DAY', unitPriceCents: terms.accompanimentDayRateCents, shareBp: WHOLE_PRICE_BP - terms.accompanimentBepShareBp };
    case 'other':
      return { unitCode: 'C62', shareBp: WHOLE_PRICE_BP };
  }
}

/** The lines a draft starts with: those given, or for a diagnostic its one line at the campaign's price. */
export function draftLinesFor(service: InvoiceService, lines: readonly DraftLine[] | undefined): readonly DraftLine[] {
  if (lines) return lines;
  if (service === 'diagnostic') return [{ description: DIAGNOSTIC_LINE_DESCRIPTION, quantityMilli: 1000 }];
  throw invoiceProblem('lines', 'Lines required', `A draft for ${service} needs its lines (what is billed, and for accompaniment how many days).`);
}

/** The net of a line, refused (422) when it is beyond what the documents hold rather than failing in arithmetic. */
function netOf(line: { quantityMilli: number; unitPriceCents: number; shareBp: number }, position: number): number {
  const exact = Number.isSafeInteger(line.quantityMilli * line.unitPriceCents * line.shareBp);
  const net = exact ? lineNetCents(line) : Infinity;
  if (net > MAX_CENTS) {
    throw invoiceProblem('amount', 'Amount too large', `Line ${position} comes to more than ${MAX_CENTS} cents.`);
  }
  return net;
}

/** Prices the lines with the service's defaults, in the invoice's VAT category. */
export function priceLines(lines: readonly DraftLine[], service: InvoiceService, terms: BillingTerms, vatCategory: VatCategory): PricedLine[] {
  const defaults = defaultsFor(service, terms);
  return lines.map((line, index) => {
    const position = index + 1;
    const unitPriceCents = line.unitPriceCents ?? defaults.unitPriceCents;
    if (unitPriceCents === undefined) {
      throw invoiceProblem('lines', 'Price required', `Line ${position} needs its unitPriceCents: a service other than the diagnostic or accompaniment has no campaign price.`);
    }
    const priced = { quantityMilli: line.quantityMilli, unitPriceCents, shareBp: line.shareBp ?? defaults.shareBp };
    return {
      position,
      description: line.description,
      unitCode: line.unitCode ?? defaults.unitCode,
      ...priced,
      netCents: netOf(priced, position),
      vatCategory,
      vatRateBp: VAT_RATE_BP[vatCategory],
    };
  });
}

/** The totals of priced lines, refused (422) when the invoice's gross is beyond what the database holds. */
export function totalsOf(lines: readonly PricedLine[]): InvoiceTotals {
  const totals = invoiceTotals(lines);
  if (totals.grossCents > MAX_CENTS) {
    throw invoiceProblem('amount', 'Amount too large', `The invoice comes to more than ${MAX_CENTS} cents.`);
  }
  return totals;
}
