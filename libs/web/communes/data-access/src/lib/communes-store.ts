import { computed, inject, Injectable, signal } from '@angular/core';
import type { CommuneList, CommuneQuery } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { CommunesApi } from './communes-api';

/**
 * One page of the communes table: the communes of the reference data the server's filters keep, in
 * its order, with their engagement in the campaign shown (the current one unless one is chosen).
 */
@Injectable({ providedIn: 'root' })
export class CommunesStore {
  readonly #api = inject(CommunesApi);
  readonly #list = new Loadable<CommuneList>();
  #query: Partial<CommuneQuery> = {};

  readonly items = computed(() => this.#list.value()?.items ?? []);
  /** How many communes the filters keep, on every page. */
  readonly total = computed(() => this.#list.value()?.total ?? 0);
  /** How many the reference data holds, whatever the filters. */
  readonly unfilteredTotal = computed(() => this.#list.value()?.unfilteredTotal ?? 0);
  readonly arrondissements = computed(() => this.#list.value()?.arrondissements ?? []);
  readonly campaign = computed(() => this.#list.value()?.campaign ?? null);
  readonly loaded = this.#list.loaded;
  readonly loading = this.#list.loading;
  readonly failure = this.#list.failure;

  /**
   * The query string of the table as the user last left it (filters, sort and page), so that a
   * commune page leads back to the same view.
   */
  readonly tableQuery = signal<Readonly<Record<string, string>>>({});

  /** Loads the page `query` asks for (without `campaignId`: the current campaign); the page shown stays meanwhile. */
  load(query: Partial<CommuneQuery>): void {
    this.#query = query;
    this.#list.load(this.#api.list(query));
  }

  /** Asks again for the last page asked for (after a failure). */
  reload(): void {
    this.load(this.#query);
  }
}
