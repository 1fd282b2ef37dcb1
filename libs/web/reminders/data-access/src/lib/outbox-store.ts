import { computed, inject, Injectable } from '@angular/core';
import type { MailMessagePage, MailMessageQuery } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { RemindersApi } from './reminders-api';

/** What the "Boîte d'envoi" is filtered by, and the page shown. */
export interface OutboxFilters {
  /** The messages of the reminders about this commune (NIS code). */
  communeNis: string | null;
  /** 0-based. */
  pageIndex: number;
  pageSize: number;
}

/** The query of GET /api/mail-messages for `filters`. */
export function outboxQueryParams(filters: OutboxFilters): Partial<MailMessageQuery> {
  const query: Partial<MailMessageQuery> = {};
  if (filters.communeNis) query.communeNis = filters.communeNis;
  query.limit = filters.pageSize;
  query.offset = filters.pageIndex * filters.pageSize;
  return query;
}

/** One page of the "Boîte d'envoi" (GET /api/mail-messages), newest first: each message as its recipients got it. */
@Injectable({ providedIn: 'root' })
export class OutboxStore {
  readonly #api = inject(RemindersApi);
  readonly #page = new Loadable<MailMessagePage>();
  #filters: OutboxFilters | null = null;

  readonly items = computed(() => this.#page.value()?.items ?? []);
  readonly total = computed(() => this.#page.value()?.total ?? 0);
  readonly loading = this.#page.loading;
  readonly loaded = this.#page.loaded;
  readonly failure = this.#page.failure;

  load(filters: OutboxFilters): void {
    this.#filters = filters;
    this.#page.load(this.#api.messages(outboxQueryParams(filters)));
  }

  reload(): void {
    if (this.#filters) this.load(this.#filters);
  }
}
