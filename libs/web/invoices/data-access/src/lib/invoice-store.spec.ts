import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { anInvoiceDetail, anIssuedInvoiceDetail, CREDIT_NOTE_ID, INVOICE_ID } from '../testing';
import { InvoiceStore } from './invoice-store';

const DETAIL_URL = `/api/invoices/${INVOICE_ID}`;

describe('one invoice and what finance does with it', () => {
  let http: HttpTestingController;
  let store: InvoiceStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), InvoiceStore] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(InvoiceStore);
  });

  afterEach(() => http.verify());

  function open(detail = anInvoiceDetail()): void {
    store.open(INVOICE_ID);
    http.expectOne(DETAIL_URL).flush(detail);
  }

  it('issues the draft at the version read, and shows the issued invoice the API answers', async () => {
    open();
    expect(store.isDraft()).toBe(true);
    expect(store.documentUrl('pdf')).toBeNull();

    const issued = store.issue();
    const request = http.expectOne(`${DETAIL_URL}/issue`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 1 });
    request.flush(anIssuedInvoiceDetail());
    await issued;

    expect(store.invoice()?.number).toBe('CF-2026-0007');
    expect(store.settleable()).toBe(true);
    expect(store.documentUrl('pdf')).toBe(`${DETAIL_URL}/pdf`);
    expect(store.documentUrl('ubl')).toBe(`${DETAIL_URL}/ubl`);
  });

  it('replaces the lines of the draft at the version read; a stale version reads the draft again', async () => {
    open(anInvoiceDetail({ version: 3 }));
    const lines = [{ description: 'Accompagnement', quantityMilli: 2500, unitPriceCents: 60_000, shareBp: 10_000 }];

    const saved = store.saveLines(lines);
    const request = http.expectOne(DETAIL_URL);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ version: 3, lines });
    request.flush({ type: 'urn:bep:stale', title: 'Modifiée entre-temps', status: 409 }, { status: 409, statusText: 'Conflict' });

    await expect(saved).rejects.toMatchObject({ status: 409 });
    http.expectOne(DETAIL_URL).flush(anInvoiceDetail({ version: 4 }));
    expect(store.invoice()?.version).toBe(4);
    expect(store.busy()).toBe(false);
  });

  it('records a payment and shows what is still owed', async () => {
    open(anIssuedInvoiceDetail());
    const paid = store.recordPayment({ paidOn: '2026-03-20', amountCents: 100_000, reference: 'Extrait 42' });
    const request = http.expectOne(`${DETAIL_URL}/payments`);
    expect(request.request.body).toEqual({ paidOn: '2026-03-20', amountCents: 100_000, reference: 'Extrait 42' });
    request.flush(anIssuedInvoiceDetail({ paidCents: 100_000, outstandingCents: 150_000 }));
    await paid;
    expect(store.invoice()?.outstandingCents).toBe(150_000);
  });

  it('credits the invoice: resolves with the credit note and reads the invoice again', async () => {
    open(anIssuedInvoiceDetail());
    const credited = store.creditNote({ reason: 'Remise accordée', amountCents: 50_000 });
    http.expectOne(`${DETAIL_URL}/credit-notes`).flush(anIssuedInvoiceDetail({ id: CREDIT_NOTE_ID, kind: 'credit_note', number: 'NC-2026-0001' }));
    const creditNote = await credited;

    expect(creditNote.number).toBe('NC-2026-0001');
    http.expectOne(DETAIL_URL).flush(anIssuedInvoiceDetail({ creditedCents: 50_000, outstandingCents: 200_000 }));
    expect(store.invoice()?.creditedCents).toBe(50_000);
  });

  it('deletes a draft', async () => {
    open();
    const removed = store.remove();
    const request = http.expectOne(DETAIL_URL);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await expect(removed).resolves.toBeUndefined();
  });
});
