import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router } from '@angular/router';
import type { AuditEntry } from '@bep/contracts';
import { AUDIT_PAGE_SIZES, AuditFilters, AuditStore, UsersStore } from '@bep/web/admin/data-access';
import { CommunesApi } from '@bep/web/communes/data-access';
import { ProblemMessagePipe } from '@bep/web/shared/data-access';
import { BepDateTimePipe, BepNumberPipe, BepPluralPipe } from '@bep/web/shared/i18n';
import { compactLayout } from '@bep/web/ui';
import { BelgianDateField, CommuneField, communesByNis, TranslatedPaginatorIntl } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { map } from 'rxjs';
import { AuditEntryDialog } from '../audit-entry-dialog/audit-entry-dialog';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AuditLabelPipe } from '../audit-labels';
import { AuditSentencePipe } from '../audit-wording/audit-sentence.pipe';
import { filtersFromQuery, queryFromFilters } from './audit-filters';

type Column = 'occurredAt' | 'actor' | 'summary' | 'details';

/**
 * The values a filter offers: the known ones in their order (who signs in, then what changes),
 * then any other one in use (a newer server may record more), whatever the interface language.
 */
function options(known: readonly string[], inUse: (string | null)[]): string[] {
  const others = inUse.filter((value): value is string => !!value && !known.includes(value));
  return [...known, ...[...new Set(others)].sort()];
}

function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  return from && to && from > to ? { period: true } : null;
}

/**
 * /administration/journal: who changed what and when, each entry in a sentence naming its commune
 * and record, filtered by commune, person, period, kind and action through the URL, one page at a time.
 */
@Component({
  selector: 'bep-audit-page',
  imports: [
    AuditLabelPipe,
    AuditSentencePipe,
    BelgianDateField,
    BepDateTimePipe,
    BepNumberPipe,
    BepPluralPipe,
    CommuneField,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    NgTemplateOutlet,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  templateUrl: './audit-page.html',
  styleUrl: './audit-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  protected readonly store = inject(AuditStore);
  readonly #communesApi = inject(CommunesApi);
  /** Every commune of the reference data, the programme's or not: the log names them all. */
  protected readonly communes = communesByNis((query) => this.#communesApi.list(query));
  protected readonly users = inject(UsersStore);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #dialog = inject(MatDialog);

  /** A phone: the entries as cards rather than a table. */
  protected readonly compact = compactLayout();
  protected readonly columns: Column[] = ['occurredAt', 'actor', 'summary', 'details'];
  protected readonly pageSizes = [...AUDIT_PAGE_SIZES];

  /** The filters and page in force: those of the URL. */
  protected readonly filters = toSignal(this.#route.queryParamMap.pipe(map(filtersFromQuery)), {
    requireSync: true,
  });

  protected readonly form = inject(NonNullableFormBuilder).group(
    { communeNis: '', actorId: '', entityType: '', action: '', from: '', to: '' },
    { validators: periodInOrder },
  );
  protected readonly submitted = signal(false);

  protected readonly entityTypeOptions = computed(() =>
    options(AUDIT_ENTITY_TYPES, [this.filters().entityType, ...this.store.items().map((entry) => entry.entityType)]),
  );
  protected readonly actionOptions = computed(() =>
    options(AUDIT_ACTIONS, [this.filters().action, ...this.store.items().map((entry) => entry.action)]),
  );
  protected readonly filtered = computed(() => {
    const { communeNis, actorId, entityType, action, from, to } = this.filters();
    return !!(communeNis || actorId || entityType || action || from || to);
  });

  protected readonly trackById = (_index: number, entry: AuditEntry) => entry.id;

  constructor() {
    this.users.load();
    this.#route.queryParamMap.pipe(map(filtersFromQuery), takeUntilDestroyed()).subscribe((filters) => {
      this.form.reset({
        communeNis: filters.communeNis ?? '',
        actorId: filters.actorId ?? '',
        entityType: filters.entityType ?? '',
        action: filters.action ?? '',
        from: filters.from ?? '',
        to: filters.to ?? '',
      });
      this.submitted.set(false);
      this.store.load(filters);
    });
  }

  /** Applies the form's filters from the first page on. */
  protected apply(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      return;
    }
    const { communeNis, actorId, entityType, action, from, to } = this.form.getRawValue();
    this.#navigate({
      ...this.filters(),
      communeNis: communeNis || null,
      actorId: actorId || null,
      entityType: entityType || null,
      action: action || null,
      from: from || null,
      to: to || null,
      pageIndex: 0,
    });
  }

  protected clear(): void {
    this.#navigate({ ...this.filters(), communeNis: null, actorId: null, entityType: null, action: null, from: null, to: null, pageIndex: 0 });
  }

  protected onPage(event: PageEvent): void {
    const pageIndex = event.pageSize === this.filters().pageSize ? event.pageIndex : 0;
    this.#navigate({ ...this.filters(), pageIndex, pageSize: event.pageSize });
  }

  protected reload(): void {
    this.store.load(this.filters());
  }

  protected open(entry: AuditEntry): void {
    this.#dialog.open(AuditEntryDialog, { data: entry, width: '48rem', maxWidth: '95vw' });
  }

  #navigate(filters: AuditFilters): void {
    void this.#router.navigate([], { relativeTo: this.#route, queryParams: queryFromFilters(filters) });
  }
}
