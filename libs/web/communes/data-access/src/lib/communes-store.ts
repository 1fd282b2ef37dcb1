import { computed, inject, Injectable, signal } from '@angular/core';
import type { CommuneList } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { CommunesApi } from './communes-api';

/** The communes of the reference data with their engagement in the campaign shown (the current one unless one is chosen). */
@Injectable({ providedIn: 'root' })
export class CommunesStore {
  readonly #api = inject(CommunesApi);
  readonly #list = new Loadable<CommuneList>();
  #campaignId: string | null = null;

  readonly items = computed(() => this.#list.value()?.items ?? []);
  readonly total = computed(() => this.#list.value()?.total ?? 0);
  readonly campaign = computed(() => this.#list.value()?.campaign ?? null);
  readonly loading = this.#list.loading;
  readonly failure = this.#list.failure;

  /**
   * The query string of the table as the user last left it (filters and sort), so that a commune
   * page leads back to the same view.
   */
  readonly tableQuery = signal<Readonly<Record<string, string>>>({});

  /**
   * (Re)loads the list, with the engagements of `campaignId` (null: the current campaign; left out:
   * the campaign of the last load). The API's default page (100) holds a whole province (38 communes).
   */
  load(campaignId: string | null = this.#campaignId): void {
    this.#campaignId = campaignId;
    this.#list.load(this.#api.list(campaignId ? { campaignId } : {}));
  }
}
