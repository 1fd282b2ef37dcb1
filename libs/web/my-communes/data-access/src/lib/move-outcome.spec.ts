import { HttpErrorResponse } from '@angular/common/http';
import { moveFailure } from './move-outcome';

function failed(status: number, body: unknown = null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('moveFailure', () => {
  it('reads a 409 as a stale version', () => {
    expect(moveFailure('Gembloux', failed(409, { type: 'about:blank', title: 'Conflict', status: 409 }))).toEqual({ status: 'stale', commune: 'Gembloux' });
  });

  it('names the stage rule of a 422', () => {
    const problem = { type: 'urn:bep:stage-rule:skip-or-backward-needs-manager', title: 'Stage rule broken', status: 422 };
    expect(moveFailure('Gembloux', failed(422, problem))).toEqual({ status: 'refused', commune: 'Gembloux', rule: 'skip-or-backward-needs-manager' });
  });

  it('reads a 403 as an engagement that is no longer the consultant’s', () => {
    expect(moveFailure('Gembloux', failed(403))).toEqual({ status: 'forbidden', commune: 'Gembloux' });
  });

  it('passes any other failure on, for the page to say in the server’s words', () => {
    const error = failed(503, { type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' });
    expect(moveFailure('Gembloux', error)).toEqual({ status: 'failed', commune: 'Gembloux', error });
  });
});
