import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { CommuneSummary } from '@bep/contracts';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { communeStatus, mapFrame, StageSwatch, statusKey } from '@bep/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ECElementEvent } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import type { ChartLabels } from '../charts/chart-labels';
import { communeAt, mapGroups, mapOption } from '../charts/map-option';

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The province on a map: one marker per commune, coloured by stage and sized by population, with
 * its legend. A click on a marker opens the commune's page; the table under the map lists the
 * same communes with links, for keyboards and screen readers.
 */
@Component({
  selector: 'bep-province-map',
  imports: [BepNumberPipe, NgxEchartsDirective, RouterLink, StageSwatch, TranslocoPipe],
  templateUrl: './province-map.html',
  styleUrl: './province-map.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProvinceMap {
  readonly #router = inject(Router);

  /** The communes to show (the filters applied). */
  readonly communes = input.required<CommuneSummary[]>();
  /** Every commune of the province: the frame and the marker sizes stay the same whatever the filters. */
  readonly province = input.required<CommuneSummary[]>();
  readonly labels = input.required<ChartLabels>();

  protected readonly aspectRatio = computed(() => mapFrame(this.province()).aspectRatio);
  protected readonly option = computed(() => mapOption(this.communes(), this.labels(), this.province()));
  protected readonly legend = computed(() => mapGroups(this.communes()).map(({ status, communes }) => ({ status, count: communes.length })));
  protected readonly rows = computed(() =>
    [...this.communes()].sort((a, b) => collator.compare(a.name, b.name)).map((commune) => ({ ...commune, status: communeStatus(commune) })),
  );

  protected readonly statusKey = statusKey;

  protected openCommune(event: ECElementEvent): void {
    const commune = event.componentType === 'series' ? communeAt(this.communes(), event.seriesIndex ?? -1, event.dataIndex) : null;
    if (commune) void this.#router.navigate(['/communes', commune.nis]);
  }
}
