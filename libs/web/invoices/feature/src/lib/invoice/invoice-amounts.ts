import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { InvoiceDetail } from '@bep/contracts';
import { BepMoneyPipe, BepNumberPipe, BepPercentPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';

/** The lines of a document, its VAT breakdown and its totals (and, for an issued invoice, what is paid, credited and owed). */
@Component({
  selector: 'bep-invoice-amounts',
  imports: [BepMoneyPipe, BepNumberPipe, BepPercentPipe, TranslocoPipe],
  template: `
    @if (!hideLines()) {
      <div class="bep-table-scroll">
        <table class="figures">
          <caption class="bep-visually-hidden">{{ 'invoices.invoice.lines.caption' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'invoices.invoice.lines.description' | transloco }}</th>
              <th scope="col" class="amount">{{ 'invoices.invoice.lines.quantity' | transloco }}</th>
              <th scope="col" class="amount">{{ 'invoices.invoice.lines.unitPrice' | transloco }}</th>
              <th scope="col" class="amount">{{ 'invoices.invoice.lines.share' | transloco }}</th>
              <th scope="col" class="amount">{{ 'invoices.invoice.lines.net' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (line of invoice().lines; track line.position) {
              <tr>
                <td class="description">{{ line.description }}</td>
                <td class="amount">{{ line.quantityMilli / 1000 | bepNumber: 1 }}</td>
                <td class="amount">{{ line.unitPriceCents | bepMoney }}</td>
                <td class="amount">{{ line.shareBp / 10000 | bepPercent }}</td>
                <td class="amount">{{ line.netCents | bepMoney }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }

    <div class="below">
      <div class="bep-table-scroll vat">
        <table class="figures">
          <caption>{{ 'invoices.invoice.vat.caption' | transloco }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'invoices.invoice.vat.category' | transloco }}</th>
              <th scope="col" class="amount">{{ 'invoices.invoice.vat.taxable' | transloco }}</th>
              <th scope="col" class="amount">{{ 'invoices.invoice.vat.amount' | transloco }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of invoice().vatBreakdown; track row.vatCategory + row.vatRateBp) {
              <tr>
                <th scope="row">{{ 'invoices.invoice.vat.' + row.vatCategory | transloco: { rate: (row.vatRateBp / 10000 | bepPercent) } }}</th>
                <td class="amount">{{ row.taxableCents | bepMoney }}</td>
                <td class="amount">{{ row.vatCents | bepMoney }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>

      <dl class="totals" [attr.aria-label]="'invoices.invoice.totals.label' | transloco">
        @for (total of totals(); track total.key) {
          <div [class.main]="total.key === 'gross' || total.key === 'outstanding'">
            <dt>{{ 'invoices.invoice.totals.' + total.key | transloco }}</dt>
            <dd>{{ total.cents | bepMoney }}</dd>
          </div>
        }
      </dl>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .figures {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-title-small);
      padding-bottom: 0.25rem;
    }
    th,
    td {
      padding: 0.5rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: start;
      vertical-align: top;
    }
    thead th {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    tbody th {
      font-weight: normal;
    }
    .amount {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .description {
      min-width: 12rem;
    }
    .below {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 1rem 2rem;
      margin-top: 1rem;
    }
    .vat {
      flex: 1 1 18rem;
    }
    .totals {
      flex: 0 1 20rem;
      margin: 0;
    }
    .totals > div {
      display: flex;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.25rem 0;
    }
    .totals dd {
      margin: 0;
      font-variant-numeric: tabular-nums;
    }
    .totals .main {
      font-weight: 700;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceAmounts {
  readonly invoice = input.required<InvoiceDetail>();
  /** The lines are being edited in their stead. */
  readonly hideLines = input(false);

  protected readonly totals = computed(() => {
    const invoice = this.invoice();
    const totals = [
      { key: 'net', cents: invoice.netCents },
      { key: 'vat', cents: invoice.vatCents },
      { key: 'gross', cents: invoice.grossCents },
    ];
    if (invoice.kind === 'invoice' && invoice.status !== 'draft') {
      totals.push({ key: 'paid', cents: invoice.paidCents });
      if (invoice.creditedCents) totals.push({ key: 'credited', cents: invoice.creditedCents });
      totals.push({ key: 'outstanding', cents: invoice.outstandingCents });
    }
    return totals;
  });
}
