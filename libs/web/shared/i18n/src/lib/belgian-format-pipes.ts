import { Pipe, PipeTransform, inject } from '@angular/core';
import { formatDate, formatDateTime, formatLongDate, formatMoney, formatNumber, formatPercent, formatWeekdayDate, type WeekdayDateStyle } from './belgian-format';
import { LanguageStore } from './language-store';

/** "110 939" (or with one decimal). */
@Pipe({ name: 'bepNumber' })
export class BepNumberPipe implements PipeTransform {
  transform(value: number | null | undefined, decimals: 0 | 1 = 0): string {
    return value === null || value === undefined ? '' : formatNumber(value, decimals);
  }
}

/** Integer cents as "5 000,00 €". */
@Pipe({ name: 'bepMoney' })
export class BepMoneyPipe implements PipeTransform {
  transform(cents: number | null | undefined): string {
    return cents === null || cents === undefined ? '' : formatMoney(cents);
  }
}

/** A ratio as "13,5 %". */
@Pipe({ name: 'bepPercent' })
export class BepPercentPipe implements PipeTransform {
  transform(ratio: number | null | undefined): string {
    return ratio === null || ratio === undefined ? '' : formatPercent(ratio);
  }
}

/** "02/05/2019" in Brussels time. */
@Pipe({ name: 'bepDate' })
export class BepDatePipe implements PipeTransform {
  transform(value: string | Date | null | undefined): string {
    return value ? formatDate(value) : '';
  }
}

/** "02/05/2019 10:30" in Brussels time; `bepDateTime: 'seconds'`: "02/05/2019 10:30:00". */
@Pipe({ name: 'bepDateTime' })
export class BepDateTimePipe implements PipeTransform {
  transform(value: string | Date | null | undefined, precision: 'minutes' | 'seconds' = 'minutes'): string {
    return value ? formatDateTime(value, precision) : '';
  }
}

/** "2 mai 2019" / "2 May 2019": follows the interface language, so it is re-evaluated on change. */
@Pipe({ name: 'bepLongDate', pure: false })
export class BepLongDatePipe implements PipeTransform {
  readonly #language = inject(LanguageStore).language;

  transform(value: string | Date | null | undefined): string {
    return value ? formatLongDate(value, this.#language()) : '';
  }
}

/**
 * A date with its weekday, for agendas: `bepWeekdayDate` "mardi 24 mars 2026", `bepWeekdayDate: 'day'`
 * "mardi 24 mars", `bepWeekdayDate: 'short'` "mar. 24 mars". Follows the interface language, so it is re-evaluated on change.
 */
@Pipe({ name: 'bepWeekdayDate', pure: false })
export class BepWeekdayDatePipe implements PipeTransform {
  readonly #language = inject(LanguageStore).language;

  transform(value: string | Date | null | undefined, style: WeekdayDateStyle = 'long'): string {
    return value ? formatWeekdayDate(value, this.#language(), style) : '';
  }
}
