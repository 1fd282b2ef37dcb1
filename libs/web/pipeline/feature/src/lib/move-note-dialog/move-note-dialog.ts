import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Stage, TransitionKind } from '@bep/domain';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, type Observable } from 'rxjs';

export interface MoveNoteDialogData {
  commune: string;
  to: Stage;
  /** Which kind of move it is, to say why a note is needed. */
  kind: TransitionKind;
}

/**
 * The API's limit on a note (transitionRequestSchema in @bep/contracts). Written out rather than read
 * from the schema, which would bring zod into the page's bundle.
 */
const NOTE_MAX_LENGTH = 2000;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/**
 * Asks for the note a move needs (skipping, going back, closing, reopening). Closes with the note,
 * trimmed, or with nothing when cancelled (Annuler, Escape, a click outside): then nothing moves.
 */
@Component({
  selector: 'bep-move-note-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{ 'pipeline.note.title' | transloco: { name: data.commune, stage: ('stage.' + data.to | transloco) } }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        <p>{{ 'pipeline.note.why.' + data.kind | transloco }}</p>
        <mat-form-field class="note">
          <mat-label>{{ 'pipeline.note.label' | transloco }}</mat-label>
          <textarea matInput required rows="4" [maxlength]="maxLength" formControlName="note"></textarea>
          <mat-hint>{{ 'pipeline.note.hint' | transloco }}</mat-hint>
          <mat-error>{{ 'pipeline.note.required' | transloco }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'action.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'pipeline.note.confirm' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    p {
      margin: 0 0 1rem;
    }
    .note {
      width: 100%;
    }
  `,
})
export class MoveNoteDialog {
  protected readonly data = inject<MoveNoteDialogData>(MAT_DIALOG_DATA);
  readonly #dialogRef = inject<MatDialogRef<MoveNoteDialog, string>>(MatDialogRef);

  protected readonly maxLength = NOTE_MAX_LENGTH;
  protected readonly form = new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(NOTE_MAX_LENGTH)] }),
  });

  protected confirm(): void {
    const { note } = this.form.controls;
    if (note.invalid) {
      note.markAsTouched();
      return;
    }
    this.#dialogRef.close(note.value.trim());
  }
}

/** Opens the note prompt; emits the note, or null when the user cancelled. */
export function askMoveNote(dialog: MatDialog, data: MoveNoteDialogData): Observable<string | null> {
  return dialog
    .open<MoveNoteDialog, MoveNoteDialogData, string>(MoveNoteDialog, { data, width: '32rem', maxWidth: '95vw' })
    .afterClosed()
    .pipe(map((note) => note ?? null));
}
