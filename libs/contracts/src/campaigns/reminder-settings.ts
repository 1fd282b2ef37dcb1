import { z } from 'zod';
import { PROGRAMME_TIME_ZONE, WEEKDAYS } from '@bep/domain';
import { text } from '../common/text';

/**
 * A campaign's reminder settings: which reminders go out, when, and in which sending window. The
 * defaults are the programme's rules; a campaign stores its own values, and a stored value that is
 * missing or partial (older rows hold `{}`) is read over the defaults with `readReminderSettings`.
 */

const weekdaySchema = z.enum(WEEKDAYS);

const enabled = z.boolean();
const days = z.number().int().min(1).max(365);
const occurrences = z.number().int().min(1).max(20);
/** A wall-clock time, `HH:MM` on 24 hours. */
const clock = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
const timeZone = text()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone, e.g. Europe/Brussels');

// The rules without defaults nor cross-field checks: the full settings and the patches derive from them.
const ruleShapes = {
  /** To the commune's binôme (else its other contacts): the questionnaire's e-mail with the commune's link, when the campaign opens. */
  surveyInvitation: z.strictObject({ enabled }),
  /** To the commune's contacts: `firstAfterDays` after `survey_sent`, then every `repeatEveryDays`, at most `maxCount`. */
  surveyUnanswered: z.strictObject({ enabled, firstAfterDays: days, repeatEveryDays: days, maxCount: occurrences }),
  /** To the lead consultant and managers: `afterDays` after `diagnostic_requested` with no scheduled diagnostic. */
  diagnosticNotScheduled: z.strictObject({ enabled, afterDays: days }),
  /** To the assigned consultants: `daysBefore` a scheduled workshop or diagnostic. */
  upcomingEvent: z.strictObject({ enabled, daysBefore: days }),
  /** To the commune's finance contact and finance staff: due date + `firstAfterDays`, then every `repeatEveryDays`, at most `maxCount`. */
  invoiceOverdue: z.strictObject({ enabled, firstAfterDays: days, repeatEveryDays: days, maxCount: occurrences }),
  /** To managers: what moved, what is late, what is due. */
  weeklyDigest: z.strictObject({ enabled, weekday: weekdaySchema, at: clock }),
  /** Reminders go out only on these days between `from` and `to` (local time); one due outside waits for the next window. */
  sendingWindow: z.strictObject({
    workingDays: z
      .array(weekdaySchema)
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'each day once'),
    from: clock,
    to: clock,
    timeZone,
  }),
};

export const reminderSettingsSchema = z.strictObject({
  ...ruleShapes,
  sendingWindow: ruleShapes.sendingWindow.refine((window) => window.from < window.to, { message: 'the window must end after it starts', path: ['to'] }),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
/** A section of the settings: one rule, or the sending window. */
type SettingsSection = keyof ReminderSettings;

/** The programme's reminder rules, for a campaign that sets none of its own. */
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  surveyInvitation: { enabled: true },
  surveyUnanswered: { enabled: true, firstAfterDays: 14, repeatEveryDays: 7, maxCount: 3 },
  diagnosticNotScheduled: { enabled: true, afterDays: 21 },
  upcomingEvent: { enabled: true, daysBefore: 2 },
  invoiceOverdue: { enabled: true, firstAfterDays: 1, repeatEveryDays: 15, maxCount: 3 },
  weeklyDigest: { enabled: true, weekday: 'monday', at: '08:00' },
  sendingWindow: { workingDays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], from: '08:00', to: '18:00', timeZone: PROGRAMME_TIME_ZONE },
};

/** A change of some settings: any rule, any of its fields; what is not named stays as it is. */
export const reminderSettingsPatchSchema = z.strictObject({
  surveyInvitation: ruleShapes.surveyInvitation.partial(),
  surveyUnanswered: ruleShapes.surveyUnanswered.partial(),
  diagnosticNotScheduled: ruleShapes.diagnosticNotScheduled.partial(),
  upcomingEvent: ruleShapes.upcomingEvent.partial(),
  invoiceOverdue: ruleShapes.invoiceOverdue.partial(),
  weeklyDigest: ruleShapes.weeklyDigest.partial(),
  sendingWindow: ruleShapes.sendingWindow.partial(),
}).partial();
export type ReminderSettingsPatch = z.infer<typeof reminderSettingsPatchSchema>;

const RULES = Object.keys(ruleShapes) as SettingsSection[];

/**
 * The settings with the patch applied rule by rule, field by field. The result is not checked:
 * parse it with `reminderSettingsSchema` (a window may now end before it starts).
 */
export function mergeReminderSettings(base: ReminderSettings, patch: ReminderSettingsPatch): ReminderSettings {
  const merged = { ...base } as Record<SettingsSection, object>;
  for (const rule of RULES) {
    const fields = Object.entries(patch[rule] ?? {}).filter(([, value]) => value !== undefined);
    merged[rule] = { ...base[rule], ...Object.fromEntries(fields) };
  }
  return merged as ReminderSettings;
}

/**
 * The settings of a stored value, whatever it holds: each field that is missing or invalid takes
 * its default, unknown fields are dropped, and a window that ends before it starts is the default
 * window. Never throws, so a campaign written by an older version still reads.
 */
export function readReminderSettings(stored: unknown): ReminderSettings {
  const source = isRecord(stored) ? stored : {};
  const settings = {} as Record<SettingsSection, Record<string, unknown>>;
  for (const rule of RULES) {
    const storedRule = isRecord(source[rule]) ? source[rule] : {};
    const defaults: Record<string, unknown> = DEFAULT_REMINDER_SETTINGS[rule];
    const shape: Record<string, z.ZodType> = ruleShapes[rule].shape;
    settings[rule] = Object.fromEntries(
      Object.entries(shape).map(([field, schema]) => {
        const parsed = schema.safeParse(storedRule[field]);
        return [field, parsed.success ? parsed.data : defaults[field]];
      }),
    );
  }
  const result = reminderSettingsSchema.safeParse(settings);
  return result.success ? result.data : { ...(settings as unknown as ReminderSettings), sendingWindow: DEFAULT_REMINDER_SETTINGS.sendingWindow };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
