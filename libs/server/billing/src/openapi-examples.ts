import type { Invoice, InvoiceDetail, InvoiceLine } from '@bep/contracts';

/** Examples of the OpenAPI document: the demo's diagnostic invoice for Viroinval, issued and partly paid. */

const LINE: InvoiceLine = {
  position: 1,
  description: 'Diagnostic numérique personnalisé — part communale',
  quantityMilli: 1000,
  unitCode: 'C62',
  unitPriceCents: 500_000,
  shareBp: 5000,
  netCents: 250_000,
  vatCategory: 'O',
  vatRateBp: 0,
};

export const INVOICE_EXAMPLE: Invoice = {
  id: '3f6b2a1c-8d4e-4f7a-9b0c-1d2e3f4a5b6c',
  kind: 'invoice',
  service: 'diagnostic',
  status: 'issued',
  number: 'CF-2026-0007',
  campaignId: '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  engagementId: '5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37',
  commune: { nis: '93090', name: 'Viroinval' },
  issueDate: '2026-03-17',
  dueDate: '2026-04-16',
  structuredCommunication: '202600000729',
  creditedInvoiceId: null,
  vatCategory: 'O',
  netCents: 250_000,
  vatCents: 0,
  grossCents: 250_000,
  paidCents: 100_000,
  creditedCents: 0,
  outstandingCents: 150_000,
  currency: 'EUR',
  overdue: false,
  fromPipeline: true,
  note: null,
  version: 3,
  createdAt: '2026-03-16T14:02:11.000Z',
  updatedAt: '2026-03-20T09:30:00.000Z',
  issuedAt: '2026-03-17T09:00:00.000Z',
};

export const DRAFT_EXAMPLE: Invoice = {
  ...INVOICE_EXAMPLE,
  status: 'draft',
  number: null,
  issueDate: null,
  dueDate: null,
  structuredCommunication: null,
  paidCents: 0,
  outstandingCents: 0,
  version: 1,
  updatedAt: '2026-03-16T14:02:11.000Z',
  issuedAt: null,
};

const FINANCE = { id: '8e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968', name: 'Finance BEP' };

export const INVOICE_DETAIL_EXAMPLE: InvoiceDetail = {
  ...INVOICE_EXAMPLE,
  campaignName: 'Radioscopie numérique 2026',
  lines: [LINE],
  vatBreakdown: [{ vatCategory: 'O', vatRateBp: 0, taxableCents: 250_000, vatCents: 0 }],
  payments: [{ id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', paidOn: '2026-03-19', amountCents: 100_000, reference: 'Extrait 42', recordedBy: FINANCE, recordedAt: '2026-03-20T09:30:00.000Z' }],
  creditNotes: [],
  creditedInvoice: null,
  seller: { name: 'BEP - Bureau Économique de la Province de Namur', enterpriseNumber: '0201400605', iban: 'BE71096123456769' },
  buyer: { nis: '93090', name: 'Viroinval', enterpriseNumber: '0207348016', buyerReference: 'TN-2026' },
  history: [
    { at: '2026-03-16T14:02:11.000Z', action: 'create', actor: null, details: { status: 'draft', origin: 'diagnostic/5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37', grossCents: 250_000 } },
    { at: '2026-03-17T09:00:00.000Z', action: 'issue', actor: FINANCE, details: { status: 'issued', number: 'CF-2026-0007' } },
    { at: '2026-03-20T09:30:00.000Z', action: 'payment', actor: FINANCE, details: { status: 'issued', paidCents: 100_000 } },
  ],
};

export const CREDIT_NOTE_EXAMPLE: InvoiceDetail = {
  ...INVOICE_DETAIL_EXAMPLE,
  id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  kind: 'credit_note',
  number: 'NC-2026-0002',
  dueDate: null,
  structuredCommunication: '202690000235',
  creditedInvoiceId: INVOICE_EXAMPLE.id,
  paidCents: 0,
  outstandingCents: 0,
  fromPipeline: false,
  note: 'Diagnostic facturé deux fois',
  version: 2,
  lines: [{ ...LINE, description: 'Crédit de la facture CF-2026-0007', unitPriceCents: 150_000, shareBp: 10_000, netCents: 150_000 }],
  vatBreakdown: [{ vatCategory: 'O', vatRateBp: 0, taxableCents: 150_000, vatCents: 0 }],
  netCents: 150_000,
  grossCents: 150_000,
  payments: [],
  creditedInvoice: { id: INVOICE_EXAMPLE.id, number: 'CF-2026-0007', issueDate: '2026-03-17', grossCents: 250_000 },
  history: [{ at: '2026-03-21T10:00:00.000Z', action: 'issue', actor: FINANCE, details: { status: 'issued', number: 'NC-2026-0002', reason: 'Diagnostic facturé deux fois' } }],
};
