import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { InvoiceDetail } from '@bep/contracts';
import { BepDateTimePipe, BepMoneyPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

const KNOWN_ACTIONS = new Set(['create', 'update', 'issue', 'payment', 'credit', 'delete']);

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const cents = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null);

/** The document's life from the audit log, newest first: what was done, by whom (or the billing job), and the figures it names. */
@Component({
  selector: 'bep-invoice-history',
  imports: [BepDateTimePipe, BepMoneyPipe, TranslocoPipe],
  template: `
    <ol class="history">
      @for (entry of entries(); track $index) {
        <li>
          <time [attr.datetime]="entry.at">{{ entry.at | bepDateTime }}</time>
          <span class="what">{{ entry.known ? ('invoices.invoice.history.action.' + entry.action | transloco) : entry.action }}</span>
          @if (entry.number) {
            <span>{{ entry.number }}</span>
          }
          @if (entry.amountCents !== null) {
            <span>{{ entry.amountCents | bepMoney }}</span>
          }
          @if (entry.reason) {
            <span>« {{ entry.reason }} »</span>
          }
          <span class="who">
            @if (entry.actor) {
              {{ 'invoices.invoice.history.by' | transloco: { name: entry.actor } }}
            } @else {
              ({{ 'invoices.invoice.history.system' | transloco }})
            }
          </span>
        </li>
      }
    </ol>
  `,
  styles: `
    .history {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      padding: 0.375rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      overflow-wrap: anywhere;
    }
    time {
      font-variant-numeric: tabular-nums;
      color: var(--mat-sys-on-surface-variant);
    }
    .what {
      font-weight: 500;
    }
    .who {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceHistory {
  readonly history = input.required<InvoiceDetail['history']>();

  protected readonly entries = computed(() =>
    [...this.history()]
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((entry) => ({
        at: entry.at,
        action: entry.action,
        known: KNOWN_ACTIONS.has(entry.action),
        actor: entry.actor?.name ?? null,
        number: text(entry.details['number']),
        amountCents: cents(entry.details['amountCents']),
        reason: text(entry.details['reason']),
      })),
  );
}
