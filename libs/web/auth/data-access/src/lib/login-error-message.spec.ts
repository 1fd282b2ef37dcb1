import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { loginErrorMessage, tooManyAttemptsMessage } from './login-error-message';

function failure(status: number, error: unknown = null, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(headers) });
}

describe('loginErrorMessage', () => {
  it('says in French that the credentials are wrong on a 401', () => {
    expect(
      loginErrorMessage(failure(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid e-mail or password.' })),
    ).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('says how many minutes to wait on a 429', () => {
    expect(loginErrorMessage(failure(429, null, { 'Retry-After': '900' }))).toBe(
      'Trop de tentatives. Réessayez dans 15 minutes.',
    );
    expect(loginErrorMessage(failure(429, null, { 'Retry-After': '61' }))).toBe(
      'Trop de tentatives. Réessayez dans 2 minutes.',
    );
    expect(tooManyAttemptsMessage(20)).toBe('Trop de tentatives. Réessayez dans 1 minute.');
    expect(loginErrorMessage(failure(429))).toBe('Trop de tentatives. Réessayez dans quelques minutes.');
  });

  it('passes on the problem detail of another failure, or explains it in French', () => {
    expect(
      loginErrorMessage(failure(503, { type: 'about:blank', title: 'Indisponible', status: 503, detail: 'Maintenance en cours.' })),
    ).toBe('Maintenance en cours.');
    expect(loginErrorMessage(failure(0, new ProgressEvent('error')))).toMatch(/serveur ne répond pas/);
    expect(loginErrorMessage(failure(502, 'Bad gateway'))).toBe('La connexion a échoué. Erreur HTTP 502.');
  });
});
