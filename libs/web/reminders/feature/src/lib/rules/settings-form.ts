import { AbstractControl, FormControl, FormGroup, NonNullableFormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { ReminderSettings, ReminderSettingsPatch } from '@bep/contracts';
import type { Weekday } from '@bep/domain';
import { REMINDER_SETTINGS_BOUNDS } from '@bep/web/reminders/data-access';

/**
 * The days of the week in order. Written here rather than imported (the domain's WEEKDAYS lives in
 * a module of the initial bundle, which would grow with it); the record's type makes it complete.
 */
const DAY_ORDER = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 } as const satisfies Record<Weekday, number>;
export const WEEK: readonly Weekday[] = Object.keys(DAY_ORDER) as Weekday[];

/** `HH:MM` on 24 hours, as the API takes it. */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

type Count = FormControl<number | null>;
type Flag = FormControl<boolean>;
type Text = FormControl<string>;

export type SettingsForm = FormGroup<{
  surveyInvitation: FormGroup<{ enabled: Flag }>;
  surveyUnanswered: FormGroup<{ enabled: Flag; firstAfterDays: Count; repeatEveryDays: Count; maxCount: Count }>;
  diagnosticNotScheduled: FormGroup<{ enabled: Flag; afterDays: Count }>;
  upcomingEvent: FormGroup<{ enabled: Flag; daysBefore: Count }>;
  invoiceOverdue: FormGroup<{ enabled: Flag; firstAfterDays: Count; repeatEveryDays: Count; maxCount: Count }>;
  weeklyDigest: FormGroup<{ enabled: Flag; weekday: FormControl<Weekday>; at: Text }>;
  sendingWindow: FormGroup<{ workingDays: FormGroup<Record<Weekday, Flag>>; from: Text; to: Text }>;
}>;

/** The settings a manager edits: all of them but the time zone, which stays the programme's. */
export type EditableSettings = Omit<ReminderSettings, 'sendingWindow'> & { sendingWindow: Omit<ReminderSettings['sendingWindow'], 'timeZone'> };

const integer: ValidatorFn = (control) =>
  control.value === null || control.value === '' || Number.isInteger(control.value) ? null : { integer: true };

const clock: ValidatorFn = (control) => (CLOCK.test(String(control.value ?? '')) ? null : { time: true });

const someDay: ValidatorFn = (group) => (Object.values((group as FormGroup).getRawValue()).some(Boolean) ? null : { days: true });

/** The window ends after it starts (times as `HH:MM` compare as text). */
const windowInOrder: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const { from, to } = (group as FormGroup).getRawValue() as { from: string; to: string };
  return CLOCK.test(from) && CLOCK.test(to) && from >= to ? { window: true } : null;
};

