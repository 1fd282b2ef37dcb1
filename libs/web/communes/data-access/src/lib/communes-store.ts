import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { CommuneList } from '@bep/contracts';
import { problemMessage } from '@bep/web/shared/data-access';
import { Subscription } from 'rxjs';

interface CommunesState {
  list: CommuneList | null;
  loading: boolean;
  error: string | null;
}

/** The communes of the reference data with their engagement in the current campaign. */
@Injectable({ providedIn: 'root' })
export class CommunesStore {
  readonly #http = inject(HttpClient);
  readonly #state = signal<CommunesState>({ list: null, loading: false, error: null });
  #request?: Subscription;

  readonly items = computed(() => this.#state().list?.items ?? []);
  readonly total = computed(() => this.#state().list?.total ?? 0);
  readonly campaign = computed(() => this.#state().list?.campaign ?? null);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);

  /** (Re)loads the list; the previous list stays visible meanwhile, a late older answer is dropped. */
  load(): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#http.get<CommuneList>('/api/communes').subscribe({
      next: (list) => this.#state.set({ list, loading: false, error: null }),
      error: (error: unknown) =>
        this.#state.update((state) => ({
          ...state,
          loading: false,
          error: problemMessage(error, 'Le chargement des communes a échoué.'),
        })),
    });
  }
}
