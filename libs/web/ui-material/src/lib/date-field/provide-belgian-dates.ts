import { effect, inject, Injectable, type Provider } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, type MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { DateFnsAdapter } from '@angular/material-date-fns-adapter';
import { LanguageStore, type Language } from '@bep/web/shared/i18n';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { TranslatedDatepickerIntl } from './translated-datepicker-intl';

/**
 * Dates are typed and shown day first, "24/03/2026", in both languages: the figures are Belgian
 * whatever the reader's language (as NAMES_LOCALE says). Only this format is read, so "03/24/2026"
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

/** date-fns dates whose month and day names follow a change of the interface language at once. */
@Injectable()
export class BelgianDateAdapter extends DateFnsAdapter {
  constructor() {
    super();
    const language = inject(LanguageStore).language;
    effect(() => this.setLocale(DATE_LOCALE[language()]));
  }
}

/**
 * The date picker in the interface language, day first: for the providers of a component or a lazy
 * route with a `matDatepicker` (BelgianDateField has them). Not in the application's providers: the
 * picker and date-fns would weigh on the first load of every page.
 */
export function provideBelgianDates(): Provider[] {
  return [
    { provide: MAT_DATE_LOCALE, useFactory: () => DATE_LOCALE[inject(LanguageStore).language()] },
    { provide: DateAdapter, useClass: BelgianDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: BELGIAN_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ];
}
