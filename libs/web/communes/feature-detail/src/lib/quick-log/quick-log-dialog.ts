import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { Activity } from '@bep/contracts';
import { ActivitiesApi } from '@bep/web/engagements/data-access';
import { apiFailure, type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { OUTCOME_MAX_LENGTH } from '../activity-form/activity-form';
import { activityRequest } from '../activity-form/activity-request';
import { CALL_OUTCOMES, quickLogOutcome, type CallOutcome, type QuickLogType } from './quick-log-outcome';

export interface QuickLogData {
  engagementId: string;
  /** The commune's name, in the title and the message. */
  commune: string;
  type: QuickLogType;
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/**
 * Logs a call, a note or a meeting that just happened, in as few taps as a phone allows: the
 * type and "now" are given, a call's outcome is one tap on a big toggle, the text is optional
 * except for a note (it is the note). It saves through the activities API like the full form
 * (activityRequest), says what happened in a snack bar and closes with the new activity.
 */
@Component({
  selector: 'bep-quick-log-dialog',
  imports: [
    FailureTextPipe,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './quick-log-dialog.html',
  styleUrl: './quick-log-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuickLogDialog {
  protected readonly data = inject<QuickLogData>(MAT_DIALOG_DATA);
  readonly #ref = inject<MatDialogRef<QuickLogDialog, Activity>>(MatDialogRef);
  readonly #activities = inject(ActivitiesApi);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly outcomes = CALL_OUTCOMES;
  protected readonly textMaxLength = OUTCOME_MAX_LENGTH;

  protected readonly form = inject(NonNullableFormBuilder).group({
    subject: [this.#transloco.translate(`activityType.${this.data.type}`), [notBlank, Validators.maxLength(200)]],
    outcome: [null as CallOutcome | null],
    // A note is its text; a call or a meeting may go without one.
    text: ['', this.data.type === 'note' ? [notBlank, Validators.maxLength(OUTCOME_MAX_LENGTH)] : [Validators.maxLength(OUTCOME_MAX_LENGTH)]],
  });

  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  protected async save(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { subject, outcome, text } = this.form.getRawValue();
    const outcomeLabel = outcome ? this.#transloco.translate(`quickLog.outcomes.${outcome}`) : null;
    const request = activityRequest({
      type: this.data.type,
      subject,
      when: '',
      duration: null,
      location: '',
      completed: true,
      outcome: quickLogOutcome(outcomeLabel, text),
      contactIds: [],
      consultantIds: [],
    });
    this.submitting.set(true);
    this.failure.set(null);
    try {
      const activity = await firstValueFrom(this.#activities.create(this.data.engagementId, request));
      const message = this.#transloco.translate(`quickLog.saved.${this.data.type}`, { commune: this.data.commune });
      this.#snackBar.open(outcomeLabel ? `${message} ${outcomeLabel}.` : message, undefined, { duration: 5000 });
      this.#ref.close(activity);
    } catch (error) {
      this.failure.set(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }
}
