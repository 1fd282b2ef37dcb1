import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { INVOICE_KINDS, type InvoiceKind } from '@bep/domain';
import { CommunesApi } from '@bep/web/communes/data-access';
import { DraftOptionsStore, INVOICE_STATUS_FILTERS, type InvoiceFilters, type InvoiceStatusFilter } from '@bep/web/invoices/data-access';
import { featureWordsReady } from '@bep/web/shared/i18n';
import { compactLayout } from '@bep/web/ui';
import { BelgianDateField, CommuneField, communesByNis } from '@bep/web/ui-material';
import { TranslocoPipe } from '@jsverse/transloco';

/** What the filters say, the page aside. */
export type ChosenInvoiceFilters = Omit<InvoiceFilters, 'pageIndex' | 'pageSize'>;

const NONE: ChosenInvoiceFilters = { status: null, kind: null, communeNis: null, campaignId: null, from: null, to: null };

function periodInOrder(group: AbstractControl): ValidationErrors | null {
  const { from, to } = group.value as { from: string | null; to: string | null };
  return from && to && from > to ? { period: true } : null;
}

/** The filters of the Factures list (status, kind, commune, campaign, issue period): shows those in force, emits the chosen ones. */
@Component({
  selector: 'bep-invoice-filters-form',
  imports: [BelgianDateField, CommuneField, MatButtonModule, MatFormFieldModule, MatSelectModule, NgTemplateOutlet, ReactiveFormsModule, TranslocoPipe],
  template: `
    <!-- The filters wait for the page's words: a select rendered before its options' labels arrive keeps a blank choice. -->
    @if (wordsReady()) {
      <!-- On a narrow screen the filters fold away, open when some are in force. -->
      @if (compact()) {
        <details class="bep-filter-panel" [open]="filtered()">
          <summary>
            {{ 'invoices.filters.label' | transloco }}
            @if (filtered()) {
              <span class="active">({{ 'invoices.filters.active' | transloco }})</span>
            }
          </summary>
          <ng-container *ngTemplateOutlet="filtersForm" />
        </details>
      } @else {
        <ng-container *ngTemplateOutlet="filtersForm" />
      }
    }

    <ng-template #filtersForm>
      <form class="bep-filters" [formGroup]="form" (ngSubmit)="submit()" role="search" [attr.aria-label]="'invoices.filters.label' | transloco">
        <mat-form-field>
          <mat-label>{{ 'invoices.filters.status' | transloco }}</mat-label>
          <mat-select formControlName="status">
            <mat-option value="">{{ 'invoices.filters.allStatuses' | transloco }}</mat-option>
            @for (status of statuses; track status) {
              <mat-option [value]="status">{{ 'invoices.status.' + status | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        <mat-form-field>
          <mat-label>{{ 'invoices.filters.kind' | transloco }}</mat-label>
          <mat-select formControlName="kind">
            <mat-option value="">{{ 'invoices.filters.allKinds' | transloco }}</mat-option>
            @for (kind of kinds; track kind) {
              <mat-option [value]="kind">{{ 'invoices.kinds.' + kind | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        <bep-commune-field
          formControlName="communeNis"
          [label]="'invoices.filters.commune' | transloco"
          [emptyLabel]="'invoices.filters.allCommunes' | transloco"
          [search]="communes.search"
          [lookup]="communes.lookup"
        />

        <mat-form-field>
          <mat-label>{{ 'invoices.filters.campaign' | transloco }}</mat-label>
          <mat-select formControlName="campaignId">
            <mat-option value="">{{ 'invoices.filters.allCampaigns' | transloco }}</mat-option>
            @for (campaign of campaigns(); track campaign.id) {
              <mat-option [value]="campaign.id">{{ campaign.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        <bep-date-field formControlName="from" [label]="'invoices.filters.from' | transloco" [describedBy]="noteId" />
        <bep-date-field formControlName="to" [label]="'invoices.filters.to' | transloco" [describedBy]="periodError() ? noteId + ' ' + errorId : noteId" />

        <div class="filter-actions">
          <button mat-flat-button type="submit">{{ 'invoices.filters.filter' | transloco }}</button>
          @if (filtered()) {
            <button mat-button type="button" (click)="applied.emit(none)">{{ 'action.clearFilters' | transloco }}</button>
          }
        </div>

        @if (periodError()) {
          <p class="field-error" [id]="errorId" role="alert">{{ 'invoices.filters.periodOrder' | transloco }}</p>
        }
        <p class="note" [id]="noteId">{{ 'invoices.filters.periodHint' | transloco }}</p>
      </form>
    </ng-template>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvoiceFiltersForm {
  protected readonly options = inject(DraftOptionsStore);
  readonly #communesApi = inject(CommunesApi);
  protected readonly communes = communesByNis((query) => this.#communesApi.list({ eligible: true, ...query }));

  /** The filters in force (those of the URL). */
  readonly filters = input.required<ChosenInvoiceFilters>();
  readonly applied = output<ChosenInvoiceFilters>();

  protected readonly statuses = INVOICE_STATUS_FILTERS;
  protected readonly kinds = INVOICE_KINDS;
  protected readonly none = NONE;
  protected readonly compact = compactLayout();
  protected readonly errorId = 'invoice-period-error';
  protected readonly noteId = 'invoice-period-note';
  readonly #fb = inject(NonNullableFormBuilder);
  protected readonly form = this.#fb.group(
    { status: '', kind: '', communeNis: '', campaignId: '', from: this.#fb.control<string | null>(null), to: this.#fb.control<string | null>(null) },
    { validators: periodInOrder },
  );
  protected readonly periodError = signal(false);
  /** The scope's words (`invoices.status.*`...) have arrived in the interface language. */
  protected readonly wordsReady = featureWordsReady('filters.allStatuses');
  protected readonly filtered = computed(() => Object.values(this.filters()).some(Boolean));
  /** The campaigns to choose from; one of the URL not among them (yet) is offered by its id rather than left blank. */
  protected readonly campaigns = computed(() => {
    const id = this.filters().campaignId;
    const campaigns = this.options.campaigns();
    return id && !campaigns.some((campaign) => campaign.id === id) ? [...campaigns, { id, name: id }] : campaigns;
  });

  constructor() {
    this.options.loadFilterOptions();
    effect(() => {
      const { status, kind, communeNis, campaignId, from, to } = this.filters();
      this.form.reset({ status: status ?? '', kind: kind ?? '', communeNis: communeNis ?? '', campaignId: campaignId ?? '', from: from ?? null, to: to ?? null });
      this.periodError.set(false);
    });
  }

  protected submit(): void {
    this.periodError.set(this.form.hasError('period'));
    if (this.form.invalid) return;
    const { status, kind, communeNis, campaignId, from, to } = this.form.getRawValue();
    this.applied.emit({
      status: (status || null) as InvoiceStatusFilter | null,
      kind: (kind || null) as InvoiceKind | null,
      communeNis: communeNis || null,
      campaignId: campaignId || null,
      from: from || null,
      to: to || null,
    });
  }
}
