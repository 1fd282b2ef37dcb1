import type { Weekday } from './sending-window';

/** The reminder rules of a campaign, named as in its settings. */
export const REMINDER_RULES = ['surveyInvitation', 'surveyUnanswered', 'diagnosticNotScheduled', 'upcomingEvent', 'invoiceOverdue', 'weeklyDigest'] as const;
export type ReminderRuleName = (typeof REMINDER_RULES)[number];

export function isReminderRule(value: unknown): value is ReminderRuleName {
  return typeof value === 'string' && (REMINDER_RULES as readonly string[]).includes(value);
}

/** What the rules need of a campaign's settings (the contracts' `ReminderSettings` has this shape). */
export interface ReminderRuleSettings {
  /** The questionnaire's e-mail, with the commune's link, on the day its engagement enters `survey_sent` (the campaign's first day). */
  readonly surveyInvitation: { readonly enabled: boolean };
  readonly surveyUnanswered: { readonly enabled: boolean; readonly firstAfterDays: number; readonly repeatEveryDays: number; readonly maxCount: number };
  readonly diagnosticNotScheduled: { readonly enabled: boolean; readonly afterDays: number };
  readonly upcomingEvent: { readonly enabled: boolean; readonly daysBefore: number };
  readonly invoiceOverdue: { readonly enabled: boolean; readonly firstAfterDays: number; readonly repeatEveryDays: number; readonly maxCount: number };
  readonly weeklyDigest: { readonly enabled: boolean; readonly weekday: Weekday; readonly at: string };
}

/**
 * Why a reminder that was planned does not leave (or is withdrawn before it is due): the client
 * words each reason; the log keeps the code.
 */
export const REMINDER_SKIP_REASONS = [
  /** The rule was switched off in the campaign's settings. */
  'rule-disabled',
  /** The engagement is no longer in the stage the rule is about (the commune answered, moved on, withdrew). */
  'stage-left',
  /** A diagnostic was scheduled since. */
  'diagnostic-scheduled',
  /** The workshop or diagnostic was held, cancelled, or moved to another date. */
  'event-changed',
  /** The invoice was paid or credited. */
  'invoice-settled',
  /** A later occurrence of the same rule is due: this one is withdrawn so that only one leaves. */
  'superseded',
  /** The settings changed the reminder's date (a different number of days, another weekday). */
  'settings-changed',
  /** Nobody to write to: no contact with an e-mail address, no active user of the role. */
  'no-recipient',
  /** Cancelled by a manager. */
  'cancelled',
] as const;
export type ReminderSkipReason = (typeof REMINDER_SKIP_REASONS)[number];

/**
 * Where a reminder is: `scheduled` until it may leave; `sending` while a worker delivers it;
 * then `sent`, `skipped` (no longer called for, with its reason), `cancelled` (by a manager) or
 * `failed` (every attempt failed, or a worker stopped mid-delivery: a manager may resend it).
 */
export const REMINDER_STATUSES = ['scheduled', 'sending', 'sent', 'skipped', 'cancelled', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** What the log of a reminder records, one line per attempt or decision. */
export const REMINDER_EVENT_KINDS = ['queued', 'deferred', 'sent', 'skipped', 'cancelled', 'failed', 'resent'] as const;
export type ReminderEventKind = (typeof REMINDER_EVENT_KINDS)[number];
