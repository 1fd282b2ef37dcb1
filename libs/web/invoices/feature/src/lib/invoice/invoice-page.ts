import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { FormArray } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import type { InvoiceDetail } from '@bep/contracts';
import { formatStructuredCommunication } from '@bep/domain';
import { AuthStore } from '@bep/web/auth/data-access';
import { InvoiceStore } from '@bep/web/invoices/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { BepDatePipe, BepDateTimePipe, BepMoneyPipe, formatDate, formatMoney } from '@bep/web/shared/i18n';
import { confirmAction } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { DraftLinesEditor } from '../lines/draft-lines-editor';
import { draftLineRequests, draftLinesForm, type DraftLineForm } from '../lines/draft-lines-form';
import { invoiceFailureText } from '../shared/invoice-failure';
import { InvoiceStatusChip } from '../shared/invoice-status-chip';
import { CreditNoteDialog, type CreditNoteDialogData } from './credit-note-dialog';
import { InvoiceAmounts } from './invoice-amounts';
import { InvoiceHistory } from './invoice-history';
import { PaymentDialog, type PaymentDialogData } from './payment-dialog';

/**
 * /factures/:id: one invoice or credit note: its header, lines, VAT and totals, payments, credit
 * notes and history, its PDF and UBL once issued; and finance's actions by its state (a draft's
 * lines, issue, delete; an issued invoice's payment and credit note). Managers read it only.
 */
@Component({
  selector: 'bep-invoice-page',
  imports: [
    BepDatePipe,
    BepDateTimePipe,
    BepMoneyPipe,
    DraftLinesEditor,
    FailureTextPipe,
    InvoiceAmounts,
    InvoiceHistory,
    InvoiceStatusChip,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [InvoiceStore],
  templateUrl: './invoice-page.html',
  styleUrl: './invoice-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoicePage {
  /** The invoice's id, from the route. */
  readonly id = input.required<string>();

  protected readonly store = inject(InvoiceStore);
  readonly #auth = inject(AuthStore);
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);
  readonly #router = inject(Router);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** Finance writes invoices; managers only read them (the API refuses them too). */
  protected readonly finance = computed(() => this.#auth.roles().includes('finance'));
  protected readonly invoice = this.store.invoice;
  protected readonly communication = computed(() => {
    const digits = this.invoice()?.structuredCommunication;
    return digits ? formatStructuredCommunication(digits) : null;
  });
  /** The draft's lines being edited, or null. */
  protected readonly editedLines = signal<FormArray<DraftLineForm> | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly newLine = computed(() => {
    const last = this.invoice()?.lines.at(-1);
    return last ? { unitPriceCents: last.unitPriceCents, shareBp: last.shareBp } : {};
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        this.editedLines.set(null);
        this.actionError.set(null);
        this.store.open(id);
      });
    });
  }

  protected editLines(invoice: InvoiceDetail): void {
    this.actionError.set(null);
    this.editedLines.set(draftLinesForm(invoice.lines));
  }

  protected async saveLines(lines: FormArray<DraftLineForm>, event: Event): Promise<void> {
    // A plain form (its lines are a FormArray): the browser must not submit it itself.
    event.preventDefault();
    lines.markAllAsTouched();
    if (lines.invalid) return;
    await this.#act('saveFailed', async () => {
      const saved = await this.store.saveLines(draftLineRequests(lines));
      this.editedLines.set(null);
      this.#announce('invoices.actions.saved', { amount: formatMoney(saved.netCents) });
    });
  }

  /** Issuing fixes the invoice for good: it is confirmed first, the safe choice focused. */
  protected async issue(invoice: InvoiceDetail): Promise<void> {
    const confirmed = await this.#confirm('confirmIssue', invoice, false);
    if (!confirmed) return;
    await this.#act('issueFailed', async () => {
      const issued = await this.store.issue();
      this.#announce('invoices.actions.issued', { number: issued.number, date: issued.dueDate ? formatDate(issued.dueDate) : '' });
    });
  }

  protected async remove(invoice: InvoiceDetail): Promise<void> {
    const confirmed = await this.#confirm('confirmDelete', invoice, true);
    if (!confirmed) return;
    await this.#act('deleteFailed', async () => {
      await this.store.remove();
      this.#announce('invoices.actions.deleted', { commune: invoice.commune.name });
      await this.#router.navigateByUrl('/factures');
    });
  }

  protected async recordPayment(invoice: InvoiceDetail): Promise<void> {
    this.actionError.set(null);
    const data: PaymentDialogData = { invoice, record: (request) => this.store.recordPayment(request) };
    const paid = await firstValueFrom(this.#dialog.open<PaymentDialog, PaymentDialogData, InvoiceDetail>(PaymentDialog, { data, width: '32rem' }).afterClosed());
    if (!paid) return;
    const amount = paid.paidCents - invoice.paidCents;
    this.#announce('invoices.actions.paid', { amount: formatMoney(amount), outstanding: formatMoney(paid.outstandingCents) });
  }

  protected async creditNote(invoice: InvoiceDetail): Promise<void> {
    this.actionError.set(null);
    const data: CreditNoteDialogData = { invoice, credit: (request) => this.store.creditNote(request) };
    const creditNote = await firstValueFrom(
      this.#dialog.open<CreditNoteDialog, CreditNoteDialogData, InvoiceDetail>(CreditNoteDialog, { data, width: '32rem' }).afterClosed(),
    );
    if (!creditNote) return;
    this.#announce('invoices.actions.credited', { number: creditNote.number, amount: formatMoney(creditNote.grossCents) });
  }

  protected documentUrl(format: 'pdf' | 'ubl'): string | null {
    return this.store.documentUrl(format);
  }

  #confirm(question: 'confirmIssue' | 'confirmDelete', invoice: InvoiceDetail, destructive: boolean): Promise<boolean> {
    this.actionError.set(null);
    const words = { commune: invoice.commune.name, amount: formatMoney(invoice.grossCents) };
    return firstValueFrom(
      confirmAction(this.#dialog, {
        title: this.#transloco.translate(`invoices.actions.${question}.title`),
        message: this.#transloco.translate(`invoices.actions.${question}.message`, words),
        confirmLabel: this.#transloco.translate(`invoices.actions.${question}.confirm`),
        destructive,
      }),
    );
  }

  /** Runs an action of the page; a refusal is said in the page's alert, under the heading. */
  async #act(whatFailed: string, action: () => Promise<void>): Promise<void> {
    this.actionError.set(null);
    try {
      await action();
    } catch (error) {
      this.actionError.set(invoiceFailureText(whatFailed, error, this.#transloco));
      this.#focusHeading();
    }
  }

  /** Says what happened (the snack bar is a polite live region) and brings the focus back to the heading, which names the new state. */
  #announce(key: string, params: Record<string, unknown>): void {
    this.#snackBar.open(this.#transloco.translate(key, params), undefined, { duration: 6000 });
    this.#focusHeading();
  }

  #focusHeading(): void {
    // After the change has rendered: the button that was used may be gone (an issued draft has no "Émettre").
    setTimeout(() => this.heading()?.nativeElement.focus());
  }
}
