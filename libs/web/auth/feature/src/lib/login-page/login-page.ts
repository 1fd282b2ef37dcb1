import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { AuthStore, CHANGE_PASSWORD_PATH, homePath, safeReturnUrl, signInQueryParams } from '@bep/web/auth/data-access';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { AuthFrame } from '../auth-frame/auth-frame';
import { AUTH_TRANSLATIONS } from '../i18n/auth-translations';
import { loginErrorMessage } from './login-error-message';

/** /connexion: e-mail and password; then the page the user asked for, or their home page. */
@Component({
  selector: 'bep-login-page',
  imports: [AuthFrame, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, ReactiveFormsModule, TranslocoPipe],
  providers: [AUTH_TRANSLATIONS],
  templateUrl: './login-page.html',
  styleUrl: '../auth-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  readonly #auth = inject(AuthStore);
  readonly #router = inject(Router);
  readonly #transloco = inject(TranslocoService);

  /** `?retour=/communes`: where to go once signed in (bound from the query string). */
  readonly retour = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly showPassword = signal(false);

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  protected async submit(): Promise<void> {
    if (this.submitting()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      (this.form.controls.email.invalid ? this.emailInput() : this.passwordInput()).nativeElement.focus();
      return;
    }
    this.submitting.set(true);
    this.error.set(null);
    const { email, password } = this.form.getRawValue();
    try {
      const user = await this.#auth.login(email, password);
      const target = safeReturnUrl(this.retour()) ?? homePath(user.roles);
      if (user.mustChangePassword) {
        await this.#router.navigate([CHANGE_PASSWORD_PATH], { queryParams: signInQueryParams(target) });
      } else {
        await this.#router.navigateByUrl(target);
      }
    } catch (error) {
      this.error.set(loginErrorMessage(error, this.#transloco));
      this.form.controls.password.reset();
      this.passwordInput().nativeElement.focus();
    } finally {
      this.submitting.set(false);
    }
  }
}
