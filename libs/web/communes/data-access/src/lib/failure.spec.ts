import { HttpErrorResponse } from '@angular/common/http';
import { failureOf } from './failure';

describe('failureOf', () => {
  it('keeps the status, the rule a problem type names, the detail and the field messages', () => {
    const error = new HttpErrorResponse({
      status: 422,
      error: { type: 'urn:bep:stage-rule:note-required', title: 'Stage rule broken', status: 422, detail: 'Closing needs a note.' },
    });
    expect(failureOf(error)).toEqual({ status: 422, type: 'urn:bep:stage-rule:note-required', detail: 'Closing needs a note.', fields: {} });
  });

  it('reads the field messages of a 400 and ignores the generic problem type', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ path: 'email', message: 'not a valid e-mail address' }] },
    });
    expect(failureOf(error)).toEqual({ status: 400, type: null, detail: 'Bad Request', fields: { email: 'not a valid e-mail address' } });
  });

  it('says 0 when the server did not answer, and nothing more for a body that is no problem', () => {
    expect(failureOf(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') }))).toEqual({ status: 0, type: null, detail: null, fields: {} });
    expect(failureOf(new HttpErrorResponse({ status: 502, error: 'Bad gateway' })).detail).toBeNull();
    expect(failureOf(new Error('boom')).status).toBe(0);
  });
});
