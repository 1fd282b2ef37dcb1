import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { LanguageStore } from '@bep/web/shared/i18n';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoService } from '@jsverse/transloco';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { loginErrorMessage } from './login-error-message';

function failure(status: number, error: unknown = null, headers: Record<string, string> = {}): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(headers) });
}

describe('loginErrorMessage', () => {
  let transloco: TranslocoService;
  const message = (error: unknown) => loginErrorMessage(error, transloco);

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideI18nTesting({ auth: { fr, en } })] });
    transloco = TestBed.inject(TranslocoService);
  });

  it('says in French that the credentials are wrong on a 401', () => {
    expect(
      message(failure(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Invalid e-mail or password.' })),
    ).toBe('Adresse e-mail ou mot de passe incorrect.');
  });

  it('says how many minutes to wait on a 429', () => {
    expect(message(failure(429, null, { 'Retry-After': '900' }))).toBe('Trop de tentatives. Réessayez dans 15 minutes.');
    expect(message(failure(429, null, { 'Retry-After': '61' }))).toBe('Trop de tentatives. Réessayez dans 2 minutes.');
    expect(message(failure(429, null, { 'Retry-After': '20' }))).toBe('Trop de tentatives. Réessayez dans 1 minute.');
    expect(message(failure(429))).toBe('Trop de tentatives. Réessayez dans quelques minutes.');
  });

  it('passes on the problem detail of another failure, or explains it in French', () => {
    expect(
      message(failure(503, { type: 'about:blank', title: 'Indisponible', status: 503, detail: 'Maintenance en cours.' })),
    ).toBe('Maintenance en cours.');
    expect(message(failure(0, new ProgressEvent('error')))).toMatch(/serveur ne répond pas/);
    expect(message(failure(502, 'Bad gateway'))).toBe('La connexion a échoué. Erreur HTTP 502.');
  });

  it('speaks English once the interface is in English', () => {
    TestBed.inject(LanguageStore).use('en');
    expect(message(failure(401))).toBe('Wrong e-mail address or password.');
    expect(message(failure(429, null, { 'Retry-After': '900' }))).toBe('Too many attempts. Try again in 15 minutes.');
    expect(message(failure(502, 'Bad gateway'))).toBe('Signing in failed. HTTP error 502.');
  });
});
