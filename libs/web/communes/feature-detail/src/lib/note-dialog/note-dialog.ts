import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { Stage, TransitionKind } from '@bep/domain';
import { TranslocoPipe } from '@jsverse/transloco';

export interface NoteDialogData {
  to: Stage;
  /** The kind of move, to say why the rules want a note. */
  kind: TransitionKind;
}

/** The API's limit on a note (transitionRequestSchema); written out, as zod stays out of the bundle. */
const NOTE_MAX_LENGTH = 2000;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** Asks for the note a move needs. Closes with the note, trimmed, or with nothing when cancelled. */
@Component({
  selector: 'bep-note-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'commune.note.title' | transloco: { stage: ('stage.' + data.to | transloco) } }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p>{{ 'commune.note.why.' + data.kind | transloco }}</p>
        <mat-form-field class="note">
          <mat-label>{{ 'commune.note.label' | transloco }}</mat-label>
          <textarea matInput required rows="4" [maxlength]="maxLength" formControlName="note"></textarea>
          <mat-hint>{{ 'commune.note.hint' | transloco }}</mat-hint>
          <mat-error>{{ 'commune.note.required' | transloco }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'action.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ 'commune.note.confirm' | transloco }}</button>
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
export class NoteDialog {
  protected readonly data = inject<NoteDialogData>(MAT_DIALOG_DATA);
  readonly #dialogRef = inject<MatDialogRef<NoteDialog, string>>(MatDialogRef);

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
