/** Test fixtures, imported as `@bep/web/invoices/data-access/testing`: never part of the app bundle. */
import type { InvoiceDetail, InvoiceDraftFailure, InvoicePage, Invoice } from '@bep/contracts';

export const INVOICE_ID = '3d8f2b61-5c4e-4a7b-9e1f-0a2c4d6e8f10';
export const CREDIT_NOTE_ID = '8b1e4c7a-2d5f-4e9b-a3c6-1f0d7e2b5a94';
export const ENGAGEMENT_ID = '5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37';
export const CAMPAIGN_ID = '4a56d03f-94df-43c9-a1a0-5a744abb3eeb';
const FINANCE = { id: '6e0b9d3a-7c1f-4b2e-8d5a-3f9c1e7b0a42', name: 'Sophie Lambert' };

/** The draft the billing job made for Viroinval: its share of the diagnostic, 2 500,00 EUR, not subject to VAT. */
export function anInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: INVOICE_ID,
    kind: 'invoice',
    service: 'diagnostic',
    status: 'draft',
    number: null,
    campaignId: CAMPAIGN_ID,
    engagementId: ENGAGEMENT_ID,
    commune: { nis: '93090', name: 'Viroinval' },
    issueDate: null,
    dueDate: null,
    structuredCommunication: null,
    creditedInvoiceId: null,
    vatCategory: 'O',
    netCents: 250_000,
    vatCents: 0,
    grossCents: 250_000,
    paidCents: 0,
    creditedCents: 0,
    outstandingCents: 0,
    currency: 'EUR',
    overdue: false,
    fromPipeline: true,
    note: null,
    version: 1,
    createdAt: '2026-03-16T14:02:20.000Z',
    updatedAt: '2026-03-16T14:02:20.000Z',
    issuedAt: null,
    ...overrides,
  };
}

/** The same invoice issued on 17 March 2026 as CF-2026-0007, nothing paid yet. */
export function anIssuedInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return anInvoice({
    status: 'issued',
    number: 'CF-2026-0007',
    issueDate: '2026-03-17',
    dueDate: '2026-04-16',
    structuredCommunication: '202600000797',
    outstandingCents: 250_000,
    version: 2,
    issuedAt: '2026-03-17T09:30:00.000Z',
    ...overrides,
  });
}

export function anInvoiceDetail(overrides: Partial<InvoiceDetail> = {}): InvoiceDetail {
  const invoice = { ...anInvoice(), ...overrides };
  return {
    ...invoice,
    campaignName: 'Radioscopie numérique 2026',
    lines: [
      {
        position: 1,
        description: 'Diagnostic numérique personnalisé — part communale (50 %)',
        quantityMilli: 1000,
        unitCode: 'C62',
        unitPriceCents: 500_000,
        shareBp: 5000,
        netCents: 250_000,
        vatCategory: 'O',
        vatRateBp: 0,
      },
    ],
    vatBreakdown: [{ vatCategory: 'O', vatRateBp: 0, taxableCents: invoice.netCents, vatCents: 0 }],
    payments: [],
    creditNotes: [],
    creditedInvoice: null,
    seller: null,
    buyer: null,
    history: [{ at: '2026-03-16T14:02:20.000Z', action: 'create', actor: null, details: {} }],
    ...overrides,
  };
}

export function anIssuedInvoiceDetail(overrides: Partial<InvoiceDetail> = {}): InvoiceDetail {
  return anInvoiceDetail({
    ...anIssuedInvoice(),
    history: [
      { at: '2026-03-16T14:02:20.000Z', action: 'create', actor: null, details: {} },
      { at: '2026-03-17T09:30:00.000Z', action: 'issue', actor: FINANCE, details: { number: 'CF-2026-0007' } },
    ],
    ...overrides,
  });
}

/** One page of documents with the totals of the filtered set. */
export function anInvoicePage(items: Invoice[] = [anInvoice()], totals: Partial<InvoicePage['totals']> = {}): InvoicePage {
  return {
    items,
    total: items.length,
    limit: 25,
    offset: 0,
    totals: { netCents: 250_000, grossCents: 250_000, paidCents: 0, outstandingCents: 0, currency: 'EUR', ...totals },
  };
}

export function aDraftFailure(overrides: Partial<InvoiceDraftFailure> = {}): InvoiceDraftFailure {
  return {
    engagementId: ENGAGEMENT_ID,
    commune: { nis: '93090', name: 'Viroinval' },
    service: 'diagnostic',
    lastError: 'Les données de facturation de la commune manquent.',
    attempts: 3,
    failedAt: '2026-03-16T14:05:00.000Z',
    ...overrides,
  };
}
