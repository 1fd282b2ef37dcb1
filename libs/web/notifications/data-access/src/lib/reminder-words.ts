import { Pipe, PipeTransform, inject } from '@angular/core';
import type { ReminderRuleName } from '@bep/domain';
import { LanguageStore } from '@bep/web/shared/i18n';
import { TranslocoService } from '@jsverse/transloco';

/** How many reminders a series holds at most, for the rules that repeat (a campaign's settings). */
export type ReminderSeriesLengths = Partial<Record<ReminderRuleName, number>>;

/** What names a reminder: its rule and its place in a series. */
export interface NamedReminder {
  readonly rule: ReminderRuleName;
  readonly occurrence: number;
}

/**
 * The translation key and parameters of a reminder's name: "Rappel questionnaire (2 sur 3)" for a
 * rule that repeats when the series' length is known, else "Rappel diagnostic non planifié".
 * The rule's words are the key `rule` names (`reminder.rule.<rule>`), to translate first.
 */
export function reminderNameKey(reminder: NamedReminder, lengths: ReminderSeriesLengths | null): { key: string; rule: string; params: Record<string, number> } {
  const count = lengths?.[reminder.rule];
  const rule = `reminder.rule.${reminder.rule}`;
  return count && count > 1
    ? { key: 'reminder.nameInSeries', rule, params: { occurrence: reminder.occurrence, count } }
    : { key: 'reminder.name', rule, params: {} };
}

/**
 * `{{ reminder | bepReminderName: lengths }}`: the reminder's name in the interface language
 * (shared words `reminder.*`). Impure: it follows a change of language.
 */
@Pipe({ name: 'bepReminderName', pure: false })
export class ReminderNamePipe implements PipeTransform {
  readonly #transloco = inject(TranslocoService);
  readonly #language = inject(LanguageStore).language;

  transform(reminder: NamedReminder, lengths: ReminderSeriesLengths | null = null): string {
    this.#language();
    const { key, rule, params } = reminderNameKey(reminder, lengths);
    return this.#transloco.translate(key, { ...params, rule: this.#transloco.translate(rule) });
  }
}
