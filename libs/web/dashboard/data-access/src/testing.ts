/** Test fixtures, imported as `@bep/web/dashboard/data-access/testing`: never part of the app bundle. */
import { DEFAULT_REMINDER_SETTINGS, type Campaign, type CommuneList, type CommuneSummary, type LateItem, type PipelineStats } from '@bep/contracts';
import type { Stage } from '@bep/domain';

const CAMPAIGN_ID = '4a56d03f-94df-43c9-a1a0-5a744abb3eeb';

/** A commune of the province; `stage` null: no engagement in the campaign. */
export function aCommune(
  name: string,
  nis: string,
  stage: Stage | null,
  overrides: Partial<CommuneSummary> = {},
): CommuneSummary {
  return {
    nis,
    name,
    arrondissement: 'Namur',
    postalCode: '5000',
    population: 10_000,
    latitude: 50.4,
    longitude: 4.9,
    eligible: true,
    engagement: stage ? { id: `e-${nis}`, stage, leadConsultant: null } : null,
    ...overrides,
  };
}

/** Four communes: three arrondissements, Namur not eligible. */
export const COMMUNES: CommuneSummary[] = [
  aCommune('Gembloux', '92142', 'diagnostic_requested', { population: 26_253, latitude: 50.5616, longitude: 4.6944 }),
  aCommune('Namur', '92094', null, { population: 110_939, latitude: 50.4669, longitude: 4.8675, eligible: false }),
  aCommune('Ciney', '91030', 'survey_sent', { arrondissement: 'Dinant', population: 16_706, latitude: 50.2655, longitude: 5.1214 }),
  aCommune('Viroinval', '93090', 'survey_sent', { arrondissement: 'Philippeville', population: 5_680, latitude: 50.0316, longitude: 4.6034 }),
];

export function aCommuneList(items: CommuneSummary[] = COMMUNES): CommuneList {
  return {
    items,
    total: items.length,
    limit: 1000,
    offset: 0,
    campaign: { id: CAMPAIGN_ID, name: 'Radioscopie numérique 2019' },
    unfilteredTotal: items.length,
    arrondissements: [...new Set(items.map((commune) => commune.arrondissement))].sort(),
  };
}

export function aLateItem(kind: LateItem['kind'], nis: string, name: string, daysLate: number): LateItem {
  return { kind, engagementId: `e-${nis}`, commune: { nis, name }, since: '2019-05-13T07:00:00.000Z', daysLate, activity: null };
}

/** The demo's figures: 37 engagements, 32 waiting for the survey, 5 asking for the diagnostic. */
export function aStats(overrides: Partial<PipelineStats> = {}): PipelineStats {
  return {
    campaign: { id: CAMPAIGN_ID, name: 'Radioscopie numérique 2019', deadline: '2019-12-31' },
    asOf: '2019-06-03T08:00:00.000Z',
    total: 37,
    stages: [
      { stage: 'survey_sent', count: 32, reached: 37, medianDays: 35 },
      { stage: 'survey_answered', count: 0, reached: 5, medianDays: 2.2 },
      { stage: 'diagnostic_requested', count: 5, reached: 5, medianDays: 28.5 },
      { stage: 'workshop_held', count: 0, reached: 0, medianDays: null },
      { stage: 'accompaniment', count: 0, reached: 0, medianDays: null },
      { stage: 'declined', count: 0, reached: null, medianDays: null },
      { stage: 'withdrawn', count: 0, reached: null, medianDays: null },
    ],
    conversion: [
      { from: 'survey_sent', to: 'survey_answered', rate: 5 / 37 },
      { from: 'survey_answered', to: 'diagnostic_requested', rate: 1 },
      { from: 'diagnostic_requested', to: 'workshop_held', rate: 0 },
      { from: 'workshop_held', to: 'accompaniment', rate: null },
    ],
    late: {
      counts: { 'survey-unanswered': 2, 'diagnostic-not-scheduled': 1, 'activity-overdue': 0 },
      items: [
        aLateItem('survey-unanswered', '91030', 'Ciney', 21),
        aLateItem('survey-unanswered', '93090', 'Viroinval', 21),
        aLateItem('diagnostic-not-scheduled', '92142', 'Gembloux', 4),
      ],
    },
    ...overrides,
  };
}

/** The demo campaign: deadline 31 December 2019, 12 500 € committed of a 20 000 € envelope, 5 000 € of it invoiced, half of that paid. */
export function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: CAMPAIGN_ID,
    name: 'Radioscopie numérique 2019',
    startsOn: '2019-04-29',
    endsOn: '2019-12-31',
    deadline: '2019-12-31',
    isCurrent: true,
    status: 'open',
    closedAt: null,
    archivedAt: null,
    prices: { currency: 'EUR', vatCategory: 'O', diagnostic: { priceCents: 500_000, bepShareBp: 5000 }, accompanimentDay: { rateCents: 0, bepShareBp: 0 } },
    billingStage: 'workshop_held',
    reminderSettings: DEFAULT_REMINDER_SETTINGS,
    budget: {
      envelopeCents: 2_000_000,
      committedCents: 1_250_000,
      invoicedCents: 500_000,
      paidCents: 250_000,
      remainingCents: 750_000,
      billedToCommunesCents: 500_000,
      collectedCents: 250_000,
      currency: 'EUR',
    },
    engagements: { total: 37, byStage: { survey_sent: 32, survey_answered: 0, diagnostic_requested: 5, workshop_held: 0, accompaniment: 0, declined: 0, withdrawn: 0 } },
    createdAt: '2019-04-29T08:00:00.000Z',
    ...overrides,
  };
}
