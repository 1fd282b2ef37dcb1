import { Pipe, PipeTransform, inject } from '@angular/core';
import { brusselsStartOfDay, PROGRAMME_TIME_ZONE } from '@bep/domain';
import { LanguageStore, NAMES_LOCALE, type Language } from '@bep/web/shared/i18n';

const formats = new Map<Language, Intl.DateTimeFormat>();

/** "mardi 24 mars" / "Tuesday, 24 March": a Brussels calendar day (`YYYY-MM-DD`) with its weekday, as agendas name days. */
export function formatWeekdayDate(day: string, language: Language): string {
  const start = brusselsStartOfDay(day);
  if (!start) return '';
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(NAMES_LOCALE[language], { timeZone: PROGRAMME_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long' });
    formats.set(language, format);
  }
  return format.format(start);
}

/** `{{ '2026-03-24' | bepWeekdayDate }}`: "mardi 24 mars"; follows the interface language. */
@Pipe({ name: 'bepWeekdayDate', pure: false })
export class WeekdayDatePipe implements PipeTransform {
  readonly #language = inject(LanguageStore).language;

  transform(day: string): string {
    return formatWeekdayDate(day, this.#language());
  }
}
