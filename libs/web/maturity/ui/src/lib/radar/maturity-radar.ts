import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { radarOption, type RadarDimension, type RadarSeriesNames } from './radar-option';

/**
 * A commune's maturity dimensions (0-100) as a radar against the province's median. Hidden from
 * screen readers: the page shows the same figures as a table beside it, which is the accessible
 * equivalent. Scales with its container; needs `provideMaturityCharts()` in the route.
 */
@Component({
  selector: 'bep-maturity-radar',
  imports: [NgxEchartsDirective],
  template: `<div echarts class="chart" aria-hidden="true" [options]="option()"></div>`,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .chart {
      width: 100%;
      aspect-ratio: 1;
      max-height: 26rem;
      min-height: 16rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityRadar {
  readonly dimensions = input.required<readonly RadarDimension[]>();
  readonly names = input.required<RadarSeriesNames>();

  protected readonly option = computed(() => radarOption(this.dimensions(), this.names()));
}
