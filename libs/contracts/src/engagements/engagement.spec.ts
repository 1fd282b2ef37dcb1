import { engagementDetailSchema, TIMELINE_ENTRY_KINDS } from './engagement';

const detail = (timeline: unknown[]) => ({
  id: '5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37',
  campaignId: '4a56d03f-94df-43c9-a1a0-5a744abb3eeb',
  commune: { nis: '93090', name: 'Viroinval', arrondissement: 'Philippeville' },
  stage: 'workshop_held',
  stageEnteredAt: '2026-03-16T14:00:00.000Z',
  version: 4,
  lead: null,
  consultants: [],
  work: { diagnosticDone: true, workshopDone: true },
  timeline,
});

describe('the engagement timeline', () => {
  it('takes an invoice entry among its kinds', () => {
    const issued = {
      kind: 'invoice',
      at: '2026-03-17T09:00:00.000Z',
      actor: { id: '8d1f2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', name: 'Fabienne Lambert' },
      summary: 'Facture CF-2026-0001 émise : 2 500,00 EUR',
      details: { action: 'issue', invoiceId: '0b6f5a8e-2d4c-4e1a-9f3b-7c5d8e2a1f60', number: 'CF-2026-0001', amountCents: 250_000, status: 'issued' },
    };

    expect(TIMELINE_ENTRY_KINDS).toContain('invoice');
    expect(engagementDetailSchema.parse(detail([issued])).timeline).toEqual([issued]);
  });

  it('refuses a kind it does not name', () => {
    const entry = { kind: 'telegram', at: '2026-03-17T09:00:00.000Z', actor: null, summary: '', details: {} };
    expect(engagementDetailSchema.safeParse(detail([entry])).success).toBe(false);
  });
});
