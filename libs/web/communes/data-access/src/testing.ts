/**
 * Test fixtures of the commune pages, imported as `@bep/web/communes/data-access/testing`: never part
 * of the app bundle. Gembloux at "Diagnostic demandé", led by Camille Dubois, as in the demo data.
 */
import type { Activity, CommuneBilling, CommuneBillingProfile, CommuneList, CommuneSummary, Contact, EngagementDetail, TimelineEntry, TransitionResult } from '@bep/contracts';

export const GEMBLOUX_NIS = '92142';
export const ENGAGEMENT_ID = 'e1e1e1e1-0000-4000-8000-000000000001';
export const CAMILLE = { id: 'c1c1c1c1-0000-4000-8000-000000000001', name: 'Camille Dubois' };
export const JULIEN = { id: 'c2c2c2c2-0000-4000-8000-000000000002', name: 'Julien Lambert' };
const MANAGER_USER = { id: 'a0a0a0a0-0000-4000-8000-000000000001', name: 'Marie Dupont' };

export function aCommune(overrides: Partial<CommuneSummary> = {}): CommuneSummary {
  return {
    nis: GEMBLOUX_NIS,
    name: 'Gembloux',
    arrondissement: 'Namur',
    postalCode: '5030',
    population: 26253,
    latitude: 50.56,
    longitude: 4.69,
    eligible: true,
    engagement: { id: ENGAGEMENT_ID, stage: 'diagnostic_requested', leadConsultant: CAMILLE },
    ...overrides,
  };
}

export function aCommuneList(items: CommuneSummary[] = [aCommune()]): CommuneList {
  return {
    items,
    total: items.length,
    limit: 100,
    offset: 0,
    campaign: { id: 'ca000000-0000-4000-8000-000000000001', name: 'Radioscopie numérique 2019' },
    unfilteredTotal: items.length,
    arrondissements: [...new Set(items.map((commune) => commune.arrondissement))].sort(),
  };
}

/** The demo's history of Gembloux: sent, answered, requested, then Camille Dubois assigned as lead. */
export const GEMBLOUX_TIMELINE: TimelineEntry[] = [
  { kind: 'stage-change', at: '2019-04-28T22:00:00.000Z', actor: null, summary: 'survey_sent', details: { from: null, to: 'survey_sent', note: null } },
  {
    kind: 'stage-change',
    at: '2019-05-02T09:30:00.000Z',
    actor: MANAGER_USER,
    summary: 'survey_sent -> survey_answered',
    details: { from: 'survey_sent', to: 'survey_answered', note: null },
  },
  {
    kind: 'stage-change',
    at: '2019-05-03T08:15:00.000Z',
    actor: MANAGER_USER,
    summary: 'survey_answered -> diagnostic_requested',
    details: { from: 'survey_answered', to: 'diagnostic_requested', note: 'Demande reçue par e-mail' },
  },
  {
    kind: 'assignment',
    at: '2019-05-03T09:00:00.000Z',
    actor: MANAGER_USER,
    summary: 'team: Camille Dubois',
    details: { lead: 'Camille Dubois', consultants: ['Camille Dubois'] },
  },
];

export function anEngagement(overrides: Partial<EngagementDetail> = {}): EngagementDetail {
  return {
    id: ENGAGEMENT_ID,
    campaignId: 'ca000000-0000-4000-8000-000000000001',
    commune: { nis: GEMBLOUX_NIS, name: 'Gembloux', arrondissement: 'Namur' },
    stage: 'diagnostic_requested',
    stageEnteredAt: '2019-05-03T08:15:00.000Z',
    version: 3,
    lead: CAMILLE,
    consultants: [{ ...CAMILLE, isLead: true }],
    work: { diagnosticDone: true, workshopDone: true },
    timeline: GEMBLOUX_TIMELINE,
    ...overrides,
  };
}

/** POST /api/engagements/:id/transitions' answer: Gembloux moved one stage forward, to "Atelier tenu". */
export function aTransitionResult(overrides: Partial<TransitionResult> = {}): TransitionResult {
  return {
    id: ENGAGEMENT_ID,
    stage: 'workshop_held',
    stageEnteredAt: '2019-06-20T10:00:00.000Z',
    version: 4,
    lead: CAMILLE,
    kind: 'forward',
    ...overrides,
  };
}

export function aContact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'f1f1f1f1-0000-4000-8000-000000000001',
    communeNis: GEMBLOUX_NIS,
    name: 'Marie Lefèvre',
    function: 'agent',
    email: 'marie.lefevre@gembloux.be',
    phone: '+3281626364',
    isBinome: true,
    erasedAt: null,
    createdAt: '2019-05-02T09:30:00.000Z',
    updatedAt: '2019-05-02T09:30:00.000Z',
    ...overrides,
  };
}

export const PAUL = aContact({
  id: 'f2f2f2f2-0000-4000-8000-000000000002',
  name: 'Paul Henry',
  function: 'echevin',
  email: null,
  phone: '+3281000000',
});

export function anActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'b1b1b1b1-0000-4000-8000-000000000001',
    engagementId: ENGAGEMENT_ID,
    commune: { nis: GEMBLOUX_NIS, name: 'Gembloux' },
    type: 'diagnostic',
    subject: "Diagnostic à l'administration communale",
    scheduledAt: '2019-06-12T12:00:00.000Z',
    durationMinutes: 240,
    completedAt: null,
    location: null,
    outcome: null,
    participants: { contacts: [{ id: 'f1f1f1f1-0000-4000-8000-000000000001', name: 'Marie Lefèvre', function: 'agent' }], consultants: [CAMILLE] },
    createdBy: MANAGER_USER,
    createdAt: '2019-05-20T08:00:00.000Z',
    updatedAt: '2019-05-20T08:00:00.000Z',
    ...overrides,
  };
}

export const DONE_CALL = anActivity({
  id: 'b2b2b2b2-0000-4000-8000-000000000002',
  type: 'call',
  subject: 'Appel au directeur général',
  scheduledAt: '2019-05-06T08:00:00.000Z',
  durationMinutes: 30,
  completedAt: '2019-05-06T08:30:00.000Z',
  outcome: 'Accord pour un diagnostic en juin',
  participants: { contacts: [], consultants: [CAMILLE] },
  createdBy: CAMILLE,
});

/** Gembloux's billing data as the demo enters it (GET /api/communes/92142/billing). */
export function aCommuneBilling(overrides: Partial<CommuneBillingProfile> = {}): CommuneBilling {
  return {
    nis: GEMBLOUX_NIS,
    communeName: 'Gembloux',
    profile: {
      address: { street: 'Administration communale, Place communale 1', postalCode: '5030', city: 'Gembloux', countryCode: 'BE' },
      enterpriseNumber: '0209214251',
      vatNumber: null,
      peppolEndpoint: '0209214251',
      buyerReference: 'BEP-TN-92142',
      email: null,
      updatedAt: '2026-03-17T09:00:00.000Z',
      ...overrides,
    },
  };
}
