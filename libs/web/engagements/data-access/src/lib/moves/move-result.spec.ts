import { HttpErrorResponse } from '@angular/common/http';
import { failedMove, moveFailure } from './move-result';

function failed(status: number, body: unknown = null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body });
}

describe('failedMove', () => {
  it('reads a 409 as a conflict: the version the user saw is stale', () => {
    expect(failedMove(failed(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'The engagement changed meanwhile.' }))).toEqual({
      status: 'conflict',
      failure: { status: 409, rule: null, detail: 'The engagement changed meanwhile.', fields: {} },
    });
  });

  it('names the stage rule of a 422', () => {
    const problem = { type: 'urn:bep:stage-rule:skip-or-backward-needs-manager', title: 'Stage rule broken', status: 422 };
    expect(failedMove(failed(422, problem))).toEqual({
      status: 'rule-broken',
      rule: 'skip-or-backward-needs-manager',
      failure: { status: 422, rule: 'skip-or-backward-needs-manager', detail: 'Stage rule broken', fields: {} },
    });
  });

  it('reads a 403 as an engagement that is not (or no longer) the user’s', () => {
    expect(failedMove(failed(403))).toEqual({ status: 'forbidden', failure: { status: 403, rule: null, detail: null, fields: {} } });
  });

  it.each([
    [failed(503, { type: 'about:blank', title: 'Service indisponible', status: 503, detail: 'La base de données ne répond pas.' }), 503, 'La base de données ne répond pas.'],
    [failed(404, { type: 'about:blank', title: 'Not Found', status: 404 }), 404, 'Not Found'],
    [failed(0), 0, null],
  ])('passes any other failure on with the server’s words (%#)', (error, status, detail) => {
    expect(failedMove(error)).toEqual({ status: 'failed', failure: { status, rule: null, detail, fields: {} } });
  });
});

describe('moveFailure', () => {
  it('words a move refused before sending like the 422 the server would have answered', () => {
    expect(moveFailure({ status: 'refused', rule: 'not-assigned', message: 'Only a manager may.' })).toEqual({
      status: 422,
      rule: 'not-assigned',
      detail: 'Only a manager may.',
      fields: {},
    });
    expect(moveFailure({ status: 'needs-note', kind: 'skip' })).toEqual({ status: 422, rule: 'note-required', detail: null, fields: {} });
  });

  it('says which work is missing, as the case of work-not-done', () => {
    expect(moveFailure({ status: 'refused', rule: 'work-not-done', message: 'Billing needs the work done.', missing: 'diagnostic' })).toEqual({
      status: 422,
      rule: 'work-not-done',
      ruleCase: 'diagnostic',
      detail: 'Billing needs the work done.',
      fields: {},
    });
    expect(moveFailure({ status: 'needs-note', kind: 'forward', missing: 'workshop' })).toEqual({ status: 422, rule: 'work-not-done', ruleCase: 'workshop', detail: null, fields: {} });
  });

  it('gives the server’s failure as it came', () => {
    const failure = { status: 409, rule: null, detail: 'Changed meanwhile.', fields: {} };
    expect(moveFailure({ status: 'conflict', failure })).toBe(failure);
  });
});
