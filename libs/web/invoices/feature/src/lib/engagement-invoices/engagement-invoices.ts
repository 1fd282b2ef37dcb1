import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { InvoicePage } from '@bep/contracts';
import { AuthStore } from '@bep/web/auth/data-access';
import { InvoicesApi } from '@bep/web/invoices/data-access';
import { FailureTextPipe, Loadable } from '@bep/web/shared/data-access';
import { BepDatePipe, BepMoneyPipe } from '@bep/web/shared/i18n';
import { TranslocoPipe } from '@jsverse/transloco';
import { INVOICES_TRANSLATIONS } from '../i18n/invoices-translations';
import { InvoiceStatusChip } from '../shared/invoice-status-chip';

/**
 * The commune page's "Factures" section: the invoices and credit notes of its engagement, each
 * linking to its page. Finance and managers only: the API refuses the others, so for them it asks
 * nothing and shows nothing. It brings the Factures pages' words with it.
 */
@Component({
  selector: 'bep-engagement-invoices',
  imports: [BepDatePipe, BepMoneyPipe, FailureTextPipe, InvoiceStatusChip, MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe],
  providers: [INVOICES_TRANSLATIONS],
  host: { '[class.denied]': '!allowed()' },
  template: `
    @if (allowed()) {
      <section aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">{{ 'invoices.commune.heading' | transloco }}</h2>
        @if (list.failure(); as failure) {
          <div class="bep-error-banner" role="alert">
            <p>
              <strong>{{ 'invoices.commune.cannotLoad' | transloco }}</strong>
              {{ failure | failureText: { fallback: ('invoices.commune.loadFailed' | transloco) } }}
            </p>
            <button mat-flat-button type="button" (click)="load()">{{ 'action.retry' | transloco }}</button>
          </div>
        } @else if (list.loading() && !list.loaded()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'invoices.commune.loading' | transloco" />
        } @else if (invoices().length) {
          <ul class="invoices" [attr.aria-label]="'invoices.commune.caption' | transloco">
            @for (invoice of invoices(); track invoice.id) {
              <li>
                <a [routerLink]="['/factures', invoice.id]">
                  {{ invoice.number ?? ('invoices.draft' | transloco) }}
                </a>
                <span>{{ 'invoices.service.' + invoice.service | transloco }}</span>
                @if (invoice.issueDate) {
                  <span class="secondary">{{ invoice.issueDate | bepDate }}</span>
                }
                <span class="amount">{{ invoice.grossCents | bepMoney }}</span>
                <bep-invoice-status-chip [invoice]="invoice" />
              </li>
            }
          </ul>
        } @else if (list.loaded()) {
          <p class="empty">{{ 'invoices.commune.empty' | transloco }}</p>
        }
        <p class="links">
          <a [routerLink]="'/factures'" [queryParams]="{ commune: communeNis() }">{{ 'invoices.commune.all' | transloco }}</a>
          @if (finance()) {
            <a mat-stroked-button routerLink="/factures/nouveau" [queryParams]="{ engagement: engagementId() }">{{ 'invoices.commune.newDraft' | transloco }}</a>
          }
        </p>
      </section>
    }
  `,
  styles: `
    /* Across the commune page's grid, below its other sections. */
    :host {
      display: block;
      grid-column: 1 / -1;
    }
    :host(.denied) {
      display: none;
    }
    .invoices {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .secondary {
      color: var(--mat-sys-on-surface-variant);
    }
    .amount {
      margin-left: auto;
      font-variant-numeric: tabular-nums;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0.75rem 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EngagementInvoices {
  readonly engagementId = input.required<string>();
  readonly communeNis = input.required<string>();

  readonly #api = inject(InvoicesApi);
  readonly #auth = inject(AuthStore);
  protected readonly list = new Loadable<InvoicePage>();
  protected readonly allowed = computed(() => this.#auth.hasAnyRole('finance', 'manager'));
  protected readonly finance = computed(() => this.#auth.roles().includes('finance'));
  protected readonly invoices = computed(() => this.list.value()?.items ?? []);

  constructor() {
    effect(() => {
      const engagementId = this.engagementId();
      if (this.allowed()) untracked(() => this.load(engagementId));
    });
  }

  protected load(engagementId = this.engagementId()): void {
    this.list.load(this.#api.list({ engagementId, limit: 50 }));
  }
}
