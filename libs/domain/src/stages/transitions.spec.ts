import { ALL_STAGES, PIPELINE_STAGES, type Stage } from './stages';
import type { WorkDone } from './billing-work';
import { checkTransition, type TransitionActor, type TransitionCheck } from './transitions';

/**
 * The expected outcome of every move, written out from the stage rules (see checkTransition) as tables rather than
 * computed, so that the tests do not restate the implementation.
 * Rows: from; columns: to, in the order below. F forward, K skip, B backward, C close, R reopen,
 * = same stage, M skip-or-backward-needs-manager, N note-required, O reopen-needs-manager,
 * X already-closed, A commune-answers-only.
 */
/** The tables below are the moves themselves: the work the billing stage needs is done (see billing-work.spec.ts). */
const WORK_DONE: WorkDone = { diagnosticDone: true, workshopDone: true };

const ORDER: Stage[] = ['survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment', 'declined', 'withdrawn'];

const TABLES: Record<string, string[]> = {
  // to:                 SS SA DR WH AC DE WI
  'manager, no note': [
    '= F N N N N N', // from survey_sent
    'N = F N N N N', // survey_answered
    'N N = F N N N', // diagnostic_requested
    'N N N = F N N', // workshop_held
    'N N N N = N N', // accompaniment
    'N N N N N = X', // declined
    'N N N N N X =', // withdrawn
  ],
  'manager, with note': [
    '= F K K K C C',
    'B = F K K C C',
    'B B = F K C C',
    'B B B = F C C',
    'B B B B = C C',
    'R R R R R = X',
    'R R R R R X =',
  ],
  'assigned-consultant, no note': [
    '= F M M M N N',
    'M = F M M N N',
    'M M = F M N N',
    'M M M = F N N',
    'M M M M = N N',
    'O O O O O = X',
    'O O O O O X =',
  ],
  'assigned-consultant, with note': [
    '= F M M M C C',
    'M = F M M C C',
    'M M = F M C C',
    'M M M = F C C',
    'M M M M = C C',
    'O O O O O = X',
    'O O O O O X =',
  ],
  // The commune (its binôme, through its link) only ever sends its questionnaire back, note or not.
  'commune, no note': [
    '= F A A A A A',
    'A = A A A A A',
    'A A = A A A A',
    'A A A = A A A',
    'A A A A = A A',
    'A A A A A = A',
    'A A A A A A =',
  ],
  'commune, with note': [
    '= F A A A A A',
    'A = A A A A A',
    'A A = A A A A',
    'A A A = A A A',
    'A A A A = A A',
    'A A A A A = A',
    'A A A A A A =',
  ],
};

const CODES: Record<string, string> = {
  F: 'forward',
  K: 'skip',
  B: 'backward',
  C: 'close',
  R: 'reopen',
  '=': 'same-stage',
  M: 'skip-or-backward-needs-manager',
  N: 'note-required',
  O: 'reopen-needs-manager',
  X: 'already-closed',
  A: 'commune-answers-only',
};

const outcome = (check: TransitionCheck) => (check.allowed ? check.kind : check.rule);

const cases = Object.entries(TABLES).flatMap(([table, rows]) => {
  const [actor, noteCase] = table.split(', ') as [TransitionActor, string];
  // A blank note counts as no note.
  const notes = noteCase === 'with note' ? ['La commune a confirmé par e-mail'] : [undefined, '  '];
  return rows.flatMap((row, i) =>
    row.split(' ').flatMap((code, j) =>
      notes.map((note) => [actor, ORDER[i] as Stage, ORDER[j] as Stage, note, CODES[code] ?? `unknown code ${code}`] as const),
    ),
  );
});

describe('checkTransition', () => {
  it('covers every actor, origin, destination and note', () => {
    expect(ORDER).toEqual([...ALL_STAGES]);
    expect(cases).toHaveLength(3 * 7 * 7 * 3);
  });

  it.each(cases)('%s: %s -> %s with note %p is %s', (actor, from, to, note, result) => {
    expect(outcome(checkTransition({ actor, from, to, note, work: WORK_DONE }))).toBe(result);
  });

  it.each([
    ['manager', 'survey_sent', 'survey_answered', 'forward'],
    ['assigned-consultant', 'diagnostic_requested', 'workshop_held', 'forward'],
    ['assigned-consultant', 'survey_sent', 'diagnostic_requested', 'skip-or-backward-needs-manager'],
    ['assigned-consultant', 'workshop_held', 'diagnostic_requested', 'skip-or-backward-needs-manager'],
    ['assigned-consultant', 'declined', 'survey_sent', 'reopen-needs-manager'],
    ['manager', 'survey_sent', 'accompaniment', 'note-required'],
    ['commune', 'survey_sent', 'survey_answered', 'forward'],
    ['commune', 'survey_answered', 'diagnostic_requested', 'commune-answers-only'],
  ] as const)('spot check: %s %s -> %s without note is %s', (actor, from, to, result) => {
    expect(outcome(checkTransition({ actor, from, to, work: WORK_DONE }))).toBe(result);
  });

  it('explains each refusal in a sentence', () => {
    for (const [actor, from, to, note] of cases) {
      const check = checkTransition({ actor, from, to, note, work: WORK_DONE });
      if (!check.allowed) expect(check.message).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('lets the pipeline be walked forward one stage at a time by an assigned consultant', () => {
    for (let i = 0; i + 1 < PIPELINE_STAGES.length; i += 1) {
      const [from, to] = [PIPELINE_STAGES[i], PIPELINE_STAGES[i + 1]] as [Stage, Stage];
      expect(checkTransition({ actor: 'assigned-consultant', from, to, work: WORK_DONE }).allowed).toBe(true);
    }
  });
});
