import { computed, inject, Injectable, signal } from '@angular/core';
import type { Workload } from '@bep/contracts';
import { Subscription } from 'rxjs';
import { ConsultantsApi } from './consultants-api';

interface WorkloadState {
  workload: Workload | null;
  loading: boolean;
  /** The failed load (an HttpErrorResponse), for problemMessage. */
  error: unknown;
}

/**
 * Each consultant's load in the current campaign (GET /api/consultants/workload): active
 * engagements, as lead and by stage, and the planned time of this week and the three after it
 * against their weekly capacity. Provided by the Consultants page.
 */
@Injectable()
export class WorkloadStore {
  readonly #api = inject(ConsultantsApi);
  readonly #state = signal<WorkloadState>({ workload: null, loading: false, error: null });
  #request?: Subscription;

  /** Active consultants first, then by name, as the API sorts them. */
  readonly items = computed(() => this.#state().workload?.items ?? []);
  readonly campaign = computed(() => this.#state().workload?.campaign ?? null);
  readonly loaded = computed(() => this.#state().workload !== null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);

  /** (Re)loads; the figures shown stay until the answer, a late older answer is dropped. */
  load(): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#api.workload().subscribe({
      next: (workload) => this.#state.set({ workload, loading: false, error: null }),
      error: (error: unknown) => this.#state.update((state) => ({ ...state, loading: false, error })),
    });
  }
}
