import { DEFAULT_REMINDER_SETTINGS, type Campaign, type CreateCampaignRequest, type ProblemDetails } from '@bep/contracts';
import { CAMPAIGN_STATUS_PROBLEM } from '@bep/server/engagements';

/** The demo campaign, as it is created (what is left out takes its default). */
export const CREATE_EXAMPLE: Partial<CreateCampaignRequest> = {
  name: 'Radioscopie numérique 2019',
  startsOn: '2019-04-29',
  endsOn: '2019-12-31',
  deadline: '2019-12-31',
  prices: {
    currency: 'EUR',
    vatCategory: 'O',
    diagnostic: { priceCents: 500_000, bepShareBp: 5000 },
    accompanimentDay: { rateCents: 0, bepShareBp: 0 },
  },
  billingStage: 'workshop_held',
  budget: { envelopeCents: 2_000_000, currency: 'EUR' },
};

/** The demo campaign as the API answers it, with its five diagnostic requests. */
export const CAMPAIGN_EXAMPLE: Campaign = {
  id: '3f6c2a9e-8d41-4b7a-9c1e-5a2b7d9e0f13',
  name: 'Radioscopie numérique 2019',
  startsOn: '2019-04-29',
  endsOn: '2019-12-31',
  deadline: '2019-12-31',
  isCurrent: true,
  status: 'open',
  closedAt: null,
  archivedAt: null,
  prices: {
    currency: 'EUR',
    vatCategory: 'O',
    diagnostic: { priceCents: 500_000, bepShareBp: 5000 },
    accompanimentDay: { rateCents: 0, bepShareBp: 0 },
  },
  billingStage: 'workshop_held',
  reminderSettings: DEFAULT_REMINDER_SETTINGS,
  budget: { envelopeCents: 2_000_000, committedCents: 1_250_000, invoicedCents: 500_000, paidCents: 250_000, remainingCents: 750_000, billedToCommunesCents: 500_000, collectedCents: 250_000, currency: 'EUR' },
  engagements: {
    total: 37,
    byStage: { survey_sent: 32, survey_answered: 0, diagnostic_requested: 5, workshop_held: 0, accompaniment: 0, declined: 0, withdrawn: 0 },
  },
  createdAt: '2019-04-26T14:02:11.000Z',
};

export const INVALID_EXAMPLE: ProblemDetails = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is invalid; see errors.',
  instance: '/api/campaigns',
  errors: [{ path: 'endsOn', message: 'the campaign cannot end before it starts' }],
};

export const UNPROCESSABLE_EXAMPLE: ProblemDetails = {
  type: 'about:blank',
  title: 'Unprocessable Content',
  status: 422,
  detail: 'The campaign would end before it starts; see errors.',
  instance: '/api/campaigns/3f6c2a9e-8d41-4b7a-9c1e-5a2b7d9e0f13',
  errors: [{ path: 'endsOn', message: 'the campaign cannot end before it starts' }],
};

export const CONFLICT_EXAMPLE: ProblemDetails = {
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'A campaign is already named "Radioscopie numérique 2019".',
  instance: '/api/campaigns',
};

export const STATUS_CONFLICT_EXAMPLE: ProblemDetails = {
  type: CAMPAIGN_STATUS_PROBLEM,
  title: 'Not possible in this status',
  status: 409,
  detail: 'Only a campaign that is closed can be archived; "Radioscopie numérique 2019" is open.',
  instance: '/api/campaigns/3f6c2a9e-8d41-4b7a-9c1e-5a2b7d9e0f13/archive',
};
