import type { InvoiceKind, InvoiceStatus } from '@bep/domain';
import type { InvoiceListQuery } from './invoices-api';

/**
 * The statuses finance filters by: the documents' own; "overdue", which is no status but derived by
 * the API (issued, something owed, the due date passed); and "billed", every document but the
 * drafts: what the communes were billed (the dashboard's budget links to it).
 */
export const INVOICE_STATUS_FILTERS = ['draft', 'billed', 'issued', 'overdue', 'paid', 'credited'] as const;
export type InvoiceStatusFilter = (typeof INVOICE_STATUS_FILTERS)[number];

/** What the list is filtered by, as the user states it, and the page shown. */
export interface InvoiceFilters {
  status: InvoiceStatusFilter | null;
  kind: InvoiceKind | null;
  /** The commune's NIS code. */
  communeNis: string | null;
  /** The campaign's id; null: every campaign. */
  campaignId: string | null;
  /** First issue date included, `YYYY-MM-DD` (a period leaves the drafts out: they have no issue date). */
  from: string | null;
  /** Last issue date included. */
  to: string | null;
  /** 0-based. */
  pageIndex: number;
  pageSize: number;
}

export const INVOICE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_INVOICE_PAGE_SIZE = 25;

export const NO_INVOICE_FILTERS: InvoiceFilters = {
  status: null,
  kind: null,
  communeNis: null,
  campaignId: null,
  from: null,
  to: null,
  pageIndex: 0,
  pageSize: DEFAULT_INVOICE_PAGE_SIZE,
};

/** The documents' filters, the page aside: the CSV export reads the same ones. */
export function invoiceFilterQuery(filters: InvoiceFilters): InvoiceListQuery {
  const query: InvoiceListQuery = {};
  if (filters.status === 'overdue') {
    query.status = ['issued'] satisfies InvoiceStatus[];
    query.overdue = true;
  } else if (filters.status === 'billed') {
    query.status = ['issued', 'paid', 'credited'] satisfies InvoiceStatus[];
  } else if (filters.status) {
    query.status = [filters.status];
  }
  if (filters.kind) query.kind = filters.kind;
  if (filters.communeNis) query.communeNis = filters.communeNis;
  if (filters.campaignId) query.campaignId = filters.campaignId;
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = filters.to;
  return query;
}

/** The query of GET /api/invoices for one page of the list under `filters`. */
export function invoiceQueryParams(filters: InvoiceFilters): InvoiceListQuery {
  return { ...invoiceFilterQuery(filters), limit: filters.pageSize, offset: filters.pageIndex * filters.pageSize };
}

/** Whether any filter narrows the list. */
export function isInvoiceListFiltered(filters: InvoiceFilters): boolean {
  return !!(filters.status || filters.kind || filters.communeNis || filters.campaignId || filters.from || filters.to);
}
