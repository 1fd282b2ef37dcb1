import { computed, inject, Injectable } from '@angular/core';
import type { Campaign, CampaignPage, CreateCampaignRequest, UpdateCampaignRequest } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { CampaignsApi, type CampaignTransition } from './campaigns-api';

/**
 * The Campagnes page: every campaign (archived ones included), and the managers' changes. Each
 * change resolves with the campaign as the API answers it, or rejects with the HTTP error for the
 * page to word. A change of status reloads the list it was made from (making one current changes
 * another); the list page reads it again when the form leads back to it.
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
    return firstValueFrom(this.#api.create(request));
  }

  update(id: string, patch: UpdateCampaignRequest): Promise<Campaign> {
    return firstValueFrom(this.#api.update(id, patch));
  }

  async transition(id: string, transition: CampaignTransition): Promise<Campaign> {
    const campaign = await firstValueFrom(this.#api.transition(id, transition));
    this.load();
    return campaign;
  }
}
