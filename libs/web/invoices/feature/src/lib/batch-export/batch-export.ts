import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { InvoiceExport, InvoiceExportRequest } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { InvoiceExportsApi } from '@bep/web/invoices/data-access';
import { apiFailure, FailureTextPipe, type ApiFailure } from '@bep/web/shared/data-access';
import { BepDateTimePipe, BepNumberPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { switchMap, takeWhile, timer, type Subscription } from 'rxjs';
import { previousMonth } from './previous-month';

/** How often the progress is read while the worker builds the ZIP. */
export const POLL_MS = 1000;

type ExportableStatus = NonNullable<InvoiceExportRequest['status']>[number];
const STATUSES: readonly ExportableStatus[] = ['issued', 'paid', 'credited'];

function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string; to: string };
  return from && to && from > to ? { period: true } : null;
}

function isFinished(batch: InvoiceExport): boolean {
  return batch.status === 'done' || batch.status === 'failed';
}

/**
 * The batch export of the Factures page (finance): the ZIP of the PDF and the UBL of every issued
 * document of a period, with the accounting CSV. The worker builds it; this follows its progress
 * every second, then offers the download, or says why it failed.
 */
@Component({
  selector: 'bep-batch-export',
  imports: [BepDateTimePipe, BepNumberPipe, FailureTextPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './batch-export.html',
  styleUrl: './batch-export.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BatchExport {
  readonly #api = inject(InvoiceExportsApi);
  readonly #destroyRef = inject(DestroyRef);
  #following?: Subscription;

  protected readonly statuses = STATUSES;
  protected readonly errorId = 'batch-export-period-error';
  protected readonly form = inject(NonNullableFormBuilder).group(
    { ...previousMonth(brusselsDate(new Date())), statuses: [[] as ExportableStatus[]] },
    { validators: periodInOrder },
  );
  protected readonly periodError = signal(false);
  protected readonly sending = signal(false);
  /** The request or the reading of the progress that failed. */
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly current = signal<InvoiceExport | null>(null);
  protected readonly building = computed(() => {
    const status = this.current()?.status;
    return status === 'queued' || status === 'running';
  });
  protected readonly downloadUrl = computed(() => {
    const done = this.current();
    return done?.downloadable ? this.#api.downloadUrl(done.id) : null;
  });

  protected submit(): void {
    this.periodError.set(this.form.hasError('period'));
    if (this.form.invalid || this.sending() || this.building()) return;
    const { from, to, statuses } = this.form.getRawValue();
    this.sending.set(true);
    this.failure.set(null);
    this.#api.request({ from, to, ...(statuses.length ? { status: statuses } : {}) }).subscribe({
      next: (queued) => {
        this.sending.set(false);
        this.#follow(queued);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(apiFailure(error));
      },
    });
  }

  /** Reads the progress again after a failed reading. */
  protected resume(): void {
    const batch = this.current();
    if (batch) this.#follow(batch);
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
        error: (error: unknown) => this.failure.set(apiFailure(error)),
      });
  }
}
