import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { AuthStore, homePath, PASSWORD_MIN_LENGTH, safeReturnUrl, SIGN_IN_PATH } from '@bep/web/auth/data-access';
import { httpStatusOf, problemFieldErrors, problemMessage } from '@bep/web/shared/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthFrame } from '../auth-frame/auth-frame';
import { AUTH_TRANSLATIONS } from '../i18n/auth-translations';

/** The confirmation repeats the new password. */
function sameAsNewPassword(control: AbstractControl<string>): ValidationErrors | null {
  const newPassword = control.parent?.get('newPassword')?.value as string | undefined;
  return !control.value || control.value === newPassword ? null : { mismatch: true };
}

/** The new password is another one. */
function differentFromCurrent(control: AbstractControl<string>): ValidationErrors | null {
  const current = control.parent?.get('currentPassword')?.value as string | undefined;
  return !control.value || control.value !== current ? null : { unchanged: true };
}

/**
 * /mot-de-passe: a user changes their password; a user holding a temporary one lands here first
 * and cannot go anywhere else until it is done.
 */
@Component({
  selector: 'bep-change-password-page',
  imports: [
    AuthFrame,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
    TranslocoPipe,
  ],
  providers: [AUTH_TRANSLATIONS],
  templateUrl: './change-password-page.html',
  styleUrl: '../auth-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  readonly #snackBar = inject(MatSnackBar);
  readonly #transloco = inject(TranslocoService);

  /** `?retour=/factures`: where to go once the password is changed. */
  readonly retour = input<string | undefined>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly mustChange = computed(() => this.#auth.user()?.mustChangePassword ?? false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), differentFromCurrent]],
    confirmation: ['', [Validators.required, sameAsNewPassword]],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly showPasswords = signal(false);

  private readonly currentInput = viewChild.required<ElementRef<HTMLInputElement>>('currentInput');
  private readonly newInput = viewChild.required<ElementRef<HTMLInputElement>>('newInput');
  private readonly confirmationInput = viewChild.required<ElementRef<HTMLInputElement>>('confirmationInput');

  constructor() {
    const { currentPassword, newPassword, confirmation } = this.form.controls;
    newPassword.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => confirmation.updateValueAndValidity());
    currentPassword.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => newPassword.updateValueAndValidity());
  }

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    const { currentPassword, newPassword } = this.form.controls;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.#focusFirstInvalid();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    try {
      await this.#auth.changePassword(currentPassword.value, newPassword.value);
      this.#snackBar.open(this.#transloco.translate('auth.password.changed'), undefined, { duration: 5000 });
      await this.#router.navigateByUrl(safeReturnUrl(this.retour()) ?? homePath(this.#auth.roles()));
    } catch (error) {
      this.#showFailure(error);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async logout(): Promise<void> {
    await this.#auth.logout();
    await this.#router.navigateByUrl(SIGN_IN_PATH);
  }

  #showFailure(error: unknown): void {
    const { currentPassword, newPassword } = this.form.controls;
    const status = httpStatusOf(error);
    if (status === 401) {
      currentPassword.setErrors({ wrong: true });
      this.currentInput().nativeElement.focus();
      return;
    }
    const fields = problemFieldErrors(error);
    if (status === 400 && fields['newPassword']) {
      newPassword.setErrors({ refused: true });
      this.newInput().nativeElement.focus();
      return;
    }
    this.error.set(problemMessage(error, this.#transloco.translate('auth.password.failed'), this.#transloco));
  }

  #focusFirstInvalid(): void {
    const { currentPassword, newPassword } = this.form.controls;
    const input = currentPassword.invalid
      ? this.currentInput()
      : newPassword.invalid
        ? this.newInput()
        : this.confirmationInput();
    input.nativeElement.focus();
  }
}
