import { HttpErrorResponse } from '@angular/common/http';
import { apiFailure } from './api-failure';

const problem = (status: number, body: object) => new HttpErrorResponse({ status, error: { title: 'Problem', status, ...body } });

describe('apiFailure', () => {
  it('keeps the status, the rule a problem type names, the detail and the field messages', () => {
    const error = problem(422, { type: 'urn:bep:stage-rule:note-required', title: 'Stage rule broken', detail: 'Closing needs a note.' });
    expect(apiFailure(error)).toEqual({ status: 422, rule: 'note-required', detail: 'Closing needs a note.', fields: {} });
  });

  it('names the rule of every kind of BEP problem type, and none for the generic one', () => {
    expect(apiFailure(problem(422, { type: 'urn:bep:contact-rule:binome-size' })).rule).toBe('binome-size');
    expect(apiFailure(problem(422, { type: 'urn:bep:activity:participants' })).rule).toBe('participants');
    expect(apiFailure(problem(409, { type: 'urn:bep:contact-referenced' })).rule).toBe('contact-referenced');
    expect(apiFailure(problem(409, { type: 'about:blank' })).rule).toBeNull();
  });

  it('reads the field messages of a 400, and the title when there is no detail', () => {
    const error = problem(400, { type: 'about:blank', title: 'Bad Request', errors: [{ path: 'email', message: 'not a valid e-mail address' }] });
    expect(apiFailure(error)).toEqual({ status: 400, rule: null, detail: 'Bad Request', fields: { email: 'not a valid e-mail address' } });
  });

  it('says 0 when the server did not answer, and nothing more for a body that is no problem', () => {
    expect(apiFailure(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }))).toEqual({ status: 0, rule: null, detail: null, fields: {} });
    expect(apiFailure(new HttpErrorResponse({ status: 502, error: 'Bad gateway' })).detail).toBeNull();
    expect(apiFailure(new Error('boom')).status).toBe(0);
  });
});
