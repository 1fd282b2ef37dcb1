import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import type { CommuneSummary, MaturityRow } from '@bep/contracts';
import { mapFrame } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ECElementEvent } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { classEnd, NO_SCORE, SCORE_CLASSES } from '../heat-map/maturity-scale';
import { communeAtPoint, maturityMapGroups, maturityMapOption, type MaturityMapLabels } from './maturity-map-option';

/**
 * The province coloured by the overall index: the dashboard's map of the communes (same frame,
 * same marker sizes), the heat map's colours. A click on a marker opens the commune's page; the
 * heat map above is its text alternative.
 */
@Component({
  selector: 'bep-maturity-map',
  imports: [NgxEchartsDirective, TranslocoPipe],
  template: `
    <section aria-labelledby="maturity-map-heading">
      <h2 id="maturity-map-heading">{{ 'maturity.map.heading' | transloco }}</h2>
      <div
        echarts
        class="bep-map"
        role="img"
        [attr.aria-label]="'maturity.map.summary' | transloco"
        [style.--map-aspect]="aspectRatio()"
        [options]="option()"
        (chartClick)="openCommune($event)"
      ></div>
      <ul class="bep-legend">
        @for (entry of legend; track entry.from) {
          <li><span class="swatch" aria-hidden="true" [style.background-color]="entry.background"></span> {{ entry.from }}-{{ entry.to }}</li>
        }
        <li><span class="swatch none" aria-hidden="true" [style.background-color]="noScore.background"></span> {{ 'maturity.map.unanswered' | transloco }}</li>
      </ul>
      <p class="hint">{{ 'maturity.map.hint' | transloco }}</p>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .swatch {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      border: 1px solid #1a1c1e;
      border-radius: 50%;
    }
    .swatch.none {
      border: 1px dashed #5f6368;
    }
    .hint {
      margin: 0.5rem 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityMap {
  readonly #router = inject(Router);

  /** Every commune of the province, with its position and population. */
  readonly communes = input.required<CommuneSummary[]>();
  /** The communes that answered, with their overall index. */
  readonly rows = input.required<MaturityRow[]>();
  readonly labels = input.required<MaturityMapLabels>();

  protected readonly groups = computed(() => maturityMapGroups(this.communes(), this.rows()));
  protected readonly aspectRatio = computed(() => mapFrame(this.communes()).aspectRatio);
  protected readonly option = computed(() => maturityMapOption(this.groups(), this.labels()));
  protected readonly legend = SCORE_CLASSES.map((scoreClass, index) => ({ ...scoreClass, to: classEnd(index) }));
  protected readonly noScore = NO_SCORE;

  protected openCommune(event: ECElementEvent): void {
    const commune = event.componentType === 'series' ? communeAtPoint(this.groups(), event.seriesIndex ?? -1, event.dataIndex) : null;
    if (commune) void this.#router.navigate(['/communes', commune.nis]);
  }
}
