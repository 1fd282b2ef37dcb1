import type { ContactFunction, Role } from '@bep/contracts';
import type { ConsultantOffice } from '../entities';

/**
 * The programme as the BEP launched it in spring 2019, without its dates: the demo replays it on
 * the calendar of the day it is loaded (demo-calendar.ts), named after the year it starts.
 */
export const DEMO_CAMPAIGN = {
  diagnosticPriceCents: 500_000,
  diagnosticBepShareBp: 5000,
  budgetCents: '2000000',
};

/** "Radioscopie numérique 2019": the campaign is named after the year its questionnaire leaves. */
export const DEMO_CAMPAIGN_NAME = 'Radioscopie numérique';

/** The programme lasts eight months: it ends (and its deadline falls) on the last day of the eighth month after the start. */
export const DEMO_PROGRAMME_MONTHS = 8;

/** A Brussels wall-clock time, `day` whole calendar days after the questionnaire left. */
export interface DemoMoment {
  day: number;
  /** HH:mm in Brussels. */
  time: string;
}

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
 * of the press article), each with the day it answered and asked, and its lead consultant. Sent
 * on Monday 29 April 2019 at 09:00, Gembloux answered on Thursday 2 May at 11:30 and asked on
 * Friday 3 May at 10:15 (Brussels time).
 */
export const DEMO_DIAGNOSTIC_REQUESTS: { commune: string; answered: DemoMoment; requested: DemoMoment; lead: number }[] = [
  { commune: 'Gembloux', answered: { day: 3, time: '11:30' }, requested: { day: 4, time: '10:15' }, lead: 0 },
  { commune: 'Viroinval', answered: { day: 3, time: '15:00' }, requested: { day: 4, time: '16:40' }, lead: 1 },
  { commune: 'Ciney', answered: { day: 4, time: '12:10' }, requested: { day: 7, time: '09:50' }, lead: 2 },
  { commune: 'Profondeville', answered: { day: 4, time: '17:20' }, requested: { day: 7, time: '11:05' }, lead: 3 },
  { commune: 'Fernelmont', answered: { day: 5, time: '10:45' }, requested: { day: 7, time: '14:30' }, lead: 4 },
];

/** Questionnaires answered in the weeks after, by communes that have not asked for anything yet. */
export const DEMO_SURVEYS_ANSWERED: { commune: string; answered: DemoMoment }[] = [
  { commune: 'Rochefort', answered: { day: 8, time: '14:20' } },
  { commune: 'Eghezée', answered: { day: 10, time: '10:05' } },
  { commune: 'Sombreffe', answered: { day: 15, time: '16:30' } },
  { commune: 'Couvin', answered: { day: 17, time: '09:40' } },
];

/**
 * The questionnaires a manager typed in from the paper copy the commune sent back, rather than
 * submitted by the commune through its link: the others (all past `survey_answered`) answered online.
 */
export const DEMO_PAPER_SURVEYS: readonly string[] = ['Viroinval', 'Couvin'];

/**
 * Questionnaires begun online and not submitted yet: the first `sections` sections saved, the last
 * at `saved`; the communes are still at "Questionnaire envoyé".
 */
export const DEMO_SURVEYS_IN_PROGRESS: { commune: string; sections: number; saved: DemoMoment }[] = [
  { commune: 'Floreffe', sections: 1, saved: { day: 18, time: '14:40' } },
  { commune: 'Sambreville', sections: 2, saved: { day: 16, time: '11:15' } },
  { commune: 'Walcourt', sections: 3, saved: { day: 17, time: '09:25' } },
];

/**
 * The diagnostic planned next: Gembloux's, led by its lead consultant, on the Tuesday of the
 * fourth week after the questionnaire's (the week after the demo's "today"), 10:00 to 13:00, at
 * the town hall.
 */
export const DEMO_SCHEDULED_DIAGNOSTIC = {
  commune: 'Gembloux',
  subject: 'Diagnostic numérique — Gembloux',
  location: 'Hôtel de ville de Gembloux, salle du collège',
  weeksAfterStart: 4,
  /** ISO day of the week (2: Tuesday), moved to the next working day on a public holiday. */
  weekday: 2,
  time: '10:00',
  durationMinutes: 180,
};

/**
 * The work Viroinval's consultant has done since it asked (its lead, Julien Lambert): the diagnostic
 * delivered at the communal administration in the second week after the questionnaire, the
 * ideation workshop held by video call in the third, both recorded as done, each on the next
 * working day when a public holiday falls on it. Viroinval is still at "Diagnostic demandé": it is
 * the commune ready to move to "Atelier tenu", which bills its share of the diagnostic.
 */
export const DEMO_WORK_DONE: { commune: string; activities: { type: 'diagnostic' | 'workshop'; subject: string; held: DemoMoment; durationMinutes: number; location: string; outcome: string }[] } = {
  commune: 'Viroinval',
  activities: [
    {
      type: 'diagnostic',
      subject: 'Diagnostic numérique — Viroinval',
      held: { day: 9, time: '09:30' },
      durationMinutes: 180,
      location: 'Administration communale de Viroinval, salle du conseil',
      outcome: 'Diagnostic remis et présenté au collège ; priorités : guichet en ligne et formation des agents.',
    },
    {
      type: 'workshop',
      subject: 'Atelier d’idéation — Viroinval',
      held: { day: 16, time: '13:30' },
      durationMinutes: 180,
      location: 'Visioconférence',
      outcome: 'Atelier tenu avec le binôme et six agents ; trois pistes retenues pour la phase 2.',
    },
  ],
};

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
