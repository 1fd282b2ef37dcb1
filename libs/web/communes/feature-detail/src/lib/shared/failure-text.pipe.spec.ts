import { failureMessage } from './failure-text.pipe';

const failure = (status: number, type: string | null = null, detail: string | null = null) => ({ status, type, detail, fields: {} });

describe('failureMessage', () => {
  it('names the rule of a problem type first', () => {
    expect(failureMessage(failure(422, 'urn:bep:stage-rule:note-required', 'Closing needs a note.'))[0]).toEqual({ key: 'commune.rule.note-required' });
    expect(failureMessage(failure(422, 'urn:bep:contact-rule:binome-size'))[0]).toEqual({ key: 'commune.rule.binome-size' });
    expect(failureMessage(failure(409, 'urn:bep:contact-referenced'))[0]).toEqual({ key: 'commune.rule.contact-referenced' });
    expect(failureMessage(failure(422, 'urn:bep:activity:participants'))[0]).toEqual({ key: 'commune.rule.participants' });
  });

  it("lets each action explain a conflict, then says what the status means, then the server's words", () => {
    expect(failureMessage(failure(409, null, 'The engagement changed meanwhile.'), 'commune.stage.stale')).toEqual([
      { key: 'commune.stage.stale' },
      { text: 'The engagement changed meanwhile.' },
      { key: 'problem.httpError', params: { fallback: '', status: 409 } },
    ]);
    expect(failureMessage(failure(403, null, 'Only a manager...'))[0]).toEqual({ key: 'commune.failure.forbidden' });
    expect(failureMessage(failure(500, null, 'Erreur interne'))[0]).toEqual({ text: 'Erreur interne' });
  });

  it('says the server did not answer, or gives the bare status', () => {
    expect(failureMessage(failure(0))).toEqual([{ key: 'problem.unreachable' }]);
    expect(failureMessage(failure(502))).toEqual([{ key: 'problem.httpError', params: { fallback: '', status: 502 } }]);
  });
});
