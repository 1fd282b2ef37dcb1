import { computed, inject, Injectable, signal } from '@angular/core';
import type { AssignmentsRequest, EngagementListItem, EngagementPage } from '@bep/contracts';
import type { Stage } from '@bep/domain';
import { EngagementsApi } from '@bep/web/engagements/data-access';
import { firstValueFrom, Subscription } from 'rxjs';

/** How a manager looks for the engagement to staff: the commune's name, and its stage. */
export interface EngagementSearch {
  q: string;
  stage: Stage | '';
}

interface AssignmentState {
  search: EngagementSearch;
  page: EngagementPage | null;
  loading: boolean;
  /** The failed search (an HttpErrorResponse), for problemMessage. */
  error: unknown;
}

/** Enough for a province (37 communes); a larger campaign is narrowed by the search. */
const SEARCH_LIMIT = 50;

/**
 * The engagements a manager staffs from the Consultants page (GET /api/engagements, filtered by
 * commune and stage) and the change of an engagement's team and lead
 * (PUT /api/engagements/:id/assignments). Provided by the Consultants page.
 */
@Injectable()
export class AssignmentStore {
  readonly #api = inject(EngagementsApi);
  readonly #state = signal<AssignmentState>({ search: { q: '', stage: '' }, page: null, loading: false, error: null });
  #request?: Subscription;

  readonly search = computed(() => this.#state().search);
  readonly items = computed(() => this.#state().page?.items ?? []);
  /** How many engagements match, when more than the ones shown. */
  readonly total = computed(() => this.#state().page?.total ?? 0);
  readonly loaded = computed(() => this.#state().page !== null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);

  /** Looks the engagements up again, with `search` or the last one. */
  find(search: EngagementSearch = this.#state().search): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, search, loading: true, error: null }));
    this.#request = this.#api.list({ q: search.q.trim(), stage: search.stage || undefined, limit: SEARCH_LIMIT }).subscribe({
      next: (page) => this.#state.update((state) => ({ ...state, page, loading: false })),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, error })),
    });
  }

  /**
   * Sets the engagement's consultants and lead; the list shows the new team at once. Rejects with
   * the HttpErrorResponse of a refusal (422: an unknown or inactive consultant).
   */
  async assign(engagementId: string, request: AssignmentsRequest): Promise<EngagementListItem> {
    const engagement = await firstValueFrom(this.#api.assign(engagementId, request));
    this.#state.update((state) =>
      state.page
        ? {
            ...state,
            page: {
              ...state.page,
              items: state.page.items.map((item) =>
                item.id === engagement.id ? { ...item, lead: engagement.lead, consultants: engagement.consultants, version: engagement.version } : item,
              ),
            },
          }
        : state,
    );
    return engagement;
  }
}
