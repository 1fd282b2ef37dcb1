import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { injectSelectedCampaignId } from '@bep/web/campaigns/data-access';
import { CampaignSwitcher } from '@bep/web/campaigns/feature';
import { MaturityStore, type MaturityExportFormat } from '@bep/web/maturity/data-access';
import { problemMessage } from '@bep/web/shared/data-access';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { CitationBars } from '../citation-bars/citation-bars';
import { MaturityHeatMap } from '../heat-map/maturity-heat-map';
import type { MaturityMapLabels } from '../maturity-map/maturity-map-option';
import { MaturityMap } from '../maturity-map/maturity-map';

/**
 * Maturité numérique: the province's maturity for a campaign (the switcher's, else the current
 * one) — how many communes answered, the median index, the heat map of communes × dimensions, the
 * map coloured by overall index, the obstacles, fears and themes with projects the communes cite —
 * and the exports of every answer and score. A consultant sees the communes of their team.
 */
@Component({
  selector: 'bep-maturity-page',
  imports: [BepNumberPipe, CampaignSwitcher, CitationBars, MatButtonModule, MatProgressBarModule, MaturityHeatMap, MaturityMap, TranslocoPipe],
  providers: [MaturityStore],
  templateUrl: './maturity-page.html',
  styleUrl: './maturity-page.css',
  host: { class: 'bep-card-page' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityPage {
  readonly #transloco = inject(TranslocoService);
  readonly #snackBar = inject(MatSnackBar);
  protected readonly store = inject(MaturityStore);

  /** Counts every language switch and every translation file that arrives: the map then redraws its words. */
  readonly #translations = toSignal(this.#transloco.events$.pipe(map((_event, index) => index)), { initialValue: -1 });

  /** The words inside the map, in the interface language. */
  protected readonly mapLabels = computed<MaturityMapLabels>(() => {
    this.#translations();
    const translate = (key: string, params?: Record<string, string>) => this.#transloco.translate(`maturity.map.${key}`, params);
    return { answered: translate('answered'), unanswered: translate('unanswered'), overall: (score) => translate('overall', { score }) };
  });

  /** The server's explanation of a failure (RFC 9457) or what went wrong, after the page's own message. */
  protected readonly errorDetail = computed(() => {
    this.#translations();
    const error = this.store.error();
    return error ? problemMessage(error, '', this.#transloco).trim() : '';
  });

  constructor() {
    // The campaign of the URL (the switcher's ?campagne=), else the current one: loads, then reloads on each choice.
    const campaignId = injectSelectedCampaignId();
    effect(() => {
      const id = campaignId();
      untracked(() => this.store.load(id));
    });
  }

  /** The browser downloads the file (the link's `download`); the page says it started. */
  protected exportStarted(format: MaturityExportFormat): void {
    this.#snackBar.open(this.#transloco.translate('maturity.exports.started', { format: format === 'csv' ? 'CSV' : 'Excel' }), undefined, { duration: 6000 });
  }
}
