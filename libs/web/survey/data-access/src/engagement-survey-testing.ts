import type { EngagementMaturity, EngagementSurvey } from '@bep/contracts';
import { aSurveyForm } from './testing';

/** An engagement's questionnaire as GET /api/engagements/{id}/survey answers it: `aSurveyForm`, no link, not scored, unless told. */
export function anEngagementSurvey(overrides: Partial<EngagementSurvey> = {}): EngagementSurvey {
  return { ...aSurveyForm(), submittedVia: null, link: null, scores: [], ...overrides };
}

/** GET /api/engagements/{id}/maturity of a scored commune: two dimensions, a median over four communes, an earlier campaign; unless told. */
export function anEngagementMaturity(overrides: Partial<EngagementMaturity> = {}): EngagementMaturity {
  return {
    model: { code: 'maturite-dma', version: 1 },
    computedAt: '2026-03-10T09:00:00.000Z',
    dimensions: [
      { id: 'digital-strategy', label: 'Stratégie et investissements numériques', score: 62, median: 55.5, earlier: 50 },
      { id: 'green-digital', label: 'Numérique vert', score: 40, median: 45, earlier: null },
    ],
    overall: { score: 51, median: 50, earlier: 48 },
    medianCommunes: 4,
    earlierCampaign: { name: 'Radioscopie numérique 2024' },
    ...overrides,
  };
}

/** GET /api/engagements/{id}/maturity before any score. */
export const NO_MATURITY: EngagementMaturity = { model: null, computedAt: null, dimensions: [], overall: { score: null, median: null, earlier: null }, medianCommunes: 0, earlierCampaign: null };
