import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import type { Campaign, CampaignPage } from '@bep/contracts';
import { CAMPAIGN_QUERY_PARAM, CampaignsApi, injectSelectedCampaignId } from '@bep/web/campaigns/data-access';
import { Loadable } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { CAMPAIGNS_TRANSLATIONS } from '../i18n/campaigns-translations';

/**
 * Which campaign a page shows (the dashboard, the board, the communes): the campaigns not archived,
 * the current one marked. Choosing one writes `?campagne=<id>` in the page's URL (the current one
 * removes it), which the page's store passes to the API as `campaignId`; a closed campaign is said
 * so under the choice. With a single campaign to show there is nothing to choose: only its closing
 * is said. While the list loads or when it fails, the page shows the current campaign as before,
 * and the switcher nothing.
 */
@Component({
  selector: 'bep-campaign-switcher',
  imports: [MatFormFieldModule, MatSelectModule, TranslocoPipe],
  providers: [CAMPAIGNS_TRANSLATIONS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (shown(); as shown) {
      @if (campaigns().length > 1) {
        <mat-form-field class="switcher" subscriptSizing="dynamic">
          <mat-label>{{ 'campaigns.switcher.label' | transloco }}</mat-label>
          <mat-select [value]="shown.id" (valueChange)="choose($event)">
            <!-- Written here rather than copied from the option, whose words may arrive after Material read it. -->
            <mat-select-trigger>{{ wordsOf(shown) | transloco: { name: shown.name } }}</mat-select-trigger>
            @for (campaign of campaigns(); track campaign.id) {
              <mat-option [value]="campaign.id">{{ wordsOf(campaign) | transloco: { name: campaign.name } }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
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

  /** "Radioscopie numérique 2026 (courante)", "… (clôturée)", or the name alone. */
  protected wordsOf(campaign: Campaign): string {
    if (campaign.isCurrent) return 'campaigns.switcher.current';
    return campaign.status === 'closed' ? 'campaigns.switcher.closed' : 'campaigns.switcher.name';
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
