import { computed, inject, Injectable } from '@angular/core';
import type { InvoiceDraftFailureList, InvoicePage } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { invoiceFilterQuery, invoiceQueryParams, NO_INVOICE_FILTERS, type InvoiceFilters } from './invoice-filters';
import { InvoicesApi } from './invoices-api';

/**
 * The Factures list (GET /api/invoices): the page shown under the filters, the totals of all the
 * filters match, the CSV export of the same documents, and the drafts the billing job could not make.
 */
@Injectable({ providedIn: 'root' })
export class InvoicesStore {
  readonly #api = inject(InvoicesApi);
  readonly #page = new Loadable<InvoicePage>();
  readonly #draftFailures = new Loadable<InvoiceDraftFailureList>();
  #filters: InvoiceFilters | null = null;

  readonly items = computed(() => this.#page.value()?.items ?? []);
  readonly total = computed(() => this.#page.value()?.total ?? 0);
  readonly totals = computed(() => this.#page.value()?.totals ?? null);
  readonly loading = this.#page.loading;
  readonly loaded = this.#page.loaded;
  readonly failure = this.#page.failure;
  /** The drafts the billing job could not make yet; none while unknown (its failure to load is not the list's). */
  readonly draftFailures = computed(() => this.#draftFailures.value()?.items ?? []);

  /** Loads the page of the list under `filters`; an answer to an older request is dropped. */
  load(filters: InvoiceFilters): void {
    this.#filters = filters;
    this.#page.load(this.#api.list(invoiceQueryParams(filters)));
  }

  /** Loads the page shown again (to retry, or to see what others did). */
  reload(): void {
    if (this.#filters) this.load(this.#filters);
  }

  /** Reads the pipeline's failed drafts again (on each visit: the job retries them meanwhile). */
  loadDraftFailures(): void {
    this.#draftFailures.load(this.#api.draftFailures());
  }

  /** The CSV of every document `filters` match (every page), for the accounting software. */
  csvExportUrl(filters: InvoiceFilters = this.#filters ?? NO_INVOICE_FILTERS): string {
    return this.#api.csvExportUrl(invoiceFilterQuery(filters));
  }
}
