import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { ConsultantOffice, ConsultantSummary } from '@bep/contracts';
import { ConsultantsStore } from '@bep/web/admin/data-access';
import { httpStatusOf, problemFieldErrors, problemMessage } from '@bep/web/shared/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';

export interface ConsultantDialogData {
  /** The record to edit; absent: a new one. */
  consultant?: ConsultantSummary;
}

/** The contract's bounds, restated (zod stays out of the browser). */
const NAME_MAX_LENGTH = 200;
const MAX_WEEKLY_HOURS = 80;
const OFFICES: readonly ConsultantOffice[] = ['BE', 'FR'];

/**
 * Creates an Ocalia consultant record or edits one: name, e-mail, office, weekly capacity, and
 * whether it is active (an inactive consultant keeps their history but takes no new assignment).
 * Closes with the saved record, or nothing when cancelled.
 */
@Component({
  selector: 'bep-consultant-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './consultant-dialog.html',
  styleUrl: './consultant-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConsultantDialog {
  readonly #store = inject(ConsultantsStore);
  readonly #dialogRef = inject<MatDialogRef<ConsultantDialog, ConsultantSummary>>(MatDialogRef);
  readonly #transloco = inject(TranslocoService);

  protected readonly editing = inject<ConsultantDialogData>(MAT_DIALOG_DATA)?.consultant ?? null;
  protected readonly offices = OFFICES;
  protected readonly limits = { name: NAME_MAX_LENGTH, hours: MAX_WEEKLY_HOURS };

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    email: [this.editing?.email ?? '', [Validators.required, Validators.email, Validators.maxLength(320)]],
    office: [this.editing?.office ?? ('BE' as ConsultantOffice), Validators.required],
    weeklyCapacityHours: [this.editing?.weeklyCapacityHours ?? 32, [Validators.required, Validators.min(0), Validators.max(MAX_WEEKLY_HOURS), Validators.pattern(/^\d+$/)]],
    active: [this.editing?.active ?? true],
  });

  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  private readonly nameInput = viewChild<ElementRef<HTMLInputElement>>('nameInput');
  private readonly emailInput = viewChild<ElementRef<HTMLInputElement>>('emailInput');
  private readonly hoursInput = viewChild<ElementRef<HTMLInputElement>>('hoursInput');

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const { name, email, office, weeklyCapacityHours, active } = this.form.getRawValue();
    const record = { name: name.trim(), email: email.trim(), office, weeklyCapacityHours: Number(weeklyCapacityHours), active };
    this.submitting.set(true);
    this.error.set(null);
    try {
      const saved = this.editing ? await this.#store.update(this.editing.id, record) : await this.#store.create(record);
      this.#dialogRef.close(saved);
    } catch (error) {
      this.#showFailure(error);
    } finally {
      this.submitting.set(false);
    }
  }

  #showFailure(error: unknown): void {
    const controls: Record<string, AbstractControl> = this.form.controls;
    if (httpStatusOf(error) === 409) {
      this.form.controls.email.setErrors({ taken: true });
      this.emailInput()?.nativeElement.focus();
      return;
    }
    const fields = problemFieldErrors(error);
    const placed = Object.keys(fields).filter((path) => controls[path]);
    for (const path of placed) {
      controls[path]?.setErrors({ server: this.#transloco.translate('admin.consultantDialog.refused', { message: fields[path] }) });
      controls[path]?.markAsTouched();
    }
    const failed = this.#transloco.translate(this.editing ? 'admin.consultantDialog.updateFailed' : 'admin.consultantDialog.createFailed');
    this.error.set(placed.length ? this.#transloco.translate('admin.consultantDialog.refusedSeeFields') : problemMessage(error, failed, this.#transloco));
  }

  #focusFirstInvalid(): void {
    const { name, email, weeklyCapacityHours } = this.form.controls;
    const first = [
      [name, this.nameInput()],
      [email, this.emailInput()],
      [weeklyCapacityHours, this.hoursInput()],
    ].find(([control]) => (control as AbstractControl).invalid);
    (first?.[1] as ElementRef<HTMLInputElement> | undefined)?.nativeElement.focus();
  }
}
