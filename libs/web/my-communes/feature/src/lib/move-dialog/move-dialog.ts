import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Stage } from '@bep/domain';
import { TranslocoPipe } from '@jsverse/transloco';

export interface MoveDialogData {
  commune: string;
  from: Stage;
  to: Stage;
}

/** What the consultant confirmed: the move, with the note they may have written. */
export interface MoveConfirmation {
  note: string;
}

/** The API keeps at most 2 000 characters of a move's note. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * Confirms a quick move to the next stage (a move has consequences: reminders, billing), with an
 * optional note for the engagement's history. Closes with the confirmation, or nothing when cancelled.
 */
@Component({
  selector: 'bep-move-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './move-dialog.html',
  styles: `
    mat-form-field {
      width: 100%;
    }
    p {
      margin: 0 0 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  readonly #dialogRef = inject<MatDialogRef<MoveDialog, MoveConfirmation>>(MatDialogRef);
  protected readonly noteMaxLength = NOTE_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({ note: ['', Validators.maxLength(NOTE_MAX_LENGTH)] });

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.#dialogRef.close({ note: this.form.controls.note.value.trim() });
  }
}
