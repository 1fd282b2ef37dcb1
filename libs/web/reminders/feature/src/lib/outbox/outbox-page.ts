import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import type { MailMessage } from '@bep/contracts';
import { NO_REMINDER_FILTERS, OutboxStore, REMINDER_PAGE_SIZES, type OutboxFilters } from '@bep/web/reminders/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDateTimePipe, BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { TranslatedPaginatorIntl } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { ReminderFiltersForm, type ChosenFilters } from '../filters/reminder-filters-form';
import { outboxFiltersFromQuery, queryFromFilters } from '../filters/reminder-query';
import { compactLayout } from '@bep/web/ui';
import { openMailMessage } from './mail-message-dialog';

type Column = 'sentAt' | 'to' | 'subject' | 'transport' | 'open';

/** /rappels/boite-d-envoi: every e-mail as it left, newest first; one opens as its recipients see it. */
@Component({
  selector: 'bep-outbox-page',
  imports: [
    BepDateTimePipe,
    BepNumberPipe,
    BepPluralPipe,
    FailureTextPipe,
    MatButtonModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatTableModule,
    ReminderFiltersForm,
    TranslocoPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './outbox-page.html',
  styleUrls: ['../layout/reminder-tab.css', './outbox-page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OutboxPage {
  protected readonly store = inject(OutboxStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #dialog = inject(MatDialog);

  protected readonly columns: Column[] = ['sentAt', 'to', 'subject', 'transport', 'open'];
  protected readonly pageSizes = [...REMINDER_PAGE_SIZES];
  protected readonly filters = toSignal(this.#route.queryParamMap.pipe(map(outboxFiltersFromQuery)), { requireSync: true });
  protected readonly chosen = toSignal(
    this.#route.queryParamMap.pipe(map((query): ChosenFilters => ({ rule: null, from: null, to: null, communeNis: outboxFiltersFromQuery(query).communeNis }))),
    { requireSync: true },
  );
  protected readonly compact = compactLayout();
  protected readonly trackById = (_index: number, message: MailMessage) => message.id;

  constructor() {
    this.#route.queryParamMap.pipe(map(outboxFiltersFromQuery), takeUntilDestroyed()).subscribe((filters) => this.store.load(filters));
  }

  protected applyFilters(chosen: ChosenFilters): void {
    this.#navigate({ communeNis: chosen.communeNis, pageIndex: 0, pageSize: this.filters().pageSize });
  }

  protected onPage(event: PageEvent): void {
    const pageIndex = event.pageSize === this.filters().pageSize ? event.pageIndex : 0;
    this.#navigate({ ...this.filters(), pageIndex, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.store.reload();
  }

  protected open(message: MailMessage): void {
    openMailMessage(this.#dialog, message);
  }

  #navigate(filters: OutboxFilters): void {
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: queryFromFilters({ ...NO_REMINDER_FILTERS, ...filters }) });
  }
}
