import { computed, inject, Injectable, signal } from '@angular/core';
import type { ConsultantSummary, CreateConsultantRequest, UpdateConsultantRequest } from '@bep/contracts';
import { ConsultantsApi } from '@bep/web/consultants/data-access';
import { firstValueFrom, Subscription } from 'rxjs';

interface ConsultantsState {
  items: ConsultantSummary[];
  loaded: boolean;
  loading: boolean;
  /** The error of the last load, for the page to explain (problemMessage); null when it succeeded. */
  error: unknown;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function byName(a: ConsultantSummary, b: ConsultantSummary): number {
  return collator.compare(a.name, b.name);
}

/**
 * The Ocalia consultants (GET/POST/PATCH /api/consultants): their records in the administration,
 * the pickers, and the linked consultant of a user.
 */
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
          items: [...list.items].sort(byName),
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

  /** Creates a record. Rejects with the HttpErrorResponse (409: the e-mail is taken). */
  async create(request: CreateConsultantRequest): Promise<ConsultantSummary> {
    const created = await firstValueFrom(this.#api.create(request));
    this.#state.update((state) => ({ ...state, items: [...state.items, created].sort(byName) }));
    return created;
  }

  /** Changes a record. Rejects with the HttpErrorResponse. */
  async update(id: string, patch: UpdateConsultantRequest): Promise<ConsultantSummary> {
    const updated = await firstValueFrom(this.#api.update(id, patch));
    this.#state.update((state) => ({ ...state, items: state.items.map((item) => (item.id === id ? updated : item)).sort(byName) }));
    return updated;
  }
}
