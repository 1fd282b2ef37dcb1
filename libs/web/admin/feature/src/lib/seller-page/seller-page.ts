import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { SellerIdentity } from '@bep/contracts';
import { SellerApi } from '@bep/web/admin/data-access';
import {
  apiFailure,
  type ApiFailure,
  bicValidator,
  enterpriseNumberValidator,
  FailureTextPipe,
  firstError,
  ibanValidator,
  peppolEndpointValidator,
  postalCodeValidator,
  vatNumberValidator,
} from '@bep/web/shared/data-access';
import { BepDateTimePipe } from '@bep/web/shared/i18n';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

/** The text fields of the form, in the order a failure focuses them; the path is the API's field path. */
const FIELDS = ['name', 'address.street', 'address.postalCode', 'address.city', 'enterpriseNumber', 'vatNumber', 'iban', 'bic', 'peppolEndpoint', 'email', 'phone'] as const;
export type SellerField = (typeof FIELDS)[number];

/** How the form shows each field: its words are `admin.seller.fields.<key>` (and `.hint` when it has one). */
interface FieldView {
  path: SellerField;
  key: string;
  type?: 'email' | 'tel';
  hint?: boolean;
  required?: boolean;
}

/** The form's blocks: who BEP is, where it is, how it is paid and reached. */
const BLOCKS: { legend: string; fields: FieldView[] }[] = [
  {
    legend: 'identity',
    fields: [
      { path: 'name', key: 'name', required: true },
      { path: 'enterpriseNumber', key: 'enterpriseNumber', hint: true, required: true },
      { path: 'vatNumber', key: 'vatNumber', hint: true },
      { path: 'peppolEndpoint', key: 'peppolEndpoint', hint: true, required: true },
    ],
  },
  {
    legend: 'address',
    fields: [
      { path: 'address.street', key: 'street', required: true },
      { path: 'address.postalCode', key: 'postalCode', required: true },
      { path: 'address.city', key: 'city', required: true },
    ],
  },
  {
    legend: 'payment',
    fields: [
      { path: 'iban', key: 'iban', hint: true, required: true },
      { path: 'bic', key: 'bic', hint: true, required: true },
    ],
  },
  {
    legend: 'contact',
    fields: [
      { path: 'email', key: 'email', type: 'email' },
      { path: 'phone', key: 'phone', type: 'tel' },
    ],
  },
];

/**
 * /administration/vendeur (administrators and finance): BEP's identity as printed on every
 * invoice and sent in every Peppol UBL. The identifiers are checked as they are typed with the
 * API's rules; what the API still refuses shows on its field.
 */
@Component({
  selector: 'bep-seller-page',
  imports: [BepDateTimePipe, FailureTextPipe, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule, TranslocoPipe],
  templateUrl: './seller-page.html',
  styleUrl: './seller-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SellerPage {
  readonly #api = inject(SellerApi);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    address: inject(NonNullableFormBuilder).group({
      street: ['', [Validators.required, Validators.maxLength(200)]],
      postalCode: ['', [Validators.required, postalCodeValidator]],
      city: ['', [Validators.required, Validators.maxLength(100)]],
    }),
    enterpriseNumber: ['', [Validators.required, enterpriseNumberValidator]],
    vatNumber: ['', [vatNumberValidator]],
    iban: ['', [Validators.required, ibanValidator]],
    bic: ['', [Validators.required, bicValidator]],
    peppolEndpoint: ['', [Validators.required, peppolEndpointValidator]],
    email: ['', [Validators.email, Validators.maxLength(320)]],
    phone: ['', [Validators.maxLength(40)]],
  });

  protected readonly loading = signal(true);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly configured = signal(false);
  protected readonly updatedAt = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly firstError = firstError;
  protected readonly blocks = BLOCKS;

  constructor() {
    // The VAT number is checked against the enterprise number beside it.
    this.form.controls.enterpriseNumber.valueChanges.subscribe(() => this.form.controls.vatNumber.updateValueAndValidity({ emitEvent: false }));
    void this.load();
  }

  protected control(field: SellerField): FormControl<string> {
    return this.form.get(field) as FormControl<string>;
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      const settings = await firstValueFrom(this.#api.get());
      if (settings.identity) this.#fill(settings.identity);
      this.configured.set(settings.identity !== null);
      this.updatedAt.set(settings.updatedAt);
    } catch (error) {
      this.loadFailure.set(apiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    const value = this.form.getRawValue();
    const optional = (text: string) => text.trim() || null;
    this.submitting.set(true);
    this.failure.set(null);
    try {
      const saved = await firstValueFrom(
        this.#api.update({ ...value, vatNumber: optional(value.vatNumber), email: optional(value.email), phone: optional(value.phone) }),
      );
      if (saved.identity) this.#fill(saved.identity);
      this.configured.set(true);
      this.updatedAt.set(saved.updatedAt);
      this.#snackBar.open(this.#transloco.translate('admin.seller.saved'), undefined, { duration: 4000 });
    } catch (error) {
      this.#showFailure(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }

  /** The stored values as they will be printed (formatted identifiers read better than 10 digits). */
  #fill(identity: SellerIdentity): void {
    const { street, postalCode, city } = identity.address;
    this.form.reset({ ...identity, address: { street, postalCode, city }, vatNumber: identity.vatNumber ?? '', email: identity.email ?? '', phone: identity.phone ?? '' });
  }

  /** Field messages on their field; anything else above the form. */
  #showFailure(failure: ApiFailure): void {
    const placed = Object.entries(failure.fields).filter(([path]) => (FIELDS as readonly string[]).includes(path));
    for (const [path, message] of placed) {
      const control = this.control(path as SellerField);
      control.setErrors({ server: message });
      control.markAsTouched();
    }
    if (placed.length === 0) this.failure.set(failure);
    this.#focusFirstInvalid();
  }

  #focusFirstInvalid(): void {
    const field = FIELDS.find((path) => this.control(path).invalid);
    if (field) document.getElementById(`seller-${field.replace('.', '-')}`)?.focus();
  }
}
