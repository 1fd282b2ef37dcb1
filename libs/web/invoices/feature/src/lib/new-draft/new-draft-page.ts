import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { Campaign, EngagementListItem, InvoiceService } from '@bep/contracts';
import { EngagementsApi } from '@bep/web/engagements/data-access';
import { DraftOptionsStore, InvoicesApi } from '@bep/web/invoices/data-access';
import { FailureTextPipe } from '@bep/web/shared/data-access';
import { featureWordsReady } from '@bep/web/shared/i18n';
import { COMMUNE_CHOICES_SHOWN, type CommuneChoice, CommuneField, type CommuneLookup, type CommuneSearch } from '@bep/web/ui-material';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom, map } from 'rxjs';
import { DraftLinesEditor } from '../lines/draft-lines-editor';
import { draftLineRequests, draftLinesForm, type DraftLineForm, type DraftLineValues } from '../lines/draft-lines-form';
import { invoiceFailureText } from '../shared/invoice-failure';

/** The services a draft bills, as the contracts list them (written here: a value of `@bep/contracts` would bring zod into the bundle). */
const SERVICES = ['diagnostic', 'accompaniment', 'other'] as const satisfies readonly InvoiceService[];

/**
 * The line a service starts from, at the campaign's prices: the diagnostic's price and the
 * commune's share of it, a day of accompaniment at its rate and the commune's share, or anything
 * else billed in full at a price finance states.
 */
export function defaultLine(service: InvoiceService, campaign: Campaign, description: string): Partial<DraftLineValues> {
  const { diagnostic, accompanimentDay } = campaign.prices;
  switch (service) {
    case 'diagnostic':
      return { description, quantityMilli: 1000, unitPriceCents: diagnostic.priceCents, shareBp: 10_000 - diagnostic.bepShareBp };
    case 'accompaniment':
      return { description, quantityMilli: 1000, unitPriceCents: accompanimentDay.rateCents, shareBp: 10_000 - accompanimentDay.bepShareBp };
    default:
      return { description, quantityMilli: 1000, shareBp: 10_000 };
  }
}

