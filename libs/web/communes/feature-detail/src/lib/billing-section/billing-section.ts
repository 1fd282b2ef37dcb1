import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CommuneBilling, CommuneBillingProfile } from '@bep/contracts';
import { formatEnterpriseNumber } from '@bep/domain';
import { CommuneBillingApi, CommunePageStore } from '@bep/web/communes/data-access';
import {
  apiFailure,
  type ApiFailure,
  enterpriseNumberValidator,
  FailureTextPipe,
  firstError,
  peppolEndpointValidator,
  postalCodeValidator,
  vatNumberValidator,
} from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { PageDialogs } from '../shared/page-dialogs';

/** The form's fields in the order a failure focuses them; each path is the API's field path, each word `commune.billing.fields.<key>`. */
const FIELDS = [
  { path: 'address.street', key: 'street' },
  { path: 'address.postalCode', key: 'postalCode' },
  { path: 'address.city', key: 'city' },
  { path: 'enterpriseNumber', key: 'enterpriseNumber', hint: true },
  { path: 'vatNumber', key: 'vatNumber', hint: true },
  { path: 'peppolEndpoint', key: 'peppolEndpoint', hint: true },
  { path: 'buyerReference', key: 'buyerReference', hint: true },
  { path: 'email', key: 'email' },
] as const;

/**
 * "Facturation": how the commune is billed (the buyer of its invoices), for those who read it
 * (managers, finance, administrators); finance and administrators change it in place. The
 * identifiers are checked as they are typed with the API's rules; what the API still refuses
 * shows on its field.
 */
@Component({
  selector: 'bep-billing-section',
  imports: [FailureTextPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './billing-section.html',
  styleUrl: '../shared/section.css',
  styles: `
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25rem 1rem;
      margin: 0;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    form {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
      gap: 0.75rem 1rem;
    }
    .actions {
      grid-column: 1 / -1;
      display: flex;
      justify-content: flex-end;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BillingSection {
  protected readonly store = inject(CommunePageStore);
  readonly #api = inject(CommuneBillingApi);
  readonly #dialogs = inject(PageDialogs);

  protected readonly billing = signal<CommuneBilling | null>(null);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly editing = signal(false);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly fields = FIELDS;
  protected readonly firstError = firstError;
  protected readonly formatEnterpriseNumber = formatEnterpriseNumber;

  protected readonly form = inject(NonNullableFormBuilder).group({
    address: inject(NonNullableFormBuilder).group({
      street: ['', [Validators.required, Validators.maxLength(200)]],
      postalCode: ['', [Validators.required, postalCodeValidator]],
      city: ['', [Validators.required, Validators.maxLength(100)]],
    }),
    enterpriseNumber: ['', [Validators.required, enterpriseNumberValidator]],
    vatNumber: ['', [vatNumberValidator]],
    peppolEndpoint: ['', [Validators.required, peppolEndpointValidator]],
    buyerReference: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
  });

  constructor() {
    // The VAT number is checked against the enterprise number beside it.
    this.form.controls.enterpriseNumber.valueChanges.subscribe(() => this.form.controls.vatNumber.updateValueAndValidity({ emitEvent: false }));
    effect(() => {
      const nis = this.store.nis();
      if (nis && this.store.permissions().readBilling) void this.load(nis);
    });
  }

  protected control(path: string): FormControl<string> {
    return this.form.get(path) as FormControl<string>;
  }

  protected async load(nis: string): Promise<void> {
    this.loadFailure.set(null);
    try {
      this.billing.set(await firstValueFrom(this.#api.get(nis)));
    } catch (error) {
      this.loadFailure.set(apiFailure(error));
    }
  }

  protected edit(): void {
    const profile = this.billing()?.profile;
    const nis = this.store.nis() ?? '';
    this.form.reset(profile ? valuesOf(profile) : { address: { street: '', postalCode: '', city: this.billing()?.communeName ?? '' }, buyerReference: `BEP-TN-${nis}` });
    this.failure.set(null);
    this.editing.set(true);
  }

  protected async submit(): Promise<void> {
    const nis = this.store.nis();
    if (this.submitting() || !nis) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    this.submitting.set(true);
    this.failure.set(null);
    try {
      this.billing.set(await firstValueFrom(this.#api.update(nis, { ...value, vatNumber: value.vatNumber.trim() || null, email: value.email.trim() || null })));
      this.editing.set(false);
      this.#dialogs.announce('commune.billing.saved');
    } catch (error) {
      this.#showFailure(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }

  /** Field messages on their field; anything else above the form. */
  #showFailure(failure: ApiFailure): void {
    const placed = Object.entries(failure.fields).filter(([path]) => FIELDS.some((field) => field.path === path));
    for (const [path, message] of placed) {
      this.control(path).setErrors({ server: message });
      this.control(path).markAsTouched();
    }
    if (placed.length === 0) this.failure.set(failure);
    this.#focusFirstInvalid();
  }

  #focusFirstInvalid(): void {
    const field = FIELDS.find(({ path }) => this.control(path).invalid);
    if (field) document.getElementById(`billing-${field.key}`)?.focus();
  }
}

function valuesOf(profile: CommuneBillingProfile) {
  const { street, postalCode, city } = profile.address;
  return {
    address: { street, postalCode, city },
    enterpriseNumber: formatEnterpriseNumber(profile.enterpriseNumber),
    vatNumber: profile.vatNumber ?? '',
    peppolEndpoint: profile.peppolEndpoint,
    buyerReference: profile.buyerReference,
    email: profile.email ?? '',
  };
}
