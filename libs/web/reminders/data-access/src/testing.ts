/** Test fixtures, imported as `@bep/web/reminders/data-access/testing`: never part of the app bundle. */
import { DEFAULT_REMINDER_SETTINGS, type Campaign, type CommuneList, type MailMessage, type Reminder, type ReminderDetail } from '@bep/contracts';

export const CAMPAIGN_ID = '4a56d03f-94df-43c9-a1a0-5a744abb3eeb';

/** A reminder of the questionnaire to Viroinval, the second of three, due on Monday 16 March 2026 at 08:00 (Brussels). */
export function aReminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24',
    rule: 'surveyUnanswered',
    status: 'scheduled',
    occurrence: 2,
    dueAt: '2026-03-16T07:00:00.000Z',
    sendAt: '2026-03-16T07:00:00.000Z',
    sentAt: null,
    skipReason: null,
    lastError: null,
    attempts: 0,
    engagement: { id: '5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37', communeNis: '93090', communeName: 'Viroinval' },
    subjectId: null,
    recipients: null,
    ...overrides,
  };
}

export function aReminderDetail(overrides: Partial<ReminderDetail> = {}): ReminderDetail {
  return {
    ...aReminder(),
    events: [{ at: '2026-03-09T08:00:00.000Z', kind: 'queued', detail: '2026-03-16T07:00:00.000Z', actor: null }],
    ...overrides,
  };
}

/** A message of the outbox: the first reminder of the questionnaire to Viroinval's secretariat. */
export function aMailMessage(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    id: '0e4f6a8c-2b1d-4c3e-9f5a-7d8b6c4e2a10',
    reminderId: '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24',
    transport: 'outbox',
    from: 'BEP Transition numérique <transition-numerique@bep.demo>',
    to: [{ name: 'Secrétariat communal', email: 'secretariat@viroinval.be' }],
    subject: 'Rappel : questionnaire de la radioscopie numérique',
    text: 'Bonjour,\n\nLe questionnaire attend vos réponses.',
    html: '<!DOCTYPE html><html lang="fr"><head><title>Rappel</title></head><body><p style="color:#1f2933">Le questionnaire attend vos réponses.</p></body></html>',
    sentAt: '2026-03-09T07:00:04.000Z',
    ...overrides,
  };
}

/** The current campaign with the programme's reminder settings. */
export function aCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: CAMPAIGN_ID,
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
    engagements: { total: 37, byStage: { survey_sent: 28, survey_answered: 4, diagnostic_requested: 5, workshop_held: 0, accompaniment: 0, declined: 0, withdrawn: 0 } },
    createdAt: '2026-02-23T08:00:00.000Z',
    ...overrides,
  };
}

/** Two communes of the programme, by name. */
export function aCommuneList(): CommuneList {
  const commune = (nis: string, name: string) => ({
    nis,
    name,
    arrondissement: 'Namur',
    postalCode: '5000',
    population: 10_000,
    latitude: 50.4,
    longitude: 4.9,
    eligible: true,
    engagement: null,
  });
  return { items: [commune('92142', 'Gembloux'), commune('93090', 'Viroinval')], total: 2, limit: 100, offset: 0, campaign: null, unfilteredTotal: 2, arrondissements: ['Namur'] };
}