/** /factures/nouveau (finance): a draft by hand for an engagement of the current campaign, then its page. */
@Component({
  selector: 'bep-new-draft-page',
  imports: [CommuneField, DraftLinesEditor, FailureTextPipe, MatButtonModule, MatProgressBarModule, MatRadioModule, ReactiveFormsModule, RouterLink, TranslocoPipe],
  template: `
    <nav class="breadcrumb" [attr.aria-label]="'invoices.invoice.breadcrumb' | transloco">
      <ol>
        <li><a routerLink="/factures">{{ 'page.invoices' | transloco }}</a></li>
        <li aria-current="page">{{ 'invoices.newDraft.heading' | transloco }}</li>
      </ol>
    </nav>
    <h1>{{ 'invoices.newDraft.heading' | transloco }}</h1>

    @if (options.failure(); as failure) {
      <div class="bep-error-banner" role="alert">
        <p>
          <strong>{{ 'invoices.newDraft.cannotLoad' | transloco }}</strong>
          {{ failure | failureText: { fallback: ('invoices.newDraft.loadFailed' | transloco) } }}
        </p>
        <button mat-flat-button type="button" (click)="options.load()">{{ 'action.retry' | transloco }}</button>
      </div>
    } @else if (options.campaign(); as campaign) {
      <p class="intro">{{ 'invoices.newDraft.intro' | transloco: { campaign: campaign.name } }}</p>
      <form [formGroup]="form" (ngSubmit)="submit()">
        @if (error(); as message) {
          <p class="bep-form-error" role="alert">{{ message }}</p>
        }
        <bep-commune-field
          class="engagement"
          formControlName="engagementId"
          required
          [label]="'invoices.newDraft.engagement' | transloco"
          [errorText]="'invoices.lines.required' | transloco"
          [search]="engagements.search"
          [lookup]="engagements.lookup"
        />

        <p id="service-label" class="label">{{ 'invoices.newDraft.service' | transloco }}</p>
        <mat-radio-group formControlName="service" aria-labelledby="service-label" class="services">
          @for (service of services; track service) {
            <mat-radio-button [value]="service">{{ 'invoices.service.' + service | transloco }}</mat-radio-button>
          }
        </mat-radio-group>

        <bep-draft-lines-editor [lines]="lines()" [newLine]="newLine()" />

        <div class="form-actions">
          <a mat-button routerLink="/factures">{{ 'invoices.newDraft.back' | transloco }}</a>
          <button mat-flat-button type="submit" [disabled]="busy()">{{ 'invoices.newDraft.submit' | transloco }}</button>
        </div>
      </form>
    } @else if (options.loaded()) {
      <p class="bep-empty-state">{{ 'invoices.newDraft.noCampaign' | transloco }}</p>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'invoices.newDraft.loading' | transloco" />
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 56rem;
    }
    .breadcrumb ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5rem;
      margin: 0 0 0.5rem;
      padding: 0;
      list-style: none;
    }
    .breadcrumb li + li::before {
      content: '›';
      margin-right: 0.5rem;
    }
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
    .engagement {
      width: min(100%, 24rem);
    }
    .label {
      margin: 0;
      font: var(--mat-sys-label-large);
    }
    .services {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 1rem;
    }
    .form-actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
      margin-top: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewDraftPage {
  protected readonly options = inject(DraftOptionsStore);
  readonly #engagementsApi = inject(EngagementsApi);
  /** The current campaign's engagements, found by their commune. */
  protected readonly engagements: { search: CommuneSearch; lookup: CommuneLookup } = {
    search: (text) => this.#engagementsApi.list({ q: text, limit: COMMUNE_CHOICES_SHOWN }).pipe(map((page) => page.items.map(engagementChoice))),
    lookup: (id) => this.#engagementsApi.detail(id).pipe(map(engagementChoice)),
  };
  readonly #api = inject(InvoicesApi);
  readonly #router = inject(Router);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly services = SERVICES;
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    // From the commune page's link (?engagement=...), else chosen here.
    engagementId: [inject(ActivatedRoute).snapshot.queryParamMap.get('engagement') ?? '', Validators.required],
    service: ['diagnostic' as InvoiceService],
  });
  readonly #service = toSignal(this.form.controls.service.valueChanges, { initialValue: this.form.controls.service.value });
  /** The scope's words have arrived: the line's description is one of them (before, `translate` answers its key). */
  readonly #wordsReady = featureWordsReady('newDraft.defaultLine.diagnostic');
  /** The line a service starts from, and that "Ajouter une ligne" adds. */
  protected readonly newLine = computed(() => {
    const campaign = this.options.campaign();
    const service = this.#service();
    return campaign && this.#wordsReady() ? defaultLine(service, campaign, this.#transloco.translate(`invoices.newDraft.defaultLine.${service}`)) : {};
  });
  /** The lines start afresh from the service's line whenever the service or the prices change. */
  protected readonly lines = signal<FormArray<DraftLineForm>>(draftLinesForm([]));

  constructor() {
    this.options.load();
    effect(() => {
      const line = this.newLine();
      untracked(() => this.lines.set(draftLinesForm([line])));
    });
  }

  protected async submit(): Promise<void> {
    const lines = this.lines();
    this.form.markAllAsTouched();
    lines.markAllAsTouched();
    if (this.form.invalid || lines.invalid) return;
    const { engagementId, service } = this.form.getRawValue();
    this.busy.set(true);
    this.error.set(null);
    try {
      const draft = await firstValueFrom(this.#api.create({ engagementId, service, lines: draftLineRequests(lines) }));
      this.#snackBar.open(this.#transloco.translate('invoices.newDraft.created', { commune: draft.commune.name }), undefined, { duration: 6000 });
      await this.#router.navigate(['/factures', draft.id]);
    } catch (error) {
      this.error.set(invoiceFailureText('createFailed', error, this.#transloco));
    } finally {
      this.busy.set(false);
    }
  }
}

function engagementChoice({ id, commune }: EngagementListItem): CommuneChoice {
  return { value: id, name: commune.name, nis: commune.nis };
}
