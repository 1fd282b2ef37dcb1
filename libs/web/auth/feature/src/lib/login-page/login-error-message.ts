import { httpStatusOf, problemMessage, retryAfterSeconds, type Translator } from '@bep/web/shared/data-access';

/** "Réessayez dans 15 minutes." from a Retry-After of 900 seconds; at least one minute. */
function tooManyAttemptsMessage(seconds: number | null, transloco: Translator): string {
  if (seconds === null) {
    return transloco.translate('auth.loginError.tooManyAttempts');
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1
    ? transloco.translate('auth.loginError.tooManyAttemptsOneMinute')
    : transloco.translate('auth.loginError.tooManyAttemptsMinutes', { minutes });
}

/** What the sign-in form says when POST /api/auth/login fails, in the interface language. */
export function loginErrorMessage(error: unknown, transloco: Translator): string {
  switch (httpStatusOf(error)) {
    case 401:
      return transloco.translate('auth.loginError.wrongCredentials');
    case 429:
      return tooManyAttemptsMessage(retryAfterSeconds(error), transloco);
    case 400:
      return transloco.translate('auth.loginError.invalid');
    default:
      return problemMessage(error, transloco.translate('auth.loginError.failed'), transloco);
  }
}
