import { httpStatusOf, problemMessage, retryAfterSeconds } from '@bep/web/shared/data-access';

export const WRONG_CREDENTIALS_MESSAGE = 'Adresse e-mail ou mot de passe incorrect.';

/** "Réessayez dans 15 minutes." from a Retry-After of 900 seconds; at least one minute. */
export function tooManyAttemptsMessage(seconds: number | null): string {
  if (seconds === null) {
    return 'Trop de tentatives. Réessayez dans quelques minutes.';
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Trop de tentatives. Réessayez dans ${minutes} ${minutes > 1 ? 'minutes' : 'minute'}.`;
}

/** What the sign-in form says when POST /api/auth/login fails. */
export function loginErrorMessage(error: unknown): string {
  switch (httpStatusOf(error)) {
    case 401:
      return WRONG_CREDENTIALS_MESSAGE;
    case 429:
      return tooManyAttemptsMessage(retryAfterSeconds(error));
    case 400:
      return "Vérifiez l'adresse e-mail et le mot de passe saisis.";
    default:
      return problemMessage(error, 'La connexion a échoué.');
  }
}
