import { failureReason } from './failure-reason';

describe('failureReason', () => {
  it.each([
    [{ status: 0, rule: null, detail: null }, { key: 'pipeline.failure.unreachable' }],
    [{ status: 409, rule: null, detail: 'changed meanwhile' }, { key: 'pipeline.failure.stale' }],
    [{ status: 403, rule: null, detail: 'Only the consultants assigned…' }, { key: 'pipeline.failure.forbidden' }],
    [{ status: 422, rule: 'note-required', detail: 'Closing needs a note.' }, { key: 'pipeline.rule.note-required' }],
    [{ status: 422, rule: 'not-assigned', detail: null }, { key: 'pipeline.rule.not-assigned' }],
    [{ status: 422, rule: 'a-rule-of-tomorrow', detail: 'The server says why.' }, { text: 'The server says why.' }],
    [{ status: 503, rule: null, detail: 'La base de données ne répond pas.' }, { text: 'La base de données ne répond pas.' }],
    [{ status: 502, rule: null, detail: null }, { key: 'pipeline.failure.httpError', params: { status: 502 } }],
  ])('explains %o', (failure, reason) => {
    expect(failureReason(failure)).toEqual(reason);
  });
});
