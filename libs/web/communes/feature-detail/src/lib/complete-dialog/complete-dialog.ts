import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';

export interface CompleteDialogData {
  subject: string;
}

/** The API's limit on an outcome (createActivityRequestSchema). */
const OUTCOME_MAX_LENGTH = 4000;

/** Marks a planned activity as done, with what came of it. Closes with the outcome (null when left empty). */
@Component({
  selector: 'bep-complete-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'commune.completeDialog.title' | transloco: { subject: data.subject } }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <mat-form-field class="outcome">
          <mat-label>{{ 'commune.completeDialog.outcome' | transloco }}</mat-label>
          <textarea matInput rows="4" [maxlength]="maxLength" formControlName="outcome"></textarea>
          <mat-hint>{{ 'commune.completeDialog.outcomeHint' | transloco }}</mat-hint>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'action.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'commune.completeDialog.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .outcome {
      width: 100%;
    }
  `,
})
export class CompleteDialog {
  protected readonly data = inject<CompleteDialogData>(MAT_DIALOG_DATA);
  readonly #dialogRef = inject<MatDialogRef<CompleteDialog, { outcome: string | null }>>(MatDialogRef);

  protected readonly maxLength = OUTCOME_MAX_LENGTH;
  protected readonly form = new FormGroup({
    outcome: new FormControl('', { nonNullable: true, validators: Validators.maxLength(OUTCOME_MAX_LENGTH) }),
  });

  protected confirm(): void {
    this.#dialogRef.close({ outcome: this.form.controls.outcome.value.trim() || null });
  }
}
