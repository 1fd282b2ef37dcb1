import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import type { ProblemDetails } from '@bep/contracts';
import { provideI18nTesting } from '@bep/web/shared/i18n/testing';
import { TranslocoService } from '@jsverse/transloco';
import { problemMessage } from './failure-text';
import { httpStatusOf, problemFieldErrors, problemOf, retryAfterSeconds } from './problem';

function failure(status: number, error: unknown, headers?: Record<string, string>): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, headers: new HttpHeaders(headers) });
}

const invalid: ProblemDetails = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'The request is invalid; see errors.',
  errors: [
    { path: 'email', message: 'Invalid email address' },
    { path: 'roles', message: 'at least one role' },
    { path: 'email', message: 'second message on the same field' },
  ],
};

describe('problem helpers', () => {
  /** The shared words, in French. */
  let french: TranslocoService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideI18nTesting()] });
    french = TestBed.inject(TranslocoService);
  });

  it('prefers the detail, then the title of a problem', () => {
    expect(problemMessage(failure(403, { ...invalid, status: 403, detail: 'Réservé aux administrateurs.' }), 'x', french)).toBe(
      'Réservé aux administrateurs.',
    );
    expect(problemMessage(failure(500, { type: 'about:blank', title: 'Erreur interne', status: 500 }), 'x', french)).toBe(
      'Erreur interne',
    );
  });

  it('explains network errors and non-problem bodies with the shared words, after the caller\'s sentence', () => {
    expect(problemMessage(failure(0, new ProgressEvent('error')), 'Échec.', french)).toBe(
      'Le serveur ne répond pas. Vérifiez votre connexion, puis réessayez.',
    );
    expect(problemMessage(failure(502, 'Bad gateway'), 'Échec.', french)).toBe('Échec. Erreur HTTP 502.');
    expect(problemMessage(new Error('boom'), 'Échec.', french)).toBe('Échec.');
  });

  it('reads the problem and the status of an HTTP error only', () => {
    expect(problemOf(failure(400, invalid))?.title).toBe('Bad Request');
    expect(problemOf(failure(400, 'text'))).toBeNull();
    expect(httpStatusOf(failure(429, null))).toBe(429);
    expect(httpStatusOf(new Error('boom'))).toBeNull();
  });

  it('keys the first message of each field by its path', () => {
    expect(problemFieldErrors(failure(400, invalid))).toEqual({
      email: 'Invalid email address',
      roles: 'at least one role',
    });
    expect(problemFieldErrors(failure(500, 'oops'))).toEqual({});
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterSeconds(failure(429, null, { 'Retry-After': '120' }))).toBe(120);
    const now = new Date('2019-05-02T10:00:00Z');
    expect(retryAfterSeconds(failure(429, null, { 'Retry-After': 'Thu, 02 May 2019 10:05:00 GMT' }), now)).toBe(300);
    expect(retryAfterSeconds(failure(429, null))).toBeNull();
    expect(retryAfterSeconds(failure(429, null, { 'Retry-After': 'bientôt' }))).toBeNull();
  });
});
