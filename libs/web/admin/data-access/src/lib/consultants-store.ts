import { computed, inject, Injectable, signal } from '@angular/core';
import type { ConsultantSummary } from '@bep/contracts';
import { ConsultantsApi } from '@bep/web/consultants/data-access';
import { Subscription } from 'rxjs';

interface ConsultantsState {
  items: ConsultantSummary[];
  loaded: boolean;
  loading: boolean;
  /** The error of the last load, for the page to explain (problemMessage); null when it succeeded. */
  error: unknown;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The Ocalia consultants (GET /api/consultants), for pickers and for showing a user's linked consultant. */
@Injectable({ providedIn: 'root' })
export class ConsultantsStore {
  readonly #api = inject(ConsultantsApi);
  readonly #state = signal<ConsultantsState>({ items: [], loaded: false, loading: false, error: null });
  #request?: Subscription;

  /** Sorted by name. */
  readonly items = computed(() => this.#state().items);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);
  readonly byId = computed(() => new Map(this.items().map((consultant) => [consultant.id, consultant])));

  /** Loads the list unless it is already there (`force` reloads it). */
  load(force = false): void {
    const { loaded, loading } = this.#state();
    if (!force && (loaded || loading)) {
      return;
    }
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#api.list().subscribe({
      next: (list) =>
        this.#state.set({
          items: [...list.items].sort((a, b) => collator.compare(a.name, b.name)),
          loaded: true,
          loading: false,
          error: null,
        }),
      error: (error: unknown) =>
        this.#state.update((state) => ({
          ...state,
          loading: false,
          error,
        })),
    });
  }
}
