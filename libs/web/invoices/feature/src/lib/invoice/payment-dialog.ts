import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { InvoiceDetail, RecordPaymentRequest } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { BepMoneyPipe } from '@bep/web/shared/i18n';
import { BelgianDateField } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { formatScaled, parseCents } from '@bep/web/shared/data-access';
import { invoiceFailureText } from '../shared/invoice-failure';

export interface PaymentDialogData {
  invoice: InvoiceDetail;
  /** Records the payment; rejects with the HTTP error, which the dialog words without closing. */
  record(request: RecordPaymentRequest): Promise<InvoiceDetail>;
}

function amountWithin(max: number) {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (!control.value) return null;
    const cents = parseCents(control.value);
    if (cents === null || cents === 0) return { amount: true };
    return cents > max ? { tooMuch: true } : null;
  };
}

/**
 * "Enregistrer un paiement": the date (today by default, never later), the amount (what is still
 * owed by default, never more) and the bank reference. Closes with the invoice once recorded.
 */
@Component({
  selector: 'bep-payment-dialog',
  imports: [BelgianDateField, BepMoneyPipe, MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslocoPipe],
  template: `
    <h2 mat-dialog-title>{{ 'invoices.payment.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        <p>{{ 'invoices.payment.intro' | transloco: { number: data.invoice.number, outstanding: (data.invoice.outstandingCents | bepMoney) } }}</p>
        @if (error(); as message) {
          <p class="bep-form-error" role="alert">{{ message }}</p>
        }
        <bep-date-field formControlName="paidOn" required [max]="today" [label]="'invoices.payment.paidOn' | transloco" [error]="paidOnError() | transloco" />
        <mat-form-field>
          <mat-label>{{ 'invoices.payment.amount' | transloco }}</mat-label>
          <input matInput formControlName="amount" inputmode="decimal" required />
          <mat-hint>{{ 'invoices.payment.amountHint' | transloco: { outstanding: (data.invoice.outstandingCents | bepMoney) } }}</mat-hint>
          @if (form.controls.amount.invalid) {
            <mat-error>
              @if (form.controls.amount.hasError('required')) {
                {{ 'invoices.lines.required' | transloco }}
              } @else if (form.controls.amount.hasError('tooMuch')) {
                {{ 'invoices.payment.tooMuch' | transloco: { outstanding: (data.invoice.outstandingCents | bepMoney) } }}
              } @else {
                {{ 'invoices.lines.amount' | transloco }}
              }
            </mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'invoices.payment.reference' | transloco }}</mat-label>
          <input matInput formControlName="reference" maxlength="200" />
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'action.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'invoices.payment.submit' | transloco }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-form-field,
    bep-date-field {
      display: block;
      max-width: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentDialog {
  protected readonly data = inject<PaymentDialogData>(MAT_DIALOG_DATA);
  readonly #dialog = inject(MatDialogRef<PaymentDialog, InvoiceDetail>);
  readonly #transloco = inject(TranslocoService);

  protected readonly today = brusselsDate(new Date());
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group({
    paidOn: this.#fb.control<string | null>(this.today, [Validators.required, (control: AbstractControl<string | null>) => (control.value && control.value > this.today ? { future: true } : null)]),
    amount: [formatScaled(this.data.invoice.outstandingCents, 2), [Validators.required, amountWithin(this.data.invoice.outstandingCents)]],
    reference: [''],
  });

  /** The key of what is wrong with the day once the dialog was sent; an unreadable text is said by the field itself. */
  protected paidOnError(): string {
    const paidOn = this.form.controls.paidOn;
    if (!paidOn.touched || paidOn.hasError('date')) return '';
    if (paidOn.hasError('required')) return 'invoices.lines.required';
    return paidOn.hasError('future') ? 'invoices.payment.future' : '';
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    const { paidOn, amount, reference } = this.form.getRawValue();
    if (this.form.invalid || !paidOn) return;
    const request: RecordPaymentRequest = { paidOn, amountCents: parseCents(amount) ?? 0, ...(reference.trim() ? { reference: reference.trim() } : {}) };
    this.busy.set(true);
    this.error.set(null);
    try {
      this.#dialog.close(await this.data.record(request));
    } catch (error) {
      this.error.set(invoiceFailureText('payFailed', error, this.#transloco));
    } finally {
      this.busy.set(false);
    }
  }
}
