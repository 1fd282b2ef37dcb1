import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogConfig, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, Observable } from 'rxjs';

/** The texts of the question, already in the interface language, and the rules of the answer. */
export interface TextPromptData {
  title: string;
  /** Why the question is asked, above the field. */
  message?: string;
  label: string;
  hint?: string;
  /** Said when the field is left blank; absent, the text is optional. */
  required?: string;
  /** The API's limit on the text: the field takes no more. */
  maxLength: number;
  /** Said when the text is longer than maxLength (typed through another way than the keyboard). */
  tooLong?: string;
  confirmLabel: string;
}

const notBlank: ValidatorFn = (control: AbstractControl<string>): ValidationErrors | null => (control.value.trim() ? null : { required: true });

/**
 * Asks for a text (a note, an outcome) in a textarea. Closes with the text, trimmed ('' when an
 * optional text is left blank), or with nothing when cancelled (Annuler, Escape, a click outside).
 */
@Component({
  selector: 'bep-text-prompt-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()">
      <mat-dialog-content>
        @if (data.message) {
          <p>{{ data.message }}</p>
        }
        <mat-form-field class="text">
          <mat-label>{{ data.label }}</mat-label>
          <textarea matInput rows="4" [required]="!!data.required" [maxlength]="data.maxLength" formControlName="text"></textarea>
          @if (data.hint) {
            <mat-hint>{{ data.hint }}</mat-hint>
          }
          @if (text.hasError('required')) {
            <mat-error>{{ data.required }}</mat-error>
          } @else if (text.hasError('maxlength')) {
            <mat-error>{{ data.tooLong }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">{{ 'action.cancel' | transloco }}</button>
        <button mat-flat-button type="submit">{{ data.confirmLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    p {
      margin: 0 0 1rem;
    }
    .text {
      width: 100%;
    }
  `,
})
export class TextPromptDialog {
  protected readonly data = inject<TextPromptData>(MAT_DIALOG_DATA);
  readonly #dialogRef = inject<MatDialogRef<TextPromptDialog, string>>(MatDialogRef);

  protected readonly text = new FormControl('', {
    nonNullable: true,
    validators: [...(this.data.required ? [notBlank] : []), Validators.maxLength(this.data.maxLength)],
  });
  protected readonly form = new FormGroup({ text: this.text });

  protected confirm(): void {
    if (this.text.invalid) {
      this.text.markAsTouched();
      return;
    }
    this.#dialogRef.close(this.text.value.trim());
  }
}

/** Opens a TextPromptDialog; emits the text, trimmed, or null when the user cancelled. */
export function promptText(
  dialog: MatDialog,
  data: TextPromptData,
  config: Omit<MatDialogConfig<TextPromptData>, 'data'> = {},
): Observable<string | null> {
  return dialog
    .open<TextPromptDialog, TextPromptData, string>(TextPromptDialog, { width: '32rem', maxWidth: '95vw', ...config, data })
    .afterClosed()
    .pipe(map((text) => text ?? null));
}
