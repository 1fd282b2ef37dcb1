import { computed, inject, Injectable, signal } from '@angular/core';
import type { CommuneSummary, ProvinceMaturity } from '@bep/contracts';
import { CommunesApi } from '@bep/web/communes/data-access';
import { forkJoin, type Subscription } from 'rxjs';
import { MaturityApi, type MaturityExportFormat } from './maturity-api';

interface MaturityState {
  maturity: ProvinceMaturity | null;
  /** Every commune of the province (their positions and populations, for the map). */
  communes: CommuneSummary[];
  loading: boolean;
  /** The failed call's error, for the page to explain (see problemMessage). */
  error: unknown;
}

/** A province's communes in one page (the API's ceiling). */
const COMMUNES_LIMIT = 1000;

/**
 * The maturity page's data, in signals: the campaign's province maturity (GET /api/maturity) and
 * the communes' positions (GET /api/communes) for its map, loaded together; a new campaign reloads
 * (the last choice wins). Provided by the page.
 */
@Injectable()
export class MaturityStore {
  readonly #api = inject(MaturityApi);
  readonly #communesApi = inject(CommunesApi);
  readonly #state = signal<MaturityState>({ maturity: null, communes: [], loading: false, error: null });
  readonly #campaignId = signal<string | null>(null);
  #request?: Subscription;

  readonly maturity = computed(() => this.#state().maturity);
  readonly communes = computed(() => this.#state().communes);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);

  /**
   * The exports' links for the campaign shown: the one whose figures are on the page, not one whose
   * figures are still loading (an export clicked meanwhile is of what the person sees).
   */
  readonly exportUrls = computed<Record<MaturityExportFormat, string>>(() => {
    const shown = this.#state().maturity?.campaign.id ?? this.#campaignId();
    return { csv: this.#api.exportUrl('csv', shown), xlsx: this.#api.exportUrl('xlsx', shown) };
  });

  /** Loads the campaign's maturity (null: the current campaign), or again after a failure. */
  load(campaignId: string | null = this.#campaignId()): void {
    this.#campaignId.set(campaignId);
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = forkJoin({ maturity: this.#api.get(campaignId), communes: this.#communesApi.list({ limit: COMMUNES_LIMIT }) }).subscribe({
      next: ({ maturity, communes }) => this.#state.set({ maturity, communes: communes.items, loading: false, error: null }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, maturity: null, loading: false, error })),
    });
  }
}
