import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import type { CreditNoteRequest, InvoiceDetail } from '@bep/contracts';
import { BepMoneyPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { parseCents } from '@bep/web/shared/data-access';
import { invoiceFailureText } from '../shared/invoice-failure';

export interface CreditNoteDialogData {
  invoice: InvoiceDetail;
  /** Issues the credit note; rejects with the HTTP error, which the dialog words without closing. */
  credit(request: CreditNoteRequest): Promise<InvoiceDetail>;
}

function positiveAmount(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value) return null;
  const cents = parseCents(control.value);
  return cents === null || cents === 0 ? { amount: true } : null;
}

/**
 * "Note de crédit": all that is still owed, or a net amount, with the reason the credit note
 * prints (required). Closes with the credit note once issued.
 */
@Component({
  selector: 'bep-credit-note-dialog',
  imports: [BepMoneyPipe, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatRadioModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'invoices.credit.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'invoices.credit.intro' | transloco: { number: data.invoice.number, outstanding: (data.invoice.outstandingCents | bepMoney) } }}</p>
        @if (error(); as message) {
          <p class="bep-form-error" role="alert">{{ message }}</p>
        }
        <p id="credit-scope-label" class="label">{{ 'invoices.credit.scope' | transloco }}</p>
        <mat-radio-group formControlName="scope" aria-labelledby="credit-scope-label" class="scope">
          <mat-radio-button value="whole">{{ 'invoices.credit.whole' | transloco }}</mat-radio-button>
          <mat-radio-button value="partial">{{ 'invoices.credit.partial' | transloco }}</mat-radio-button>
        </mat-radio-group>
        @if (scope() === 'partial') {
          <mat-form-field>
            <mat-label>{{ 'invoices.credit.amount' | transloco }}</mat-label>
            <input matInput formControlName="amount" inputmode="decimal" required />
            @if (form.controls.amount.invalid) {
              <mat-error>{{ (form.controls.amount.hasError('required') ? 'invoices.lines.required' : 'invoices.lines.amount') | transloco }}</mat-error>
            }
          </mat-form-field>
        }
        <mat-form-field>
          <mat-label>{{ 'invoices.credit.reason' | transloco }}</mat-label>
          <textarea matInput formControlName="reason" required maxlength="1000" rows="3"></textarea>
          <mat-hint>{{ 'invoices.credit.reasonHint' | transloco }}</mat-hint>
          @if (form.controls.reason.invalid) {
            <mat-error>{{ 'invoices.lines.required' | transloco }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'action.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'invoices.credit.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field {
      display: block;
    }
    .label {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    .scope {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreditNoteDialog {
  protected readonly data = inject<CreditNoteDialogData>(MAT_DIALOG_DATA);
  readonly #dialog = inject(MatDialogRef<CreditNoteDialog, InvoiceDetail>);
  readonly #transloco = inject(TranslocoService);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    scope: ['whole' as 'whole' | 'partial'],
    amount: ['', positiveAmount],
    reason: ['', [Validators.required, Validators.pattern(/\S/)]],
  });
  protected readonly scope = toSignal(this.form.controls.scope.valueChanges, { initialValue: this.form.controls.scope.value });

  protected async submit(): Promise<void> {
    const { scope, amount, reason } = this.form.getRawValue();
    const amountCents = scope === 'partial' ? parseCents(amount) : null;
    if (scope === 'partial' && !amount) this.form.controls.amount.setErrors({ required: true });
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const request: CreditNoteRequest = { reason: reason.trim(), ...(amountCents ? { amountCents } : {}) };
    this.busy.set(true);
    this.error.set(null);
    try {
      this.#dialog.close(await this.data.credit(request));
    } catch (error) {
      this.error.set(invoiceFailureText('creditFailed', error, this.#transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
