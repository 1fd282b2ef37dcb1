import { computed, inject, Injectable } from '@angular/core';
import type { Campaign, CampaignPage } from '@bep/contracts';
import { CampaignsApi } from '@bep/web/campaigns/data-access';
import { Loadable } from '@bep/web/shared/data-access';

/**
 * The campaigns the list filters by, and the current campaign's prices a draft by hand starts from
 * (its diagnostic price, day rate and BEP shares). The communes and engagements are searched on
 * the server as one types (see `CommuneField`): a programme may hold too many to list.
 */
@Injectable({ providedIn: 'root' })
export class DraftOptionsStore {
  readonly #campaign = new Loadable<Campaign>();
  readonly #campaigns = new Loadable<CampaignPage>();
  readonly #campaignsApi = inject(CampaignsApi);

  readonly campaign = this.#campaign.value;
  readonly loaded = this.#campaign.loaded;
  readonly failure = this.#campaign.failure;

  /** Reads the current campaign afresh: its prices may have changed since the last visit. */
  load(): void {
    this.#campaign.load(this.#campaignsApi.current());
  }

  /** Every campaign by name, archived ones included (their invoices stay), for the list's campaign filter. */
  readonly campaigns = computed(() => (this.#campaigns.value()?.items ?? []).map(({ id, name }) => ({ id, name })));

  /** Reads the campaigns unless they are there or on their way (the list's filters need no more). */
  loadFilterOptions(): void {
    if (!this.#campaigns.loaded() && !this.#campaigns.loading()) this.#campaigns.load(this.#campaignsApi.list());
  }
}
