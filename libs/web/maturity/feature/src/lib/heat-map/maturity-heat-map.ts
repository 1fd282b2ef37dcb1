import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import type { ProvinceMaturity } from '@bep/contracts';
import { HEAT_MAP_PAGE_SIZE, type HeatMapPage } from '@bep/web/maturity/data-access';
import { formatNumber } from '@bep/web/shared/i18n';
import { TranslatedPaginatorIntl } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { ariaSort, nextSort } from './heat-sort';
import { classEnd, NO_SCORE, SCORE_CLASSES, scoreClass } from './maturity-scale';

/**
 * The heat map: a row per commune that answered (its name a link to its page), a column for the
 * overall index then each dimension, every cell its number on the colour of its class, the
 * province's medians in the footer. Every column header is a button that sorts (again: the other
 * way), its `aria-sort` said; the table scrolls sideways inside its own container on a phone, the
 * communes' column staying in place. The rows come sorted and a page at a time from the server
 * (`page`); a click on a header or on the paginator asks for others (`pageChange`).
 */
@Component({
  selector: 'bep-maturity-heat-map',
  imports: [MatPaginatorModule, NgTemplateOutlet, RouterLink, TranslocoPipe],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './maturity-heat-map.html',
  styleUrl: './maturity-heat-map.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityHeatMap {
  readonly maturity = input.required<ProvinceMaturity>();
  /** The order and the page of the rows in `maturity`. */
  readonly page = input.required<HeatMapPage>();
  readonly pageChange = output<HeatMapPage>();

  protected readonly pageSize = HEAT_MAP_PAGE_SIZE;
  protected readonly dimensions = computed(() => this.maturity().model?.dimensions ?? []);
  protected readonly rows = computed(() => this.maturity().rows);
  protected readonly legend = SCORE_CLASSES.map((scoreClass, index) => ({ ...scoreClass, to: classEnd(index) }));
  protected readonly noScore = NO_SCORE;
  protected readonly colours = scoreClass;

  /** Another order starts from the first page. */
  protected sortBy(key: string): void {
    this.pageChange.emit({ ...nextSort(this.page(), key), offset: 0 });
  }

  protected onPage(event: PageEvent): void {
    this.pageChange.emit({ ...this.page(), offset: event.pageIndex * event.pageSize });
  }

  /** A median, one decimal at most (`30,5`), or a dash when no commune has the score. */
  protected medianText(median: number | null | undefined): string {
    return median === null || median === undefined ? '—' : formatNumber(median, 1);
  }

  protected ariaSort(key: string): 'ascending' | 'descending' | 'none' {
    return ariaSort(this.page(), key);
  }
}
