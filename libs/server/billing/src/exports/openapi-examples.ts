import type { InvoiceExport } from '@bep/contracts';

/** Example of the OpenAPI document: March 2026, being built. */
export const INVOICE_EXPORT_EXAMPLE: InvoiceExport = {
  id: '9c7d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  status: 'running',
  from: '2026-03-01',
  to: '2026-03-31',
  statuses: null,
  communeNis: null,
  total: 37,
  done: 12,
  percent: 32,
  error: null,
  fileName: 'factures-2026-03-01-2026-03-31.zip',
  byteSize: null,
  requestedBy: { id: '6e0b9d3a-7c1f-4b2e-8d5a-3f9c1e7b0a42', name: 'Sophie Lambert' },
  requestedAt: '2026-04-01T07:30:00.000Z',
  finishedAt: null,
  expiresAt: null,
  downloadable: false,
};
