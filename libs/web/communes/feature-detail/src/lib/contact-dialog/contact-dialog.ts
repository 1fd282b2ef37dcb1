import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { Contact, ContactFunction } from '@bep/contracts';
import { CommunePageStore } from '@bep/web/communes/data-access';
import { apiFailure, type ApiFailure, FailureTextPipe } from '@bep/web/shared/data-access';
import { TranslocoPipe } from '@jsverse/transloco';
import { communeFailures } from '../shared/commune-failures';

export interface ContactDialogData {
  /** The contact to change; null: a new one. */
  contact: Contact | null;
}

/**
 * The functions a contact may have, in the order the form offers them. Written out (the keys of
 * CONTACT_FUNCTIONS in @bep/contracts, checked by the type) so that zod stays out of the bundle.
 */
const FUNCTIONS = { agent: 0, echevin: 1, directeur_general: 2, bourgmestre: 3, finance: 4, other: 5 } satisfies Record<ContactFunction, number>;
const FUNCTION_ORDER = Object.keys(FUNCTIONS) as ContactFunction[];

/** The API's limits (contactSchema). */
const NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 320;
const PHONE_MAX_LENGTH = 40;

/**
 * Adds a contact to the commune or changes one (managers). A contact needs an e-mail or a phone
 * number; the server normalises the phone number and keeps the binôme to two people, and its
 * refusals show on the field they concern. Closes with the saved contact.
 */
@Component({
  selector: 'bep-contact-dialog',
  imports: [
    FailureTextPipe,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  templateUrl: './contact-dialog.html',
  styleUrl: './contact-dialog.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactDialog {
  /** How the failures of this part of the page are worded. */
  protected readonly failures = communeFailures('commune.contacts.alreadyErased');
  readonly #store = inject(CommunePageStore);
  readonly #dialogRef = inject<MatDialogRef<ContactDialog, Contact>>(MatDialogRef);
  protected readonly editing = inject<ContactDialogData>(MAT_DIALOG_DATA).contact;
  protected readonly functions = FUNCTION_ORDER;

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(NAME_MAX_LENGTH)]],
    function: [this.editing?.function ?? ('agent' as ContactFunction)],
    email: [this.editing?.email ?? '', [Validators.email, Validators.maxLength(EMAIL_MAX_LENGTH)]],
    phone: [this.editing?.phone ?? '', [Validators.maxLength(PHONE_MAX_LENGTH)]],
    isBinome: [this.editing?.isBinome ?? false],
  });

  protected readonly submitting = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** The server's refusal of the binôme (a third member): shown under the checkbox. */
  protected readonly binomeRefused = signal(false);

  private readonly nameInput = viewChild.required<ElementRef<HTMLInputElement>>('nameInput');
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly phoneInput = viewChild.required<ElementRef<HTMLInputElement>>('phoneInput');

  constructor() {
    // Either means of reaching the contact satisfies the rule: typing in one clears it on the other.
    for (const control of [this.form.controls.email, this.form.controls.phone]) {
      control.valueChanges.subscribe(() => this.#clearError(this.form.controls.email, 'reachable'));
    }
    this.form.controls.isBinome.valueChanges.subscribe(() => this.binomeRefused.set(false));
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    const { name, function: role, email, phone, isBinome } = this.form.getRawValue();
    if (!email.trim() && !phone.trim()) {
      this.form.controls.email.setErrors({ ...this.form.controls.email.errors, reachable: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.failure.set(null);
    try {
      const saved = await this.#store.saveContact(this.editing?.id ?? null, {
        name: name.trim(),
        function: role,
        email: email.trim() || null,
        phone: phone.trim() || null,
        isBinome,
      });
      this.#dialogRef.close(saved);
    } catch (error) {
      this.#showFailure(apiFailure(error));
    } finally {
      this.submitting.set(false);
    }
  }

  /** Field messages on their field, a rule on the field it concerns, anything else above the form. */
  #showFailure(failure: ApiFailure): void {
    const { name, email, phone } = this.form.controls;
    const controls: Record<string, AbstractControl> = { name, email, phone };
    const placed = Object.entries(failure.fields).filter(([path]) => controls[path]);
    for (const [path, message] of placed) {
      controls[path].setErrors({ server: message });
      controls[path].markAsTouched();
    }
    if (failure.rule === 'binome-size') {
      this.binomeRefused.set(true);
    } else if (failure.rule === 'reachable') {
      email.setErrors({ reachable: true });
      email.markAsTouched();
    } else if (placed.length === 0) {
      this.failure.set(failure);
    }
    this.#focusFirstInvalid();
  }

  #focusFirstInvalid(): void {
    const { name, email, phone } = this.form.controls;
    const input = name.invalid ? this.nameInput() : email.invalid ? this.emailInput() : phone.invalid ? this.phoneInput() : null;
    input?.nativeElement.focus();
  }

  #clearError(control: AbstractControl, key: string): void {
    if (!control.hasError(key)) return;
    const rest = { ...control.errors };
    delete rest[key];
    control.setErrors(Object.keys(rest).length ? rest : null);
  }
}
