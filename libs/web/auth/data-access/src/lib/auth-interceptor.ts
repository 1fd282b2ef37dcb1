import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AUTH_API, AuthStore } from './auth-store';
import { CHANGE_PASSWORD_PATH, SIGN_IN_PATH } from './auth-guards';
import { signInQueryParams } from './return-url';

/**
 * Calls whose 401 means something else than "your session has ended": wrong credentials (login),
 * not signed in yet (me), wrong current password (password); logout handles its own.
 */
const OWN_401 = new Set<string>(Object.values(AUTH_API));

/**
 * The problem type of the API's 403 to an account that must change its temporary password
 * (`PASSWORD_CHANGE_REQUIRED_TYPE` of the contracts, repeated here because the client imports only
 * types from them; the spec holds the two equal).
 */
export const PASSWORD_CHANGE_REQUIRED = 'urn:bep:password-change-required';

function pathOf(url: string): string {
  return url.split(/[?#]/, 1)[0];
}

/**
 * When the API answers 401 (session expired or revoked, user deactivated), forget the user and
 * ask them to sign in again, coming back to the page they were on. When it answers that the
 * password must be changed first (an administrator reset it meanwhile), go and change it, then
 * come back.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      const path = pathOf(request.url);
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        path.startsWith('/api/') &&
        !OWN_401.has(path)
      ) {
        const current = router.url;
        store.clear();
        if (!current.startsWith(SIGN_IN_PATH)) {
          void router.navigate([SIGN_IN_PATH], { queryParams: signInQueryParams(current) });
        }
      } else if (error instanceof HttpErrorResponse && error.status === 403 && (error.error as { type?: unknown } | null)?.type === PASSWORD_CHANGE_REQUIRED) {
        const current = router.url;
        store.requirePasswordChange();
        if (!current.startsWith(CHANGE_PASSWORD_PATH)) {
          void router.navigate([CHANGE_PASSWORD_PATH], { queryParams: signInQueryParams(current) });
        }
      }
      return throwError(() => error);
    }),
  );
};
