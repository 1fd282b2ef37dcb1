import { booleanAttribute, ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { InvoiceExport, InvoiceExportRequest } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { InvoiceExportsApi } from '@bep/web/invoices/data-access';
import { apiFailure, FailureTextPipe, type ApiFailure } from '@bep/web/shared/data-access';
import { BepDateTimePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { BelgianDateField } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';
import { switchMap, takeWhile, timer, type Subscription } from 'rxjs';
import { previousMonth } from './previous-month';

/** How often the progress is read while the worker builds the ZIP. */
export const POLL_MS = 1000;

const REQUEST_FAILED = 'invoices.batchExport.requestFailed';

type ExportableStatus = NonNullable<InvoiceExportRequest['status']>[number];
const STATUSES: readonly ExportableStatus[] = ['issued', 'paid', 'credited'];

function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string | null; to: string | null };
  return from && to && from > to ? { period: true } : null;
}

function isFinished(batch: InvoiceExport): boolean {
  return batch.status === 'done' || batch.status === 'failed';
}

interface Failure {
  problem: ApiFailure;
  /** Translation key of what could not be done, said before the API's words (if the API's words need it). */
  lead: string | null;
  /** Translation key of the words shown when the API gives none. */
  fallback: string;
  retry: (() => void) | null;
}

/**
 * What the page shows on opening, from the recent exports (newest first): the newest one still
 * being built, whose progress it follows again, or else the newest ZIP that can still be downloaded.
 */
export function exportToShow(recent: readonly InvoiceExport[]): InvoiceExport | null {
  return recent.find((batch) => !isFinished(batch)) ?? recent.find((batch) => batch.downloadable) ?? null;
}

/**
 * The batch export of the Factures page: the ZIP of the PDF and the UBL of every issued document of
 * a period, with the accounting CSV. Finance asks for it; the worker builds it; this follows its
 * progress every second, then offers the download, or says why it failed. The ZIP outlives the
 * page, so on opening the page picks up the recent exports again: leaving while the worker builds
 * one loses neither its progress nor its link. Managers (`readOnly`) download what finance made.
 */
@Component({
  selector: 'bep-batch-export',
  imports: [BelgianDateField, BepDateTimePipe, BepNumberPipe, FailureTextPipe, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './batch-export.html',
  styleUrl: './batch-export.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchExport implements OnInit {
  /** Managers read invoices but do not ask for exports (the API refuses them too): no form. */
  readonly readOnly = input(false, { transform: booleanAttribute });

  readonly #api = inject(InvoiceExportsApi);
  readonly #destroyRef = inject(DestroyRef);
  #following?: Subscription;

  protected readonly statuses = STATUSES;
  protected readonly errorId = 'batch-export-period-error';
  readonly #fb = inject(NonNullableFormBuilder);
  readonly #period = previousMonth(brusselsDate(new Date()));
  protected readonly form = this.#fb.group(
    {
      from: this.#fb.control<string | null>(this.#period.from, Validators.required),
      to: this.#fb.control<string | null>(this.#period.to, Validators.required),
      statuses: [[] as ExportableStatus[]],
    },
    { validators: periodInOrder },
  );
  protected readonly periodError = signal(false);
  protected readonly sending = signal(false);
  /** The request or the reading that failed, in words, and what "retry" does again (if anything). */
  protected readonly failure = signal<Failure | null>(null);
  /** Until the recent exports are known, "no recent export" would be premature. */
  protected readonly loaded = signal(false);
  protected readonly current = signal<InvoiceExport | null>(null);
  protected readonly building = computed(() => {
    const status = this.current()?.status;
    return status === 'queued' || status === 'running';
  });
  protected readonly downloadUrl = computed(() => {
    const done = this.current();
    return done?.downloadable ? this.#api.downloadUrl(done.id) : null;
  });

  ngOnInit(): void {
    this.#loadRecent();
  }

  protected submit(): void {
    this.periodError.set(this.form.hasError('period'));
    const { from, to, statuses } = this.form.getRawValue();
    if (this.form.invalid || !from || !to || this.sending() || this.building()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.#api.request({ from, to, ...(statuses.length ? { status: statuses } : {}) }).subscribe({
      next: (queued) => {
        this.sending.set(false);
        this.#follow(queued);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        // No retry button: the form is still there, and a refusal (a period too long) needs a change first.
        this.failure.set({ problem: apiFailure(error), lead: null, fallback: REQUEST_FAILED, retry: null });
      },
    });
  }

  #loadRecent(): void {
    this.failure.set(null);
    this.#api
      .recent()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: ({ items }) => {
          this.loaded.set(true);
          const shown = exportToShow(items);
          // An export finance started meanwhile is the one to follow, not an older one.
          if (shown && !this.current()) this.#follow(shown);
        },
        error: (error: unknown) => {
          if (!this.current()) this.failure.set({ problem: apiFailure(error), lead: 'invoices.batchExport.cannotLoad', fallback: 'invoices.batchExport.loadFailed', retry: () => this.#loadRecent() });
        },
      });
  }

  #follow(batch: InvoiceExport): void {
    this.current.set(batch);
    this.failure.set(null);
    this.#following?.unsubscribe();
    if (isFinished(batch)) return;
    this.#following = timer(POLL_MS, POLL_MS)
      .pipe(
        switchMap(() => this.#api.progress(batch.id)),
        takeWhile((progress) => !isFinished(progress), true),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe({
        next: (progress) => this.current.set(progress),
        // A reading that fails stops the polling rather than repeating the failure every second.
        error: (error: unknown) => this.failure.set({ problem: apiFailure(error), lead: null, fallback: REQUEST_FAILED, retry: () => this.#follow(this.current() ?? batch) }),
      });
  }
}