/** The form of a campaign's reminder settings, with the API's bounds as validators, filled with `settings`. */
export function settingsForm(fb: NonNullableFormBuilder, settings: EditableSettings): SettingsForm {
  const number = (value: number, bounds: { min: number; max: number }): Count =>
    new FormControl<number | null>(value, [Validators.required, integer, Validators.min(bounds.min), Validators.max(bounds.max)]);
  const days = (value: number) => number(value, REMINDER_SETTINGS_BOUNDS.days);
  const count = (value: number) => number(value, REMINDER_SETTINGS_BOUNDS.occurrences);
  const time = (value: string): Text => fb.control(value, [clock]);
  const s = settings;
  return fb.group({
    surveyInvitation: fb.group({ enabled: fb.control(s.surveyInvitation.enabled) }),
    surveyUnanswered: fb.group({
      enabled: fb.control(s.surveyUnanswered.enabled),
      firstAfterDays: days(s.surveyUnanswered.firstAfterDays),
      repeatEveryDays: days(s.surveyUnanswered.repeatEveryDays),
      maxCount: count(s.surveyUnanswered.maxCount),
    }),
    diagnosticNotScheduled: fb.group({ enabled: fb.control(s.diagnosticNotScheduled.enabled), afterDays: days(s.diagnosticNotScheduled.afterDays) }),
    upcomingEvent: fb.group({ enabled: fb.control(s.upcomingEvent.enabled), daysBefore: days(s.upcomingEvent.daysBefore) }),
    invoiceOverdue: fb.group({
      enabled: fb.control(s.invoiceOverdue.enabled),
      firstAfterDays: days(s.invoiceOverdue.firstAfterDays),
      repeatEveryDays: days(s.invoiceOverdue.repeatEveryDays),
      maxCount: count(s.invoiceOverdue.maxCount),
    }),
    weeklyDigest: fb.group({
      enabled: fb.control(s.weeklyDigest.enabled),
      weekday: fb.control<Weekday>(s.weeklyDigest.weekday),
      at: time(s.weeklyDigest.at),
    }),
    sendingWindow: fb.group(
      {
        workingDays: fb.group(
          Object.fromEntries(WEEK.map((day) => [day, fb.control(s.sendingWindow.workingDays.includes(day))])) as Record<Weekday, Flag>,
          { validators: someDay },
        ),
        from: time(s.sendingWindow.from),
        to: time(s.sendingWindow.to),
      },
      { validators: windowInOrder },
    ),
  });
}

/** The form's values in the shape of the form (checked days as flags). */
export type SettingsFormValue = ReturnType<SettingsForm['getRawValue']>;

/** The form's values for `form.reset()`. */
export function formValueOf(settings: EditableSettings): SettingsFormValue {
  return {
    ...settings,
    sendingWindow: {
      workingDays: Object.fromEntries(WEEK.map((day) => [day, settings.sendingWindow.workingDays.includes(day)])) as Record<Weekday, boolean>,
      from: settings.sendingWindow.from,
      to: settings.sendingWindow.to,
    },
  };
}

/** The settings a valid form holds: the checked days in the week's order. */
export function settingsOf(value: SettingsFormValue): EditableSettings {
  const n = (count: number | null) => count ?? 0;
  return {
    surveyInvitation: { ...value.surveyInvitation },
    surveyUnanswered: { ...value.surveyUnanswered, firstAfterDays: n(value.surveyUnanswered.firstAfterDays), repeatEveryDays: n(value.surveyUnanswered.repeatEveryDays), maxCount: n(value.surveyUnanswered.maxCount) },
    diagnosticNotScheduled: { ...value.diagnosticNotScheduled, afterDays: n(value.diagnosticNotScheduled.afterDays) },
    upcomingEvent: { ...value.upcomingEvent, daysBefore: n(value.upcomingEvent.daysBefore) },
    invoiceOverdue: { ...value.invoiceOverdue, firstAfterDays: n(value.invoiceOverdue.firstAfterDays), repeatEveryDays: n(value.invoiceOverdue.repeatEveryDays), maxCount: n(value.invoiceOverdue.maxCount) },
    weeklyDigest: { ...value.weeklyDigest },
    sendingWindow: {
      workingDays: WEEK.filter((day) => value.sendingWindow.workingDays[day]),
      from: value.sendingWindow.from,
      to: value.sendingWindow.to,
    },
  };
}

/**
 * What changed from `before` to `after`, field by field (the PATCH of the campaign leaves the rest
 * as it is, so that two managers changing different rules do not undo each other); empty when
 * nothing changed.
 */
export function settingsPatch(before: EditableSettings, after: EditableSettings): ReminderSettingsPatch {
  const patch: Record<string, Record<string, unknown>> = {};
  for (const section of Object.keys(after) as (keyof EditableSettings)[]) {
    const was = before[section] as Record<string, unknown>;
    for (const [field, value] of Object.entries(after[section])) {
      if (JSON.stringify(was[field]) !== JSON.stringify(value)) {
        (patch[section] ??= {})[field] = value;
      }
    }
  }
  return patch as ReminderSettingsPatch;
}
