import { computed, inject, Injectable, signal } from '@angular/core';
import type { ConsultantSummary } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { CommunesApi } from '@bep/web/communes/data-access';
import { ConsultantsApi } from '@bep/web/consultants/data-access';

interface OptionsState {
  arrondissements: string[];
  consultants: ConsultantSummary[];
  /** One of the lists could not be read: the filter still works from the URL, without its choices. */
  failed: boolean;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/**
 * The choices of the board's filters, read from the data rather than written in the code: the
 * arrondissements of the reference data (which GET /api/communes lists beside any page), and the
 * consultants (GET /api/consultants) for the roles that may read them (managers, administrators).
 */
@Injectable()
export class BoardFilterOptions {
  readonly #communes = inject(CommunesApi);
  readonly #consultants = inject(ConsultantsApi);
  readonly #auth = inject(AuthStore);
  readonly #state = signal<OptionsState>({ arrondissements: [], consultants: [], failed: false });

  readonly arrondissements = computed(() => this.#state().arrondissements);
  readonly consultants = computed(() => this.#state().consultants);
  readonly failed = computed(() => this.#state().failed);
  /** Whether the user may pick any consultant; the others (consultants) filter on themselves. */
  readonly mayPickConsultant = computed(() => this.#auth.hasAnyRole('manager', 'admin'));

  load(): void {
    const failed = () => this.#state.update((state) => ({ ...state, failed: true }));
    // One row is enough: the arrondissements come with every page, whatever its size.
    this.#communes.list({ limit: 1 }).subscribe({
      next: (list) => this.#state.update((state) => ({ ...state, arrondissements: list.arrondissements })),
      error: failed,
    });
    if (this.mayPickConsultant()) {
      this.#consultants.list().subscribe({
        next: (list) =>
          this.#state.update((state) => ({ ...state, consultants: [...list.items].sort((a, b) => collator.compare(a.name, b.name)) })),
        error: failed,
      });
    }
  }
}
