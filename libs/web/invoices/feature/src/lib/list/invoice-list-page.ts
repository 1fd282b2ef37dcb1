import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Invoice } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { INVOICE_PAGE_SIZES, InvoicesStore, isInvoiceListFiltered, type InvoiceFilters } from '@bep/web/invoices/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDatePipe, BepMoneyPipe, BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { compactLayout } from '@bep/web/ui';
import { TranslatedPaginatorIntl } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { BatchExport } from '../batch-export/batch-export';
import { InvoiceStatusChip } from '../shared/invoice-status-chip';
import { DraftFailuresAlert } from './draft-failures-alert';
import { InvoiceFiltersForm, type ChosenInvoiceFilters } from './invoice-filters-form';
import { filtersFromQuery, queryFromFilters } from './invoice-query';
import { InvoiceTotals } from './invoice-totals';

/**
 * /factures: the invoices and credit notes, filtered through the URL, one page at a time, with the
 * totals of all the filters match and the CSV of the same documents; finance also sees the drafts
 * the billing job could not make, and starts a draft by hand.
 */
@Component({
  selector: 'bep-invoice-list-page',
  imports: [
    BatchExport,
    BepDatePipe,
    BepMoneyPipe,
    BepNumberPipe,
    BepPluralPipe,
    DraftFailuresAlert,
    FailureTextPipe,
    InvoiceFiltersForm,
    InvoiceStatusChip,
    InvoiceTotals,
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './invoice-list-page.html',
  styleUrl: './invoice-list-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceListPage {
  protected readonly store = inject(InvoicesStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #auth = inject(AuthStore);

  /** Finance writes invoices; managers read them (the API refuses the others' changes too). */
  protected readonly finance = computed(() => this.#auth.roles().includes('finance'));
  protected readonly columns = ['number', 'commune', 'service', 'issueDate', 'dueDate', 'status', 'gross', 'outstanding'];
  protected readonly pageSizes = [...INVOICE_PAGE_SIZES];
  protected readonly compact = compactLayout();
  protected readonly filters = toSignal(this.#route.queryParamMap.pipe(map(filtersFromQuery)), { requireSync: true });
  protected readonly chosen = computed<ChosenInvoiceFilters>(() => {
    const { status, kind, communeNis, campaignId, from, to } = this.filters();
    return { status, kind, communeNis, campaignId, from, to };
  });
  protected readonly filtered = computed(() => isInvoiceListFiltered(this.filters()));
  protected readonly csvUrl = computed(() => this.store.csvExportUrl(this.filters()));
  protected readonly trackById = (_: number, invoice: Invoice) => invoice.id;

  constructor() {
    this.#route.queryParamMap.pipe(map(filtersFromQuery), takeUntilDestroyed()).subscribe((filters) => this.store.load(filters));
    if (this.finance()) this.store.loadDraftFailures();
  }

  protected applyFilters(filters: ChosenInvoiceFilters): void {
    this.#navigate({ ...filters, pageIndex: 0, pageSize: this.filters().pageSize });
  }

  protected onPage(event: PageEvent): void {
    const pageIndex = event.pageSize === this.filters().pageSize ? event.pageIndex : 0;
    this.#navigate({ ...this.filters(), pageIndex, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.store.reload();
  }

  #navigate(filters: InvoiceFilters): void {
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: queryFromFilters(filters) });
  }
}
