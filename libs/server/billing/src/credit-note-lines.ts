import type { InvoiceLine } from '@bep/contracts';
import { roundHalfAwayFromZero, VAT_RATE_BP, type VatCategory } from '@bep/domain';
import type { PricedLine } from './draft-lines';

/** What a credit note is computed from: the invoice's figures and category. */
export interface CreditedInvoice {
  number: string | null;
  vatCategory: VatCategory;
  netCents: number;
  paidCents: number;
  creditedCents: number;
  /** What the commune still owes, gross. */
  outstandingCents: number;
}

const vatOf = (netCents: number, vatRateBp: number) => roundHalfAwayFromZero(netCents * vatRateBp, 10_000);

/**
 * The largest net whose gross (net + VAT rounded once) fits in what is owed: the net a credit of
 * "everything still owed" takes when payments or credits already took part of the invoice.
 */
export function netWithinGross(grossCents: number, vatRateBp: number): number {
  let net = Math.floor((grossCents * 10_000) / (10_000 + vatRateBp)) + 1;
  while (net > 0 && net + vatOf(net, vatRateBp) > grossCents) net -= 1;
  return net;
}

/**
 * The lines of a credit note. A whole credit of an invoice nothing has settled yet takes its lines
 * as they are (the credit note mirrors the invoice); otherwise one line of the net credited, in the
 * invoice's category: the amount asked, or all that is still owed.
 */
export function creditNoteLines(invoice: CreditedInvoice, invoiceLines: readonly InvoiceLine[], amountCents?: number): PricedLine[] {
  if (amountCents === undefined && invoice.paidCents === 0 && invoice.creditedCents === 0) {
    return invoiceLines.map((line) => ({ ...line }));
  }
  const vatRateBp = VAT_RATE_BP[invoice.vatCategory];
  const netCents = amountCents ?? netWithinGross(invoice.outstandingCents, vatRateBp);
  return [
    {
      position: 1,
      description: `Crédit de la facture ${invoice.number ?? ''}`.trim(),
      quantityMilli: 1000,
      unitCode: 'C62',
      unitPriceCents: netCents,
      shareBp: 10_000,
      netCents,
      vatCategory: invoice.vatCategory,
      vatRateBp,
    },
  ];
}
