import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@bep/contracts';

function isProblemDetails(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && typeof (body as ProblemDetails).title === 'string';
}

/**
 * A French sentence for a failed API call. The API speaks RFC 9457: its `detail` (or `title`)
 * is written for the user, so it wins over the generic `fallback`.
 */
export function problemMessage(error: unknown, fallback: string): string {
  if (!(error instanceof HttpErrorResponse)) {
    return fallback;
  }
  if (isProblemDetails(error.error)) {
    return error.error.detail?.trim() || error.error.title;
  }
  if (error.status === 0) {
    return 'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.';
  }
  return `${fallback} Erreur HTTP ${error.status}.`;
}
