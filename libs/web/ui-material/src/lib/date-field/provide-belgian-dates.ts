import { EnvironmentProviders, effect, inject, makeEnvironmentProviders, provideEnvironmentInitializer } from '@angular/core';
import { DateAdapter, MAT_DATE_LOCALE, type MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { LanguageStore } from '../language-store';
import type { Language } from '../languages';
import { TranslatedDatepickerIntl } from './translated-datepicker-intl';

/**
 * Dates are typed and shown day first, "24/03/2026", in both languages: the figures are Belgian
 * whatever the reader's language (as in NAMES_LOCALE). Only this format is read, so "03/24/2026"
 * is refused (the field's `matDatepickerParse` error) rather than taken for another day.
 */
export const BELGIAN_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: 'dd/MM/yyyy', timeInput: 'HH:mm' },
  display: {
    dateInput: 'dd/MM/yyyy',
    timeInput: 'HH:mm',
    monthYearLabel: 'LLL yyyy',
    dateA11yLabel: 'PPPP',
    monthYearA11yLabel: 'LLLL yyyy',
    timeOptionLabel: 'HH:mm',
  },
};

/**
 * The month and day names of the calendar. Both weeks start on Monday: French for French, and
 * British English for English (an American locale would start on Sunday).
 */
export const DATE_LOCALE: Readonly<Record<Language, Locale>> = { fr, en: enGB };

/**
 * The date picker in the interface language, for the application's providers (and for unit tests of
 * a form with a date): the adapter follows a change of language at once.
 */
export function provideBelgianDates(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideDateFnsAdapter(BELGIAN_DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useFactory: () => DATE_LOCALE[inject(LanguageStore).language()] },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
    provideEnvironmentInitializer(() => {
      const adapter = inject(DateAdapter);
      const language = inject(LanguageStore).language;
      effect(() => adapter.setLocale(DATE_LOCALE[language()]));
    }),
  ]);
}
