import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { CampaignPage } from '@bep/contracts';
import { CAMPAIGN_QUERY_PARAM, CampaignsApi, injectSelectedCampaignId } from '@bep/web/campaigns/data-access';
import { Loadable } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { CAMPAIGNS_TRANSLATIONS } from '../i18n/campaigns-translations';

/**
 * Which campaign a page shows (the dashboard, the board, the communes): the campaigns not archived,
 * the current one marked. Choosing one writes `?campagne=<id>` in the page's URL (the current one
 * removes it), which the page's store passes to the API as `campaignId`; a closed campaign is said
 * so under the choice. While the list loads or when it fails, the page shows the current campaign
 * as before, and the switcher nothing.
 */
@Component({
  selector: 'bep-campaign-switcher',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  providers: [CAMPAIGNS_TRANSLATIONS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (campaigns().length && shown(); as shown) {
      <mat-form-field class="switcher" subscriptSizing="dynamic">
        <mat-label>{{ 'campaigns.switcher.label' | transloco }}</mat-label>
        <mat-select [value]="shown.id" (valueChange)="choose($event)">
          @for (campaign of campaigns(); track campaign.id) {
            <mat-option [value]="campaign.id">
              {{ (campaign.isCurrent ? 'campaigns.switcher.current' : campaign.status === 'closed' ? 'campaigns.switcher.closed' : 'campaigns.switcher.name') | transloco: { name: campaign.name } }}
            </mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (shown.status === 'closed') {
        <p class="closed" role="status">{{ 'campaigns.switcher.closedNotice' | transloco: { name: shown.name } }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .switcher {
      width: 100%;
      max-width: 24rem;
    }
    .closed {
      margin: 0.25rem 0 0.5rem;
      padding: 0.5rem 0.75rem;
      border-radius: 4px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class CampaignSwitcher {
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #list = new Loadable<CampaignPage>();
  readonly #selected = injectSelectedCampaignId();

  protected readonly campaigns = computed(() => this.#list.value()?.items ?? []);
  /** The campaign the URL names, else the current one. */
  protected readonly shown = computed(() => {
    const selected = this.#selected();
    return this.campaigns().find((campaign) => (selected ? campaign.id === selected : campaign.isCurrent)) ?? null;
  });

  constructor() {
    this.#list.load(inject(CampaignsApi).list(['open', 'closed']));
  }

  protected choose(id: string): void {
    const current = this.campaigns().find((campaign) => campaign.isCurrent);
    void this.#router.navigate([], {
      relativeTo: this.#route,
      queryParams: { [CAMPAIGN_QUERY_PARAM]: id === current?.id ? null : id },
      queryParamsHandling: 'merge',
    });
  }
}
