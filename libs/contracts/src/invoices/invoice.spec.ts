import { createInvoiceRequestSchema, creditNoteRequestSchema, invoiceQuerySchema, recordPaymentRequestSchema, updateInvoiceRequestSchema } from './invoice';

describe('invoice contracts', () => {
  it('reads the list filters: one status or several, each once, and the period in order', () => {
    expect(invoiceQuerySchema.parse({})).toEqual({ limit: 50, offset: 0 });
    expect(invoiceQuerySchema.parse({ status: 'issued,paid,issued', overdue: 'true', from: '2026-01-01', to: '2026-12-31' })).toMatchObject({
      status: ['issued', 'paid'],
      overdue: true,
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it.each([{ status: 'sent' }, { status: 'issued,' }, { kind: 'quote' }, { communeNis: '9214' }, { overdue: '1' }, { from: '2026-03-10', to: '2026-03-09' }, { limit: '201' }])(
    'refuses the filter %p',
    (query) => {
      expect(invoiceQuerySchema.safeParse(query).success).toBe(false);
    },
  );

  it('takes a draft with its defaults and refuses what cannot be billed', () => {
    const engagementId = '5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37';
    expect(createInvoiceRequestSchema.parse({ engagementId, service: 'accompaniment', lines: [{ description: ' Jours ' }] })).toEqual({
      engagementId,
      service: 'accompaniment',
      lines: [{ description: 'Jours', quantityMilli: 1000 }],
    });
    for (const body of [
      { engagementId, service: 'diagnostic', lines: [] },
      { engagementId, service: 'diagnostic', lines: [{ description: 'x', quantityMilli: 0 }] },
      { engagementId, service: 'diagnostic', lines: [{ description: 'x', shareBp: 10_001 }] },
      { engagementId, service: 'diagnostic', extra: true },
      { engagementId, service: 'consulting' },
    ]) {
      expect(createInvoiceRequestSchema.safeParse(body).success).toBe(false);
    }
  });

  it('asks a change for its version and something to change; a payment and a credit for positive amounts', () => {
    expect(updateInvoiceRequestSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(updateInvoiceRequestSchema.parse({ version: 1, note: null })).toEqual({ version: 1, note: null });
    expect(recordPaymentRequestSchema.safeParse({ paidOn: '2026-03-17', amountCents: 0 }).success).toBe(false);
    expect(recordPaymentRequestSchema.safeParse({ paidOn: '2026-02-30', amountCents: 1 }).success).toBe(false);
    expect(creditNoteRequestSchema.safeParse({ reason: ' ' }).success).toBe(false);
    expect(creditNoteRequestSchema.parse({ reason: 'Remise', amountCents: 100 })).toEqual({ reason: 'Remise', amountCents: 100 });
  });
});
