import { Pipe, PipeTransform, inject } from '@angular/core';
import { PROGRAMME_TIME_ZONE } from '@bep/domain';
import { LanguageStore } from './language-store';
import { NAMES_LOCALE, type Language } from './languages';

// The day and the time of an instant apart, in Brussels time, for sentences such as
// "Prochain rappel le 23 mars à 09:00" (`reminder.next`).

const time = new Intl.DateTimeFormat('fr-BE', { timeZone: PROGRAMME_TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const dayMonths = new Map<Language, Intl.DateTimeFormat>();

function toInstant(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "23 mars" or "23 March": the Brussels day of an instant, its month named in the interface language, without the year. */
export function formatDayMonth(value: string | Date, language: Language): string {
  const date = toInstant(value);
  if (!date) return '';
  let format = dayMonths.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(NAMES_LOCALE[language], { timeZone: PROGRAMME_TIME_ZONE, day: 'numeric', month: 'long' });
    dayMonths.set(language, format);
  }
  return format.format(date);
}

/** "09:00": the Brussels time of day of an instant, on 24 hours in both languages. */
export function formatTime(value: string | Date): string {
  const date = toInstant(value);
  return date ? time.format(date) : '';
}

/** "23 mars" / "23 March": follows the interface language, so it is re-evaluated on change. */
@Pipe({ name: 'bepDayMonth', pure: false })
export class BepDayMonthPipe implements PipeTransform {
  readonly #language = inject(LanguageStore).language;

  transform(value: string | Date | null | undefined): string {
    return value ? formatDayMonth(value, this.#language()) : '';
  }
}

/** "09:00" in Brussels time. */
@Pipe({ name: 'bepTime' })
export class BepTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return value ? formatTime(value) : '';
  }
}
