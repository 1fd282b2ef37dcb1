import { computed, inject, Injectable } from '@angular/core';
import type { Campaign, CampaignPage, CommuneList, EngagementSummary } from '@bep/contracts';
import { CommunesApi } from '@bep/web/communes/data-access';
import { CampaignsApi } from '@bep/web/campaigns/data-access';
import { Loadable } from '@bep/web/shared/data-access';

/** A commune's engagement in the current campaign, which a draft by hand bills. */
export interface BillableEngagement {
  engagementId: string;
  communeNis: string;
  communeName: string;
  stage: EngagementSummary['stage'];
}

/**
 * The communes and campaigns the list filters by, and what a draft by hand is made from: the engagements of the current campaign (through the
 * communes, which name them) and the campaign's prices, whose diagnostic price, day rate and BEP
 * shares the new lines start from.
 */
@Injectable({ providedIn: 'root' })
export class DraftOptionsStore {
  readonly #communes = new Loadable<CommuneList>();
  readonly #campaign = new Loadable<Campaign>();
  readonly #campaigns = new Loadable<CampaignPage>();
  readonly #communesApi = inject(CommunesApi);
  readonly #campaignsApi = inject(CampaignsApi);

  readonly engagements = computed<BillableEngagement[]>(() =>
    (this.#communes.value()?.items ?? []).flatMap(({ nis, name, engagement }) =>
      engagement ? [{ engagementId: engagement.id, communeNis: nis, communeName: name, stage: engagement.stage }] : [],
    ),
  );
  readonly campaign = this.#campaign.value;
  readonly loading = computed(() => this.#communes.loading() || this.#campaign.loading());
  readonly loaded = computed(() => this.#communes.loaded() && this.#campaign.loaded());
  readonly failure = computed(() => this.#communes.failure() ?? this.#campaign.failure());

  /** The programme's communes by name, for the list's commune filter. */
  readonly communes = computed(() => (this.#communes.value()?.items ?? []).map(({ nis, name }) => ({ nis, name })));

  /** Reads both afresh: the campaign's prices may have changed since the last visit. */
  load(): void {
    this.#communes.load(this.#communesApi.list({ eligible: true, limit: 100 }));
    this.#campaign.load(this.#campaignsApi.current());
  }

  /** Every campaign by name, archived ones included (their invoices stay), for the list's campaign filter. */
  readonly campaigns = computed(() => (this.#campaigns.value()?.items ?? []).map(({ id, name }) => ({ id, name })));

  /** Reads the communes and the campaigns unless they are there or on their way (the list's filters need no more). */
  loadFilterOptions(): void {
    if (!this.#communes.loaded() && !this.#communes.loading()) this.#communes.load(this.#communesApi.list({ eligible: true, limit: 100 }));
    if (!this.#campaigns.loaded() && !this.#campaigns.loading()) this.#campaigns.load(this.#campaignsApi.list());
  }
}
