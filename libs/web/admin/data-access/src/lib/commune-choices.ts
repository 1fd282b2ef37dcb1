import { computed, inject, Injectable, signal } from '@angular/core';
import { CommunesApi } from '@bep/web/communes/data-access';

export interface CommuneChoice {
  nis: string;
  name: string;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The 38 communes by name, for filters that name a commune (the audit log's); loaded once. */
@Injectable({ providedIn: 'root' })
export class CommuneChoices {
  readonly #api = inject(CommunesApi);
  readonly #items = signal<CommuneChoice[] | null>(null);

  readonly items = computed(() => this.#items() ?? []);
  readonly byNis = computed(() => new Map(this.items().map((commune) => [commune.nis, commune])));

  load(): void {
    if (this.#items() !== null) {
      return;
    }
    this.#items.set([]);
    this.#api.list({ limit: 100 }).subscribe({
      next: (list) => this.#items.set(list.items.map(({ nis, name }) => ({ nis, name })).sort((a, b) => collator.compare(a.name, b.name))),
      // The filter then offers no commune; the log itself still loads and says its own errors.
      error: () => this.#items.set(null),
    });
  }
}
