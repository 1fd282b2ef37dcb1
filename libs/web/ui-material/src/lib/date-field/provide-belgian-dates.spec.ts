import { TestBed } from '@angular/core/testing';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { BELGIAN_DATE_FORMATS, provideBelgianDates } from './provide-belgian-dates';

describe('provideBelgianDates', () => {
  let adapter: DateAdapter<Date>;
  const read = (text: string) => adapter.parse(text, BELGIAN_DATE_FORMATS.parse.dateInput);

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting(), provideBelgianDates()] });
    adapter = TestBed.inject(DateAdapter<Date>);
  });

  it('reads a date typed day first, as in Belgium', () => {
    const date = read('24/03/2026');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2026, 2, 24]);
    expect(adapter.format(new Date(2026, 2, 5), BELGIAN_DATE_FORMATS.display.dateInput)).toBe('05/03/2026');
  });

  it('refuses a date typed month first instead of taking it for another day', () => {
    expect(adapter.isValid(read('03/24/2026') as Date)).toBe(false);
    expect(adapter.isValid(read('31/02/2026') as Date)).toBe(false);
  });

  it('shows a French calendar starting on Monday, then an English one, still starting on Monday', () => {
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    expect(adapter.getMonthNames('long')[2]).toBe('mars');
    expect(adapter.getDayOfWeekNames('narrow')[1]).toBe('L');

    TestBed.inject(LanguageStore).use('en', false);
    TestBed.tick();
    expect(adapter.getFirstDayOfWeek()).toBe(1);
    expect(adapter.getMonthNames('long')[2]).toBe('March');
    // The numeric date stays day first in English: the figures are Belgian.
    expect(adapter.format(new Date(2026, 2, 24), BELGIAN_DATE_FORMATS.display.dateInput)).toBe('24/03/2026');
  });

  it("labels the picker's buttons in the interface language", () => {
    const intl = TestBed.inject(MatDatepickerIntl);
    expect(intl.openCalendarLabel).toBe('Ouvrir le calendrier');
    const changes = jest.fn();
    intl.changes.subscribe(changes);
    TestBed.inject(LanguageStore).use('en', false);
    expect(intl.openCalendarLabel).toBe('Open calendar');
    expect(changes).toHaveBeenCalled();
  });
});
