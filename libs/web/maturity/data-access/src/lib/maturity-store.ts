import { computed, inject, Injectable, signal } from '@angular/core';
import type { CommuneSummary, ProvinceMaturity } from '@bep/contracts';
import { CommunesApi } from '@bep/web/communes/data-access';
import { forkJoin, map, type Observable, type Subscription } from 'rxjs';
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

/** The heat map's rows shown: their order (by name, the overall index or a dimension's id) and where the page starts. */
export interface HeatMapPage {
  sort: string;
  order: 'asc' | 'desc';
  offset: number;
}

/** Rows per page of the heat map: every commune of a province on one. */
export const HEAT_MAP_PAGE_SIZE = 100;

/** The heat map at first: the communes by name, from the first. */
export const FIRST_PAGE: HeatMapPage = { sort: 'name', order: 'asc', offset: 0 };

/**
 * The maturity page's data, in signals: the campaign's province maturity (GET /api/maturity) and
 * the communes' positions (GET /api/communes) for its map, loaded together; a new campaign reloads
 * (the last choice wins). The heat map's rows come a page at a time in the order chosen, sorted by
 * the server (a campaign of thousands of communes sends 100 rows). Provided by the page.
 */
@Injectable()
export class MaturityStore {
  readonly #api = inject(MaturityApi);
  readonly #communesApi = inject(CommunesApi);
  readonly #state = signal<MaturityState>({ maturity: null, communes: [], loading: false, error: null });
  readonly #campaignId = signal<string | null>(null);
  readonly #page = signal<HeatMapPage>(FIRST_PAGE);
  #request?: Subscription;

  /** The order and the page of the heat map's rows shown (or loading). */
  readonly page = this.#page.asReadonly();

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

  /** Loads the campaign's maturity (null: the current campaign) from the heat map's first page, or again after a failure. */
  load(campaignId: string | null = this.#campaignId()): void {
    if (campaignId !== this.#campaignId()) this.#page.update((page) => ({ ...page, offset: 0 }));
    this.#campaignId.set(campaignId);
    this.#fetch(forkJoin({ maturity: this.#rows(), communes: this.#communesApi.list({ limit: COMMUNES_LIMIT }).pipe(map((list) => list.items)) }));
  }

  /** Shows the heat map's rows in another order or from another page; the rest of the page stays meanwhile. */
  showRows(page: HeatMapPage): void {
    this.#page.set(page);
    const communes = this.#state().communes;
    this.#fetch(this.#rows().pipe(map((maturity) => ({ maturity, communes }))));
  }

  #rows(): Observable<ProvinceMaturity> {
    const page = this.#page();
    return this.#api.get(this.#campaignId(), { ...page, limit: HEAT_MAP_PAGE_SIZE });
  }

  /** The last request wins: an answer to an older one is dropped. */
  #fetch(request: Observable<Pick<MaturityState, 'maturity' | 'communes'>>): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = request.subscribe({
      next: ({ maturity, communes }) => this.#state.set({ maturity, communes, loading: false, error: null }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, maturity: null, loading: false, error })),
    });
  }
}
