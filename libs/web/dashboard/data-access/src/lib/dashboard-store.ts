import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { Campaign, CommuneSummary, ConsultantSummary, PipelineStats } from '@bep/contracts';
import { CampaignsApi } from '@bep/web/campaigns/data-access';
import { CommunesApi } from '@bep/web/communes/data-access';
import { ConsultantsApi } from '@bep/web/consultants/data-access';
import { EngagementsApi } from '@bep/web/engagements/data-access';
import { catchError, forkJoin, map, type Observable, of, Subscription, throwError } from 'rxjs';
import { StatsApi } from './stats-api';

/** What the dashboard narrows its figures to; null: the whole campaign. */
export interface DashboardFilters {
  arrondissement: string | null;
  consultantId: string | null;
  /** The campaign shown (the campaign switcher's `?campagne=`); null: the current one. */
  campaignId: string | null;
}

interface DashboardData {
  stats: PipelineStats;
  /** Every commune of the province (38), whatever the filters: the map's frame and the arrondissements. */
  communes: CommuneSummary[];
  /** Null when no campaign is current (the API answers 404). */
  campaign: Campaign | null;
  /** The communes whose engagement the filtered consultant works on; null without that filter. */
  consultantCommunes: ReadonlySet<string> | null;
}

interface DashboardState {
  data: DashboardData | null;
  loading: boolean;
  /** The failed call's error, for the page to explain (see problemMessage). */
  error: unknown;
}

const NO_FILTERS: DashboardFilters = { arrondissement: null, consultantId: null, campaignId: null };

/** The API's ceilings: a province's communes in one page, a consultant's engagements in one page. */
const COMMUNES_LIMIT = 1000;
const ENGAGEMENTS_LIMIT = 200;

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The dashboard's data: the figures (GET /api/stats), the communes with their position, population
 * and stage (GET /api/communes), the current campaign with its deadline and budget
 * (GET /api/campaigns/current), loaded together and narrowed by the filters.
 */
@Injectable({ providedIn: 'root' })
export class DashboardStore {
  readonly #statsApi = inject(StatsApi);
  readonly #communesApi = inject(CommunesApi);
  readonly #campaignsApi = inject(CampaignsApi);
  readonly #consultantsApi = inject(ConsultantsApi);
  readonly #engagementsApi = inject(EngagementsApi);
  readonly #state = signal<DashboardState>({ data: null, loading: false, error: null });
  readonly #filters = signal<DashboardFilters>(NO_FILTERS);
  readonly #consultants = signal<ConsultantSummary[]>([]);
  #request?: Subscription;

  readonly filters = this.#filters.asReadonly();
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly stats = computed(() => this.#state().data?.stats ?? null);
  readonly campaign = computed(() => this.#state().data?.campaign ?? null);
  /** The consultants a manager may filter by, sorted by name (empty until loadConsultants()). */
  readonly consultants = this.#consultants.asReadonly();

  /** The arrondissements of the province, sorted, for the filter. */
  readonly arrondissements = computed(() =>
    [...new Set(this.#state().data?.communes.map((commune) => commune.arrondissement))].sort(collator.compare),
  );

  /** Every commune of the province: the map keeps the province's frame whatever the filters. */
  readonly allCommunes = computed(() => this.#state().data?.communes ?? []);

  /** The communes the filters keep, as the map shows them. */
  readonly communes = computed(() => {
    const data = this.#state().data;
    const { arrondissement } = this.#filters();
    const ofConsultant = data?.consultantCommunes;
    return (data?.communes ?? []).filter(
      (commune) => (!arrondissement || commune.arrondissement === arrondissement) && (!ofConsultant || ofConsultant.has(commune.nis)),
    );
  });

  /** (Re)loads everything; what was shown stays meanwhile, and a late answer to an older request is dropped. */
  load(): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    const filters = this.#filters();
    this.#request = forkJoin({
      stats: this.#statsApi.get({ arrondissement: filters.arrondissement ?? undefined, consultantId: filters.consultantId ?? undefined, campaignId: filters.campaignId ?? undefined }),
      communes: this.#communesApi.list({ limit: COMMUNES_LIMIT, campaignId: filters.campaignId ?? undefined }).pipe(map((list) => list.items)),
      campaign: filters.campaignId ? this.#campaignsApi.detail(filters.campaignId) : this.#currentCampaign(),
      consultantCommunes: filters.consultantId ? this.#communesOf(filters.consultantId) : of(null),
    }).subscribe({
      next: (data) => this.#state.set({ data, loading: false, error: null }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, error })),
    });
  }

  /** Narrows the figures and the map; reloads at once. */
  setFilters(filters: Partial<DashboardFilters>): void {
    this.#filters.update((current) => ({ ...current, ...filters }));
    this.load();
  }

  /**
   * The active consultants, for the consultant filter. Managers only (the API refuses the other
   * roles): without them the filter is simply not offered, so a failure here is not the page's error.
   */
  loadConsultants(): void {
    if (this.#consultants().length) return;
    this.#consultantsApi
      .list({ active: true, limit: 500 })
      .pipe(catchError(() => of({ items: [] as ConsultantSummary[] })))
      .subscribe((list) => this.#consultants.set([...list.items].sort((a, b) => collator.compare(a.name, b.name))));
  }

  /** The current campaign, or null when there is none (404): the page then says so. */
  #currentCampaign(): Observable<Campaign | null> {
    return this.#campaignsApi
      .current()
      .pipe(catchError((error: unknown) => (error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error))));
  }

  #communesOf(consultantId: string): Observable<ReadonlySet<string>> {
    return this.#engagementsApi
      .list({ consultantId, limit: ENGAGEMENTS_LIMIT })
      .pipe(map((page) => new Set(page.items.map((engagement) => engagement.commune.nis))));
  }
}
