import { DEFAULT_REMINDER_SETTINGS, type Campaign } from '@bep/contracts';

/** A campaign as GET /api/campaigns/{id} answers it: the demo's, open and current, unless told. */
export function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: 'ca000000-0000-4000-8000-000000000001',
    name: 'Radioscopie numérique 2026',
    startsOn: '2026-02-23',
    endsOn: '2026-10-31',
    deadline: '2026-10-31',
    isCurrent: true,
    status: 'open',
    closedAt: null,
    archivedAt: null,
    prices: { currency: 'EUR', vatCategory: 'O', diagnostic: { priceCents: 500_000, bepShareBp: 5000 }, accompanimentDay: { rateCents: 0, bepShareBp: 0 } },
    billingStage: 'workshop_held',
    reminderSettings: DEFAULT_REMINDER_SETTINGS,
    budget: { envelopeCents: 2_000_000, committedCents: 1_250_000, invoicedCents: 0, paidCents: 0, remainingCents: 750_000, billedToCommunesCents: 0, collectedCents: 0, currency: 'EUR' },
    engagements: {
      total: 37,
      byStage: { survey_sent: 28, survey_answered: 4, diagnostic_requested: 5, workshop_held: 0, accompaniment: 0, declined: 0, withdrawn: 0 },
    },
    createdAt: '2026-02-20T09:00:00.000Z',
    ...overrides,
  };
}

/** A page of campaigns as GET /api/campaigns answers it. */
export function aCampaignPage(items: Campaign[]) {
  return { items, total: items.length, limit: 200, offset: 0 };
}
