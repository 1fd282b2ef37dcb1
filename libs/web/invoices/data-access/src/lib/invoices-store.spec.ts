import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { aDraftFailure, anInvoicePage, anIssuedInvoice } from '../testing';
import { NO_INVOICE_FILTERS, invoiceQueryParams, isInvoiceListFiltered, type InvoiceFilters } from './invoice-filters';
import { InvoicesStore } from './invoices-store';

describe('the Factures list', () => {
  let http: HttpTestingController;
  let store: InvoicesStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(InvoicesStore);
  });

  afterEach(() => http.verify());

  it('asks for the page under the filters: statuses, kind, commune, issue period, page', () => {
    const filters: InvoiceFilters = { status: 'paid', kind: 'invoice', communeNis: '93090', campaignId: null, from: '2026-03-01', to: '2026-03-31', pageIndex: 2, pageSize: 10 };
    store.load(filters);

    const request = http.expectOne((req) => req.url === '/api/invoices');
    expect(request.request.params.toString()).toBe('kind=invoice&communeNis=93090&from=2026-03-01&to=2026-03-31&limit=10&offset=20&status=paid');
    request.flush(anInvoicePage([anIssuedInvoice({ status: 'paid' })], { paidCents: 250_000 }));

    expect(store.items()).toHaveLength(1);
    expect(store.totals()).toMatchObject({ netCents: 250_000, paidCents: 250_000 });
  });

  it('asks for the overdue invoices as issued ones whose due date passed, not as a status', () => {
    expect(invoiceQueryParams({ ...NO_INVOICE_FILTERS, status: 'overdue' })).toEqual({ status: ['issued'], overdue: true, limit: 25, offset: 0 });
    expect(isInvoiceListFiltered(NO_INVOICE_FILTERS)).toBe(false);
    expect(isInvoiceListFiltered({ ...NO_INVOICE_FILTERS, kind: 'credit_note' })).toBe(true);
  });

  it("asks for one campaign's documents but the drafts as the three statuses a billed document may have", () => {
    const campaignId = '0b9a4c1e-5f3d-4e8a-9c2b-7d6e5f4a3b2c';
    expect(invoiceQueryParams({ ...NO_INVOICE_FILTERS, status: 'billed', campaignId })).toEqual({ status: ['issued', 'paid', 'credited'], campaignId, limit: 25, offset: 0 });
    expect(isInvoiceListFiltered({ ...NO_INVOICE_FILTERS, campaignId })).toBe(true);
  });

  it('exports the CSV of every page the filters match, the page aside', () => {
    expect(store.csvExportUrl()).toBe('/api/invoices/export.csv');
    store.load({ ...NO_INVOICE_FILTERS, status: 'overdue', communeNis: '92142', pageIndex: 3 });
    http.expectOne((req) => req.url === '/api/invoices').flush(anInvoicePage([]));

    expect(store.csvExportUrl()).toBe('/api/invoices/export.csv?overdue=true&communeNis=92142&status=issued');
  });

  it('keeps the failure of a load for the page to word, and retries with the same filters', () => {
    store.load({ ...NO_INVOICE_FILTERS, kind: 'credit_note' });
    http
      .expectOne((req) => req.url === '/api/invoices')
      .flush({ type: 'about:blank', title: 'Erreur', status: 503, detail: 'La base de données ne répond pas.' }, { status: 503, statusText: 'Unavailable' });
    expect(store.failure()).toMatchObject({ status: 503, detail: 'La base de données ne répond pas.' });

    store.reload();
    expect(http.expectOne((req) => req.url === '/api/invoices').request.params.get('kind')).toBe('credit_note');
  });

  it('reads the drafts the billing job could not make', () => {
    store.loadDraftFailures();
    http.expectOne('/api/invoices/draft-failures').flush({ items: [aDraftFailure()] });
    expect(store.draftFailures().map((failure) => failure.commune.name)).toEqual(['Viroinval']);
  });
});
