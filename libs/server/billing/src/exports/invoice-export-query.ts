import { invoiceQuerySchema, type InvoiceQuery } from '@bep/contracts';

/** The filters an export was asked with, as stored. */
export interface InvoiceExportFilters {
  from: string;
  to: string;
  statuses: readonly string[] | null;
  communeNis: string | null;
}

/**
 * The list's filter (GET /api/invoices) of an export, so that its documents and its CSV are exactly
 * what the list and the CSV export show for the same period, statuses and commune.
 */
export function invoiceQueryOf(filters: InvoiceExportFilters): InvoiceQuery {
  return invoiceQuerySchema.parse({
    from: filters.from,
    to: filters.to,
    status: filters.statuses?.join(','),
    communeNis: filters.communeNis ?? undefined,
  });
}

/** The ZIP's name: the period it holds. */
export function exportFileName(from: string, to: string): string {
  return `factures-${from}-${to}.zip`;
}
