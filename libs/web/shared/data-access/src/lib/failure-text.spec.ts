import type { ApiFailure } from './api-failure';
import { failureMessages, failureText, type FailureWording, type Translator } from './failure-text';

const failure = (status: number, rule: string | null = null, detail: string | null = null): ApiFailure => ({ status, rule, detail, fields: {} });

const wording: FailureWording = { rules: 'page.rule', statuses: { 403: 'page.forbidden', 409: 'page.stale' } };

/** A page's words: a sentence for one rule and two statuses, and the shared words `problem.*`. */
const WORDS: Record<string, string> = {
  'page.rule.note-required': 'Ce déplacement demande une note.',
  'page.forbidden': 'Vous ne pouvez pas faire cela.',
  'page.stale': 'Quelqu’un a modifié cet engagement entre-temps.',
  'problem.unreachable': 'Le serveur ne répond pas.',
  'problem.httpError': '{{ fallback }} Erreur HTTP {{ status }}.',
};
const translator: Translator = {
  translate: (key, params = {}) => (WORDS[key] ?? key).replace(/\{\{ (\w+) \}\}/g, (_, name: string) => String(params[name])),
};

describe('failureMessages', () => {
  it('puts the rule first, then the status, then the server’s words, then the shared words', () => {
    expect(failureMessages(failure(422, 'note-required', 'Closing needs a note.'), wording)).toEqual([
      { key: 'page.rule.note-required' },
      { text: 'Closing needs a note.' },
      { key: 'problem.httpError', params: { fallback: '', status: 422 } },
    ]);
    expect(failureMessages(failure(409, null, 'Changed meanwhile.'), wording)).toEqual([
      { key: 'page.stale' },
      { text: 'Changed meanwhile.' },
      { key: 'problem.httpError', params: { fallback: '', status: 409 } },
    ]);
    expect(failureMessages({ ...failure(422, 'work-not-done', 'Billing needs the work done.'), ruleCase: 'workshop' }, wording)).toEqual([
      { key: 'page.rule.work-not-done-workshop' },
      { key: 'page.rule.work-not-done' },
      { text: 'Billing needs the work done.' },
      { key: 'problem.httpError', params: { fallback: '', status: 422 } },
    ]);
    expect(failureMessages(failure(0))).toEqual([{ key: 'problem.unreachable' }]);
    expect(failureMessages(failure(502), { fallback: 'Échec.' })).toEqual([{ key: 'problem.httpError', params: { fallback: 'Échec.', status: 502 } }]);
  });
});

describe('failureText', () => {
  it('says the first sentence that has a translation', () => {
    expect(failureText(failure(422, 'note-required', 'Closing needs a note.'), wording, translator)).toBe('Ce déplacement demande une note.');
    expect(failureText(failure(403, null, 'Only a manager...'), wording, translator)).toBe('Vous ne pouvez pas faire cela.');
    expect(failureText(failure(0), wording, translator)).toBe('Le serveur ne répond pas.');
  });

  it('falls through to the server’s words for a rule the page does not word, then to the bare status', () => {
    expect(failureText(failure(422, 'a-rule-of-tomorrow', 'The server says why.'), wording, translator)).toBe('The server says why.');
    expect(failureText(failure(502), wording, translator)).toBe('Erreur HTTP 502.');
    expect(failureText(failure(502), { fallback: 'Échec.' }, translator)).toBe('Échec. Erreur HTTP 502.');
  });
});
