import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogConfig, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { map, Observable } from 'rxjs';

/** The texts of the question, already in the interface language. */
export interface ConfirmDialogData {
  title: string;
  message: string;
  confirmLabel: string;
  /** Absent: "Annuler" (shared word `action.cancel`). */
  cancelLabel?: string;
  /** A destructive action: the confirm button takes the error colour. */
  destructive?: boolean;
}

/**
 * Asks the user to confirm an action. It closes with `true` only when confirmed; Escape, a click
 * outside and "Annuler" close it with false. The focus starts on "Annuler" (the first button), the safe choice.
 */
@Component({
  selector: 'bep-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">
        {{ data.cancelLabel ?? ('action.cancel' | transloco) }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    p {
      margin: 0;
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens a ConfirmDialog; emits true when the user confirmed, false otherwise. */
export function confirmAction(
  dialog: MatDialog,
  data: ConfirmDialogData,
  config: Omit<MatDialogConfig<ConfirmDialogData>, 'data'> = {},
): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { width: '28rem', maxWidth: '95vw', ...config, data })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
