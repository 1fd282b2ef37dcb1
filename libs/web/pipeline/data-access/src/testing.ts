/** Test fixtures of the board, imported as `@bep/web/pipeline/data-access/testing`: never part of the app bundle. */
import type { Pipeline, PipelineCard, TransitionResult } from '@bep/contracts';
import { ALL_STAGES, type Stage } from '@bep/domain';

/** The demo consultants (consultant1 leads Gembloux, consultant3 leads Ciney). */
export const CAMILLE = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', name: 'Camille Dubois' };
export const SARAH = { id: '2c5f39cb-3ab2-42e3-994f-1127e4ddb538', name: 'Sarah Martin' };

let next = 0;

/** A card of the board; each call gets a new engagement id unless one is given. */
export function aCard(name: string, overrides: Partial<PipelineCard> = {}): PipelineCard {
  next += 1;
  return {
    engagementId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    version: 3,
    commune: { nis: '92142', name, arrondissement: 'Namur', population: 26253 },
    lead: null,
    stageEnteredAt: '2019-05-03T08:15:00.000Z',
    daysInStage: 12,
    nextScheduled: null,
    work: { diagnosticDone: true, workshopDone: true },
    ...overrides,
  };
}

/** GET /api/pipeline's answer: the given cards per stage, every other column empty; counts follow the cards unless given. */
export function aPipeline(cards: Partial<Record<Stage, PipelineCard[]>>, counts: Partial<Record<Stage, number>> = {}): Pipeline {
  return {
    campaign: { id: 'a7e1c0de-0000-4000-8000-000000000001', name: 'Radioscopie numérique 2019', deadline: '2019-12-31' },
    columns: ALL_STAGES.map((stage) => ({ stage, count: counts[stage] ?? cards[stage]?.length ?? 0, cards: cards[stage] ?? [] })),
  };
}

/** POST /api/engagements/:id/transitions' answer for `card` moved to `stage`. */
export function aTransitionResult(card: PipelineCard, stage: Stage, version = card.version + 1): TransitionResult {
  return { id: card.engagementId, stage, stageEnteredAt: '2019-06-12T08:00:00.000Z', version, lead: card.lead, kind: 'forward' };
}

/**
 * GET /api/campaigns/{id}'s answer as a move reads it (CampaignBillingTerms): billing at Atelier
 * tenu, a diagnostic of 1 500,00 € of which BEP pays half (the commune is billed 750,00 €).
 */
export const BILLING_TERMS = { billingStage: 'workshop_held', prices: { diagnostic: { priceCents: 150_000, bepShareBp: 5000 } } };
