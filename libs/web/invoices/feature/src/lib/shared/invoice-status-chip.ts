import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Invoice } from '@bep/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InvoiceStatusFilter } from '@bep/web/invoices/data-access';

/** What a document's chip says: its status, or "En retard" for an issued invoice whose due date passed. */
export function shownStatus(invoice: Pick<Invoice, 'status' | 'overdue'>): InvoiceStatusFilter {
  return invoice.overdue ? 'overdue' : invoice.status;
}

/** `<bep-invoice-status-chip [invoice]="invoice" />`: the status in words, coloured by it (the words carry it all). */
@Component({
  selector: 'bep-invoice-status-chip',
  imports: [TranslocoPipe],
  template: `<span class="chip" [class]="status()">{{ 'invoices.status.' + status() | transloco }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.0625rem 0.5rem;
      border-radius: 999px;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .issued {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .overdue {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .paid {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .credited {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceStatusChip {
  readonly invoice = input.required<Pick<Invoice, 'status' | 'overdue'>>();
  protected readonly status = computed(() => shownStatus(this.invoice()));
}
