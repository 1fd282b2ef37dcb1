import { computed, inject, Injectable, signal } from '@angular/core';
import type { CreditNoteRequest, DraftLineRequest, InvoiceDetail, RecordPaymentRequest } from '@bep/contracts';
import { Loadable } from '@bep/web/shared/data-access';
import { firstValueFrom, type Observable } from 'rxjs';
import { InvoicesApi, type InvoiceDocumentFormat } from './invoices-api';

/**
 * One invoice or credit note (GET /api/invoices/{id}) and what finance does with it: a draft's
 * lines changed, deleted or issued; an issued invoice paid or credited. Each action rejects with
 * the HTTP error for the page to word; whatever its outcome, the document is read again when the
 * answer does not carry it, so that the page never shows a stale state. Provided by the page.
 */
@Injectable()
export class InvoiceStore {
  readonly #api = inject(InvoicesApi);
  readonly #invoice = new Loadable<InvoiceDetail>();
  readonly #busy = signal(false);
  #id: string | null = null;

  readonly invoice = this.#invoice.value;
  readonly loading = this.#invoice.loading;
  readonly loaded = this.#invoice.loaded;
  readonly failure = this.#invoice.failure;
  /** An action is under way: the page's buttons wait for it. */
  readonly busy = this.#busy.asReadonly();
  readonly isDraft = computed(() => this.invoice()?.status === 'draft');
  /** An issued invoice with something owed: it may be paid or credited. */
  readonly settleable = computed(() => {
    const invoice = this.invoice();
    return invoice?.kind === 'invoice' && invoice.status === 'issued' && invoice.outstandingCents > 0;
  });

  open(id: string): void {
    if (this.#id !== id) this.#invoice.reset();
    this.#id = id;
    this.#invoice.load(this.#api.detail(id));
  }

  reload(): void {
    if (this.#id) this.open(this.#id);
  }

  /** Replaces all the lines of the draft, at the version read (409 when someone changed it meanwhile). */
  saveLines(lines: DraftLineRequest[]): Promise<InvoiceDetail> {
    return this.#change((invoice) => this.#api.update(invoice.id, { version: invoice.version, lines }));
  }

  /** Issues the draft at the version read: it gets its number and is fixed for good. */
  issue(): Promise<InvoiceDetail> {
    return this.#change((invoice) => this.#api.issue(invoice.id, invoice.version));
  }

  recordPayment(request: RecordPaymentRequest): Promise<InvoiceDetail> {
    return this.#change((invoice) => this.#api.recordPayment(invoice.id, request));
  }

  /** Credits the invoice; resolves with the credit note, and reads the invoice again (its credited amount changed). */
  async creditNote(request: CreditNoteRequest): Promise<InvoiceDetail> {
    const invoice = this.#current();
    this.#busy.set(true);
    try {
      return await firstValueFrom(this.#api.creditNote(invoice.id, request));
    } finally {
      this.#busy.set(false);
      this.reload();
    }
  }

  /** Deletes the draft for good. */
  async remove(): Promise<void> {
    const invoice = this.#current();
    this.#busy.set(true);
    try {
      await firstValueFrom(this.#api.remove(invoice.id), { defaultValue: undefined });
    } catch (error) {
      this.reload();
      throw error;
    } finally {
      this.#busy.set(false);
    }
  }

  /** The link of the document's PDF or Peppol UBL (issued documents only). */
  documentUrl(format: InvoiceDocumentFormat): string | null {
    const invoice = this.invoice();
    return invoice && invoice.status !== 'draft' ? this.#api.documentUrl(invoice.id, format) : null;
  }

  /** Runs a change whose answer is the document after it; on a refusal, reads the document again. */
  async #change(request: (invoice: InvoiceDetail) => Observable<InvoiceDetail>): Promise<InvoiceDetail> {
    const invoice = this.#current();
    this.#busy.set(true);
    try {
      const changed = await firstValueFrom(request(invoice));
      this.#invoice.set(changed);
      return changed;
    } catch (error) {
      // Refused (someone changed it, its status moved on): show it as it now is.
      this.reload();
      throw error;
    } finally {
      this.#busy.set(false);
    }
  }

  #current(): InvoiceDetail {
    const invoice = this.invoice();
    if (!invoice) throw new Error('No invoice is open');
    return invoice;
  }
}
