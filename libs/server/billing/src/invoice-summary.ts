import type { InvoiceDetail } from '@bep/contracts';

/** What the audit log keeps of a document's state, before and after a change: enough to see what changed. */
export function summaryOf(invoice: InvoiceDetail): Record<string, unknown> {
  return {
    status: invoice.status,
    number: invoice.number,
    netCents: invoice.netCents,
    grossCents: invoice.grossCents,
    paidCents: invoice.paidCents,
    creditedCents: invoice.creditedCents,
    note: invoice.note,
    lines: invoice.lines.map((line) => ({ description: line.description, quantityMilli: line.quantityMilli, unitPriceCents: line.unitPriceCents, shareBp: line.shareBp, netCents: line.netCents })),
  };
}
