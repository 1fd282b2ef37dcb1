import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MaturityApi } from '@bep/web/maturity/data-access';
import { BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The campaign's digital maturity in brief, for managers and consultants (finance reads no
 * answer): the province's median overall index and how many communes answered, with a link to the
 * maturity page on the same campaign. Its own call (GET /api/maturity), so that the rest of the
 * dashboard never waits for it; a failure is said in the card only.
 */
@Component({
  selector: 'bep-maturity-card',
  imports: [BepNumberPipe, RouterLink, TranslocoPipe],
  template: `
    <section aria-labelledby="dashboard-maturity-heading">
      <h2 id="dashboard-maturity-heading">{{ 'dashboard.maturity.heading' | transloco }}</h2>
      @if (maturity.error()) {
        <p class="status">{{ 'dashboard.maturity.error' | transloco }}</p>
      } @else if (maturity.value(); as value) {
        @if (value.model) {
          <p class="median">
            @if (value.median.overall !== null) {
              {{ 'dashboard.maturity.median' | transloco: { median: (value.median.overall | bepNumber: 1) } }}
            } @else {
              {{ 'dashboard.maturity.noScore' | transloco }}
            }
          </p>
          <p class="status">{{ 'dashboard.maturity.answered' | transloco: { answered: (value.communes.answered | bepNumber), engaged: (value.communes.engaged | bepNumber) } }}</p>
          <a routerLink="/maturite" queryParamsHandling="preserve">{{ 'dashboard.maturity.open' | transloco }}</a>
        } @else {
          <p class="status">{{ 'dashboard.maturity.noQuestionnaire' | transloco }}</p>
        }
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .median {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-small);
    }
    .status {
      margin: 0 0 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MaturityCard {
  readonly #api = inject(MaturityApi);

  /** The campaign of the dashboard (null: the current one). */
  readonly campaignId = input.required<string | null>();

  /** The figures only: one row of the heat map is the least the API sends. */
  protected readonly maturity = rxResource({ params: () => ({ campaignId: this.campaignId() }), stream: ({ params }) => this.#api.get(params.campaignId, { limit: 1 }) });
}
