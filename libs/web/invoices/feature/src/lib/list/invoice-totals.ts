import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { InvoiceTotalsSummary } from '@bep/contracts';
import { BepMoneyPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** The totals of every document the filters match (not only the page): net, gross, paid, still owed. */
@Component({
  selector: 'bep-invoice-totals',
  imports: [BepMoneyPipe, TranslocoPipe],
  template: `
    <dl class="totals" [attr.aria-label]="'invoices.totals.label' | transloco">
      @for (figure of figures(); track figure.key) {
        <div [class.owed]="figure.key === 'outstanding'">
          <dt>{{ 'invoices.totals.' + figure.key | transloco }}</dt>
          <dd>{{ figure.cents | bepMoney }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .totals {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
      gap: 0.5rem;
      margin: 0 0 1rem;
    }
    .totals > div {
      padding: 0.5rem 0.75rem;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    .owed dd {
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceTotals {
  readonly totals = input.required<InvoiceTotalsSummary>();
  protected readonly figures = computed(() => {
    const { netCents, grossCents, paidCents, outstandingCents } = this.totals();
    return [
      { key: 'net', cents: netCents },
      { key: 'gross', cents: grossCents },
      { key: 'paid', cents: paidCents },
      { key: 'outstanding', cents: outstandingCents },
    ];
  });
}
