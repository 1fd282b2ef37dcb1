import { DestroyRef, inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DateAdapter } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { filter, merge } from 'rxjs';

/** The date picker's screen-reader labels in the interface language (shared words `datepicker.*`), for provideBelgianDates. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  readonly #transloco = inject(TranslocoService);

  constructor() {
    super();
    this.#relabel();
    // A language's words arrive after the switch: relabel once they are there. The calendar's
    // header ("MARS 2026") is written again on these changes only: tell it when the month names change too.
    const wordsLoaded = this.#transloco.events$.pipe(filter((event) => event.type === 'translationLoadSuccess' || event.type === 'langChanged'));
    merge(wordsLoaded, inject(DateAdapter).localeChanges)
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => {
        this.#relabel();
        this.changes.next();
      });
  }

  override formatYearRange(start: string, end: string): string {
    return `${start} – ${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return this.#transloco.translate('datepicker.yearRange', { start, end });
  }

  #relabel(): void {
    const t = (key: string) => this.#transloco.translate(`datepicker.${key}`);
    this.calendarLabel = t('calendar');
    this.openCalendarLabel = t('open');
    this.closeCalendarLabel = t('close');
    this.prevMonthLabel = t('previousMonth');
    this.nextMonthLabel = t('nextMonth');
    this.prevYearLabel = t('previousYear');
    this.nextYearLabel = t('nextYear');
    this.prevMultiYearLabel = t('previousYears');
    this.nextMultiYearLabel = t('nextYears');
    this.switchToMonthViewLabel = t('monthView');
    this.switchToMultiYearViewLabel = t('yearsView');
    this.startDateLabel = t('startDate');
    this.endDateLabel = t('endDate');
    this.comparisonDateLabel = t('comparisonDate');
  }
}
