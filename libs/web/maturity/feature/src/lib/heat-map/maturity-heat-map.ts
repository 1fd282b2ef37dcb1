import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProvinceMaturity } from '@bep/contracts';
import { formatNumber } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { ariaSort, BY_NAME, nextSort, sortRows, type HeatSort, type HeatSortKey } from './heat-sort';
import { classEnd, NO_SCORE, SCORE_CLASSES, scoreClass } from './maturity-scale';

/**
 * The heat map: a row per commune that answered (its name a link to its page), a column for the
 * overall index then each dimension, every cell its number on the colour of its class, the
 * province's medians in the footer. Every column header is a button that sorts (again: the other
 * way), its `aria-sort` said; the table scrolls sideways inside its own container on a phone, the
 * communes' column staying in place.
 */
@Component({
  selector: 'bep-maturity-heat-map',
  imports: [NgTemplateOutlet, RouterLink, TranslocoPipe],
  templateUrl: './maturity-heat-map.html',
  styleUrl: './maturity-heat-map.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityHeatMap {
  readonly maturity = input.required<ProvinceMaturity>();

  protected readonly sort = signal<HeatSort>(BY_NAME);
  protected readonly dimensions = computed(() => this.maturity().model?.dimensions ?? []);
  protected readonly rows = computed(() => sortRows(this.maturity().rows, this.sort()));
  protected readonly legend = SCORE_CLASSES.map((scoreClass, index) => ({ ...scoreClass, to: classEnd(index) }));
  protected readonly noScore = NO_SCORE;
  protected readonly colours = scoreClass;

  protected sortBy(key: HeatSortKey): void {
    this.sort.update((current) => nextSort(current, key));
  }

  /** A median, one decimal at most (`30,5`), or a dash when no commune has the score. */
  protected medianText(median: number | null | undefined): string {
    return median === null || median === undefined ? '—' : formatNumber(median, 1);
  }

  protected ariaSort(key: HeatSortKey): 'ascending' | 'descending' | 'none' {
    return ariaSort(this.sort(), key);
  }
}
