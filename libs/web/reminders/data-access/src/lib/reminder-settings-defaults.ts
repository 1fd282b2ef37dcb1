import type { ReminderSettings } from '@bep/contracts';
import { PROGRAMME_TIME_ZONE } from '@bep/domain';

/**
 * The programme's reminder rules, which a campaign starts from (SPEC, "Reminders"): the contracts'
 * DEFAULT_REMINDER_SETTINGS, written again here because a value of `@bep/contracts` would bring
 * zod into the client's bundle; a spec holds the two equal.
 */
export const REMINDER_SETTINGS_DEFAULTS: ReminderSettings = {
  surveyInvitation: { enabled: true },
  surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
  diagnosticNotScheduled: { enabled: true, afterDays: 21 },
  upcomingEvent: { enabled: true, daysBefore: 2 },
  invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
  weeklyDigest: { enabled: true, weekday: 'monday', at: '08:00' },
  sendingWindow: { workingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '08:00', to: '18:00', timeZone: PROGRAMME_TIME_ZONE },
};

/** The bounds the API puts on the settings' numbers (`reminderSettingsSchema`). */
export const REMINDER_SETTINGS_BOUNDS = {
  days: { min: 1, max: 365 },
  occurrences: { min: 1, max: 20 },
} as const;
