import { computed, inject, Injectable, signal } from '@angular/core';
import type { AuditPage, AuditQuery } from '@bep/contracts';
import { brusselsStartOfDay, nextDay, toBrusselsIso } from '@bep/domain';
import { Subscription } from 'rxjs';
import { AuditApi } from './audit-api';

/** What the audit log page asks for: filters as the user states them, and the page of the table. */
export interface AuditFilters {
  entityType: string | null;
  action: string | null;
  /** The commune the entries' records belong to (NIS code). */
  communeNis: string | null;
  /** The user who acted. */
  actorId: string | null;
  /** First Belgian calendar day included, `YYYY-MM-DD`. */
  from: string | null;
  /** Last Belgian calendar day included, `YYYY-MM-DD`. */
  to: string | null;
  /** 0-based. */
  pageIndex: number;
  pageSize: number;
}

export const AUDIT_PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_AUDIT_PAGE_SIZE = 25;

export const NO_AUDIT_FILTERS: AuditFilters = {
  entityType: null,
  action: null,
  communeNis: null,
  actorId: null,
  from: null,
  to: null,
  pageIndex: 0,
  pageSize: DEFAULT_AUDIT_PAGE_SIZE,
};

/**
 * The query of GET /api/audit for `filters`: the days become instants in Belgian time, `to`
 * exclusive (the API keeps entries before it), so the last day is included whole.
 */
export function auditQueryParams(filters: AuditFilters): Partial<AuditQuery> {
  const query: Partial<AuditQuery> = {};
  if (filters.entityType) {
    query.entityType = filters.entityType;
  }
  if (filters.action) {
    query.action = filters.action;
  }
  if (filters.communeNis) {
    query.communeNis = filters.communeNis;
  }
  if (filters.actorId) {
    query.actorId = filters.actorId;
  }
  const from = filters.from ? brusselsStartOfDay(filters.from) : null;
  if (from) {
    query.from = toBrusselsIso(from);
  }
  const dayAfter = filters.to ? nextDay(filters.to) : null;
  const to = dayAfter ? brusselsStartOfDay(dayAfter) : null;
  if (to) {
    query.to = toBrusselsIso(to);
  }
  query.limit = filters.pageSize;
  query.offset = filters.pageIndex * filters.pageSize;
  return query;
}

interface AuditState {
  page: AuditPage | null;
  loading: boolean;
  /** The error of the last load, for the page to explain (problemMessage); null when it succeeded. */
  error: unknown;
}

/** One page of the audit log (GET /api/audit), newest first. */
@Injectable({ providedIn: 'root' })
export class AuditStore {
  readonly #api = inject(AuditApi);
  readonly #state = signal<AuditState>({ page: null, loading: false, error: null });
  #request?: Subscription;

  readonly items = computed(() => this.#state().page?.items ?? []);
  readonly total = computed(() => this.#state().page?.total ?? 0);
  readonly loading = computed(() => this.#state().loading);
  readonly error = computed(() => this.#state().error);

  /** Loads the page for `filters`; an answer to an older request is dropped. */
  load(filters: AuditFilters): void {
    this.#request?.unsubscribe();
    this.#state.update((state) => ({ ...state, loading: true, error: null }));
    this.#request = this.#api.list(auditQueryParams(filters)).subscribe({
      next: (page) => this.#state.set({ page, loading: false, error: null }),
      error: (error: unknown) =>
        this.#state.update((state) => ({
          ...state,
          loading: false,
          error,
        })),
    });
  }
}
