import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateInvoiceRequest,
  CreditNoteRequest,
  InvoiceDetail,
  InvoiceDraftFailureList,
  InvoicePage,
  InvoiceQuery,
  RecordPaymentRequest,
  UpdateInvoiceRequest,
} from '@bep/contracts';
import type { InvoiceStatus } from '@bep/domain';
import { httpParams } from '@bep/web/shared/data-access';
import type { Observable } from 'rxjs';

/**
 * What the client asks GET /api/invoices (and the CSV export) for: the contract's query, with the
 * statuses as a list (the API reads them from one parameter, separated by commas).
 */
export type InvoiceListQuery = Partial<Omit<InvoiceQuery, 'status'>> & { status?: readonly InvoiceStatus[] };

/** The files an issued invoice or credit note downloads as. */
export type InvoiceDocumentFormat = 'pdf' | 'ubl';

const INVOICES = '/api/invoices';

function invoicePath(id: string): string {
  return `${INVOICES}/${encodeURIComponent(id)}`;
}

function listParams({ status, ...query }: InvoiceListQuery) {
  return httpParams({ ...query, status: status?.join(',') });
}

/**
 * The invoices' routes of the API (finance writes, managers read), typed by `@bep/contracts`.
 * Errors come back as RFC 9457 problems (apiFailure). Downloads are plain links: the browser's
 * session cookie authenticates them, so they are URLs rather than requests.
 */
@Injectable({ providedIn: 'root' })
export class InvoicesApi {
  readonly #http = inject(HttpClient);

  /** GET /api/invoices: one page (drafts first, then the latest issued) and the totals of all the filters match. */
  list(query: InvoiceListQuery = {}): Observable<InvoicePage> {
    return this.#http.get<InvoicePage>(INVOICES, { params: listParams(query) });
  }

  /** GET /api/invoices/{id}: lines, VAT breakdown, payments, credit notes or credited invoice, history. */
  detail(id: string): Observable<InvoiceDetail> {
    return this.#http.get<InvoiceDetail>(invoicePath(id));
  }

  /** GET /api/invoices/draft-failures: the drafts the billing job could not make yet. */
  draftFailures(): Observable<InvoiceDraftFailureList> {
    return this.#http.get<InvoiceDraftFailureList>(`${INVOICES}/draft-failures`);
  }

  /** POST /api/invoices (finance): a draft by hand for an engagement. */
  create(request: CreateInvoiceRequest): Observable<InvoiceDetail> {
    return this.#http.post<InvoiceDetail>(INVOICES, request);
  }

  /** PATCH /api/invoices/{id} (finance): a draft's lines or note at the version read; 409 when stale. */
  update(id: string, request: UpdateInvoiceRequest): Observable<InvoiceDetail> {
    return this.#http.patch<InvoiceDetail>(invoicePath(id), request);
  }

  /** DELETE /api/invoices/{id} (finance): a draft, for good. */
  remove(id: string): Observable<void> {
    return this.#http.delete<void>(invoicePath(id));
  }

  /** POST /api/invoices/{id}/issue (finance): the next number of the series; the invoice is fixed for good. */
  issue(id: string, version: number): Observable<InvoiceDetail> {
    return this.#http.post<InvoiceDetail>(`${invoicePath(id)}/issue`, { version });
  }

  /** POST /api/invoices/{id}/payments (finance): never more than what is owed. */
  recordPayment(id: string, request: RecordPaymentRequest): Observable<InvoiceDetail> {
    return this.#http.post<InvoiceDetail>(`${invoicePath(id)}/payments`, request);
  }

  /** POST /api/invoices/{id}/credit-notes (finance): the credit note, issued at once. */
  creditNote(id: string, request: CreditNoteRequest): Observable<InvoiceDetail> {
    return this.#http.post<InvoiceDetail>(`${invoicePath(id)}/credit-notes`, request);
  }

  /** GET /api/invoices/{id}/pdf or /ubl (Peppol BIS Billing 3.0) of an issued document, as a link. */
  documentUrl(id: string, format: InvoiceDocumentFormat): string {
    return `${invoicePath(id)}/${format}`;
  }

  /** GET /api/invoices/export.csv under the list's filters (not its page: every document they match), as a link. */
  csvExportUrl(query: Omit<InvoiceListQuery, 'limit' | 'offset'>): string {
    const params = listParams(query).toString();
    return params ? `${INVOICES}/export.csv?${params}` : `${INVOICES}/export.csv`;
  }
}
