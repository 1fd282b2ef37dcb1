import { computed, inject, Injectable } from '@angular/core';
import type { Campaign, CampaignPage, CreateCampaignRequest, UpdateCampaignRequest } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { firstValueFrom, type Observable } from 'rxjs';
import { CampaignsApi, type CampaignTransition } from './campaigns-api';

/**
 * The Campagnes page: every campaign (archived ones included), and the managers' changes. Each
 * change resolves with the campaign as the API answers it and reloads the list (making one current
 * changes another; creating one adds a line); it rejects with the HTTP error for the page to word.
 */
@Injectable({ providedIn: 'root' })
export class CampaignsStore {
  readonly #api = inject(CampaignsApi);
  readonly #page = new Loadable<CampaignPage>();

  readonly campaigns = computed(() => this.#page.value()?.items ?? []);
  readonly loading = this.#page.loading;
  readonly loaded = this.#page.loaded;
  readonly failure = this.#page.failure;

  load(): void {
    this.#page.load(this.#api.list());
  }

  /** One campaign, for its form (fresh from the API, not the list's copy). */
  detail(id: string): Promise<Campaign> {
    return firstValueFrom(this.#api.detail(id));
  }

  create(request: CreateCampaignRequest): Promise<Campaign> {
    return this.#then(this.#api.create(request));
  }

  update(id: string, patch: UpdateCampaignRequest): Promise<Campaign> {
    return this.#then(this.#api.update(id, patch));
  }

  transition(id: string, transition: CampaignTransition): Promise<Campaign> {
    return this.#then(this.#api.transition(id, transition));
  }

  async #then(change: Observable<Campaign>): Promise<Campaign> {
    const campaign = await firstValueFrom(change);
    this.load();
    return campaign;
  }
}
