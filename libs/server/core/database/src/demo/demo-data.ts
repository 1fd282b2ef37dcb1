import type { ContactFunction, Role } from '@bep/contracts';
import type { ConsultantOffice } from '../entities';

/** The programme as the BEP launched it in spring 2019. */
export const DEMO_CAMPAIGN = {
  name: 'Radioscopie numérique 2019',
  startsOn: '2019-04-29',
  endsOn: '2019-12-31',
  deadline: '2019-12-31',
  diagnosticPriceCents: 500_000,
  diagnosticBepShareBp: 5000,
  budgetCents: '2000000',
  /** The questionnaire left on 29 April 2019 at 09:00 Brussels time (07:00 UTC). */
  surveySentAt: new Date('2019-04-29T07:00:00Z'),
};

/** Neutral names; consultantN@ocalia.demo is later linked to the demo user of the same number. */
export const DEMO_CONSULTANTS: { fullName: string; email: string; office: ConsultantOffice; weeklyCapacityHours: number }[] = [
  { fullName: 'Camille Dubois', email: 'consultant1@ocalia.demo', office: 'BE', weeklyCapacityHours: 32 },
  { fullName: 'Julien Lambert', email: 'consultant2@ocalia.demo', office: 'BE', weeklyCapacityHours: 32 },
  { fullName: 'Sarah Martin', email: 'consultant3@ocalia.demo', office: 'BE', weeklyCapacityHours: 24 },
  { fullName: 'Thomas Renard', email: 'consultant4@ocalia.demo', office: 'BE', weeklyCapacityHours: 32 },
  { fullName: 'Léa Moreau', email: 'consultant5@ocalia.demo', office: 'FR', weeklyCapacityHours: 16 },
];

/**
 * The communes that asked for the diagnostic within a week of the questionnaire (the situation
 * of the press article), each with the day it answered and asked, and its lead consultant.
 */
export const DEMO_DIAGNOSTIC_REQUESTS: { commune: string; answeredAt: string; requestedAt: string; lead: number }[] = [
  { commune: 'Gembloux', answeredAt: '2019-05-02T09:30:00Z', requestedAt: '2019-05-03T08:15:00Z', lead: 0 },
  { commune: 'Viroinval', answeredAt: '2019-05-02T13:00:00Z', requestedAt: '2019-05-03T14:40:00Z', lead: 1 },
  { commune: 'Ciney', answeredAt: '2019-05-03T10:10:00Z', requestedAt: '2019-05-06T07:50:00Z', lead: 2 },
  { commune: 'Profondeville', answeredAt: '2019-05-03T15:20:00Z', requestedAt: '2019-05-06T09:05:00Z', lead: 3 },
  { commune: 'Fernelmont', answeredAt: '2019-05-04T08:45:00Z', requestedAt: '2019-05-06T12:30:00Z', lead: 4 },
];

/**
 * The people of two of those communes, so that a commune page shows its binôme (an agent of the
 * administration and the échevin) and its finance officer. Neutral names, addresses on the demo
 * domain, phone numbers in E.164 as the API stores them.
 */
export const DEMO_CONTACTS: { commune: string; fullName: string; function: ContactFunction; email: string; phone: string; isBinome: boolean }[] = [
  { commune: 'Viroinval', fullName: 'Élise Martin', function: 'agent', email: 'elise.martin@viroinval.demo', phone: '+3260390001', isBinome: true },
  { commune: 'Viroinval', fullName: 'Marc Dupuis', function: 'echevin', email: 'marc.dupuis@viroinval.demo', phone: '+3260390002', isBinome: true },
  { commune: 'Viroinval', fullName: 'Anne Collard', function: 'finance', email: 'finances@viroinval.demo', phone: '+3260390003', isBinome: false },
  { commune: 'Fernelmont', fullName: 'Sophie Lemaire', function: 'agent', email: 'sophie.lemaire@fernelmont.demo', phone: '+3281830001', isBinome: true },
  { commune: 'Fernelmont', fullName: 'Pierre Gilson', function: 'echevin', email: 'pierre.gilson@fernelmont.demo', phone: '+3281830002', isBinome: true },
  { commune: 'Fernelmont', fullName: 'Luc Deprez', function: 'finance', email: 'finances@fernelmont.demo', phone: '+3281830003', isBinome: false },
];

/** Demo accounts (README): one per role, and one per consultant (consultantN -> DEMO_CONSULTANTS[N-1]). */
export const DEMO_USERS: { email: string; fullName: string; roles: Role[]; consultant?: number }[] = [
  { email: 'manager@bep.demo', fullName: 'Marie Gestionnaire', roles: ['manager'] },
  { email: 'finance@bep.demo', fullName: 'François Finances', roles: ['finance'] },
  { email: 'admin@bep.demo', fullName: 'Alice Administratrice', roles: ['admin'] },
  ...DEMO_CONSULTANTS.map((consultant, index) => ({
    email: `consultant${index + 1}@bep.demo`,
    fullName: consultant.fullName,
    roles: ['consultant'] as Role[],
    consultant: index,
  })),
];

export const DEFAULT_DEMO_PASSWORD = 'demo-bep-2019';
