import { ALL_STAGES, PIPELINE_STAGES, stageOrder, type Stage } from './stages';
import { checkTransition, type TransitionActor, type TransitionCheck } from './transitions';

const ACTORS: TransitionActor[] = ['manager', 'assigned-consultant'];
const NOTES = [undefined, '  ', 'La commune a confirmé par e-mail'];

/** The expected outcome of every (actor, from, to, note) case, written from SPEC independently of the code. */
function expected(actor: TransitionActor, from: Stage, to: Stage, note: string | undefined): string {
  const noted = !!note && note.trim() !== '';
  const closed = (s: Stage) => s === 'declined' || s === 'withdrawn';
  if (from === to) return 'same-stage';
  if (closed(from)) {
    if (closed(to)) return 'already-closed';
    if (actor !== 'manager') return 'reopen-needs-manager';
    return noted ? 'reopen' : 'note-required';
  }
  if (closed(to)) return noted ? 'close' : 'note-required';
  const step = (stageOrder(to) ?? 0) - (stageOrder(from) ?? 0);
  if (step === 1) return 'forward';
  if (actor !== 'manager') return 'skip-or-backward-needs-manager';
  if (!noted) return 'note-required';
  return step > 1 ? 'skip' : 'backward';
}

const outcome = (check: TransitionCheck) => (check.allowed ? check.kind : check.rule);

const cases = ACTORS.flatMap((actor) =>
  ALL_STAGES.flatMap((from) => ALL_STAGES.flatMap((to) => NOTES.map((note) => [actor, from, to, note, expected(actor, from, to, note)] as const))),
);

describe('checkTransition', () => {
  it('covers every actor, origin, destination and note', () => {
    expect(cases).toHaveLength(2 * 7 * 7 * 3);
  });

  it.each(cases)('%s: %s -> %s with note %p is %s', (actor, from, to, note, result) => {
    expect(outcome(checkTransition({ actor, from, to, note }))).toBe(result);
  });

  it.each([
    ['manager', 'survey_sent', 'survey_answered', 'forward'],
    ['assigned-consultant', 'diagnostic_requested', 'workshop_held', 'forward'],
    ['assigned-consultant', 'survey_sent', 'diagnostic_requested', 'skip-or-backward-needs-manager'],
    ['assigned-consultant', 'workshop_held', 'diagnostic_requested', 'skip-or-backward-needs-manager'],
    ['assigned-consultant', 'declined', 'survey_sent', 'reopen-needs-manager'],
    ['manager', 'survey_sent', 'accompaniment', 'note-required'],
  ] as const)('spot check: %s %s -> %s without note is %s', (actor, from, to, result) => {
    expect(outcome(checkTransition({ actor, from, to }))).toBe(result);
  });

  it('explains each refusal in a sentence', () => {
    for (const [actor, from, to, note] of cases) {
      const check = checkTransition({ actor, from, to, note });
      if (!check.allowed) expect(check.message).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('lets the pipeline be walked forward one stage at a time by an assigned consultant', () => {
    for (let i = 0; i + 1 < PIPELINE_STAGES.length; i += 1) {
      const [from, to] = [PIPELINE_STAGES[i], PIPELINE_STAGES[i + 1]] as [Stage, Stage];
      expect(checkTransition({ actor: 'assigned-consultant', from, to }).allowed).toBe(true);
    }
  });
});
