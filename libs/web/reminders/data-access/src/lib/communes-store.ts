import { computed, inject, Injectable } from '@angular/core';
import type { CommuneList } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { RemindersApi } from './reminders-api';

/** A commune the filters offer. */
export interface CommuneOption {
  nis: string;
  name: string;
}

/** The programme's communes by name, read once, for the commune filter of the reminders and the outbox. */
@Injectable({ providedIn: 'root' })
export class ReminderCommunesStore {
  readonly #api = inject(RemindersApi);
  readonly #list = new Loadable<CommuneList>();

  readonly options = computed<CommuneOption[]>(() => (this.#list.value()?.items ?? []).map(({ nis, name }) => ({ nis, name })));
  readonly failure = this.#list.failure;

  /** Reads the communes unless they are there or on their way. */
  load(): void {
    if (!this.#list.loaded() && !this.#list.loading()) this.#list.load(this.#api.communes());
  }
}
