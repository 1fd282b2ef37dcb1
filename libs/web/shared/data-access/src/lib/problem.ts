import { HttpErrorResponse } from '@angular/common/http';
import type { ProblemDetails } from '@bep/contracts';

function isProblemDetails(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && typeof (body as ProblemDetails).title === 'string';
}

/** The RFC 9457 body of a failed API call, if it has one. */
export function problemOf(error: unknown): ProblemDetails | null {
  return error instanceof HttpErrorResponse && isProblemDetails(error.error) ? error.error : null;
}

/** The HTTP status of a failed call: 0 when the server was not reached, null when it is no HTTP error. */
export function httpStatusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/** The field-level messages of a 400 problem, keyed by the field's path (`email`, `roles`, `address.city`). */
export function problemFieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const { path, message } of problemOf(error)?.errors ?? []) {
    fields[path] ??= message;
  }
  return fields;
}

/**
 * How long the server asks to wait (`Retry-After`, in seconds or as an HTTP date), or null when it
 * does not say.
 */
export function retryAfterSeconds(error: unknown, now: Date = new Date()): number | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const header = error.headers.get('Retry-After')?.trim();
  if (!header) {
    return null;
  }
  if (/^\d+$/.test(header)) {
    return Number(header);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}
