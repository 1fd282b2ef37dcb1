import { missingWork, type WorkDone } from './billing-work';
import { ALL_STAGES, type Stage } from './stages';
import { checkTransition, type TransitionActor, type TransitionCheck } from './transitions';

const DONE: WorkDone = { diagnosticDone: true, workshopDone: true };

/** Every way the work can be incomplete, with what the rule says is missing. */
const INCOMPLETE: [WorkDone, string][] = [
  [{ diagnosticDone: false, workshopDone: true }, 'diagnostic'],
  [{ diagnosticDone: true, workshopDone: false }, 'workshop'],
  [{ diagnosticDone: false, workshopDone: false }, 'diagnostic-and-workshop'],
];

describe('missingWork', () => {
  it.each(INCOMPLETE)('entering workshop_held with %p misses %s', (work, missing) => {
    expect(missingWork('diagnostic_requested', 'workshop_held', work)).toBe(missing);
  });

  it('misses nothing once the diagnostic and a workshop are done', () => {
    expect(missingWork('diagnostic_requested', 'workshop_held', DONE)).toBeNull();
  });

  const NONE: WorkDone = { diagnosticDone: false, workshopDone: false };

  it.each<[Stage, Stage, string | null]>([
    // Passing over the stage bills too: a skip, a reopening straight to accompaniment.
    ['diagnostic_requested', 'accompaniment', 'diagnostic-and-workshop'],
    ['survey_sent', 'accompaniment', 'diagnostic-and-workshop'],
    ['declined', 'accompaniment', 'diagnostic-and-workshop'],
    ['withdrawn', 'workshop_held', 'diagnostic-and-workshop'],
    // Already billed: moving on, or back onto it, asks nothing.
    ['workshop_held', 'accompaniment', null],
    ['accompaniment', 'workshop_held', null],
    // Before the stage, nothing is billed.
    ['survey_sent', 'diagnostic_requested', null],
    ['workshop_held', 'survey_answered', null],
    ['diagnostic_requested', 'declined', null],
  ])('%s -> %s without any work done: %p', (from, to, expected) => {
    expect(missingWork(from, to, NONE)).toBe(expected);
  });
});

/**
 * Moves into workshop_held while work is missing, written out from the rules: rows are the origins,
 * columns who moves and whether with a note. The rules of the move come first (a consultant may not
 * skip, a manager's skip needs a note); then the work: W work-not-done, or a manager's note
 * overrides it (+).
 */
const INTO_WORKSHOP_HELD: Record<Stage, [string, string, string, string]> = {
  //                     manager: no note, note | consultant: no note, note
  survey_sent: ['note-required', 'skip+', 'skip-or-backward-needs-manager', 'skip-or-backward-needs-manager'],
  survey_answered: ['note-required', 'skip+', 'skip-or-backward-needs-manager', 'skip-or-backward-needs-manager'],
  diagnostic_requested: ['work-not-done', 'forward+', 'work-not-done', 'work-not-done'],
  workshop_held: ['same-stage', 'same-stage', 'same-stage', 'same-stage'],
  // Back onto the stage from accompaniment: already billed, so the work is not asked again.
  accompaniment: ['note-required', 'backward', 'skip-or-backward-needs-manager', 'skip-or-backward-needs-manager'],
  declined: ['note-required', 'reopen+', 'reopen-needs-manager', 'reopen-needs-manager'],
  withdrawn: ['note-required', 'reopen+', 'reopen-needs-manager', 'reopen-needs-manager'],
};

const COLUMNS: [TransitionActor, string | undefined][] = [
  ['manager', undefined],
  ['manager', 'Diagnostic remis sur papier, encodage en retard'],
  ['assigned-consultant', undefined],
  ['assigned-consultant', 'Diagnostic remis sur papier, encodage en retard'],
];

const outcome = (check: TransitionCheck) => (check.allowed ? `${check.kind}${check.overrides ? '+' : ''}` : check.rule);

const cases = Object.entries(INTO_WORKSHOP_HELD).flatMap(([from, row]) =>
  row.flatMap((expected, column) => INCOMPLETE.map(([work, missing]) => [from as Stage, ...(COLUMNS[column] ?? ['manager', undefined]), work, missing, expected] as const)),
);

describe('checkTransition into the billing stage', () => {
  it('covers every origin, actor, note and missing work', () => {
    expect(Object.keys(INTO_WORKSHOP_HELD)).toEqual([...ALL_STAGES]);
    expect(cases).toHaveLength(7 * 4 * 3);
  });

  it.each(cases)('%s -> workshop_held by %s with note %p, work %p (missing %s): %s', (from, actor, note, work, missing, expected) => {
    const check = checkTransition({ from, to: 'workshop_held', actor, note, work });
    expect(outcome(check)).toBe(expected);
    if (expected === 'work-not-done' || expected.endsWith('+')) {
      expect(check).toEqual(expect.objectContaining({ missing }));
    }
    if (expected === 'work-not-done' && !check.allowed) {
      expect(check.message).toMatch(missing === 'workshop' ? /no workshop/ : /diagnostic/);
    }
  });

  it('treats a blank note as none: no override', () => {
    const check = checkTransition({ from: 'diagnostic_requested', to: 'workshop_held', actor: 'manager', note: '   ', work: { diagnosticDone: true, workshopDone: false } });
    expect(outcome(check)).toBe('work-not-done');
  });

  it('records no override when the work is done', () => {
    expect(checkTransition({ from: 'diagnostic_requested', to: 'workshop_held', actor: 'manager', note: 'Atelier le 3 juin', work: DONE })).toEqual({ allowed: true, kind: 'forward' });
  });

  it('asks the work of a skip or a reopening straight to accompaniment, not of the step on from Atelier tenu', () => {
    const none = { diagnosticDone: false, workshopDone: false };
    expect(outcome(checkTransition({ from: 'diagnostic_requested', to: 'accompaniment', actor: 'manager', note: 'Accompagnement urgent', work: none }))).toBe('skip+');
    expect(outcome(checkTransition({ from: 'declined', to: 'accompaniment', actor: 'manager', note: 'La commune revient', work: none }))).toBe('reopen+');
    expect(outcome(checkTransition({ from: 'workshop_held', to: 'accompaniment', actor: 'assigned-consultant', work: none }))).toBe('forward');
  });

  it.each(ALL_STAGES.filter((stage) => stage !== 'workshop_held' && stage !== 'accompaniment'))('leaves moves to %s as they are without the work', (to) => {
    const none = { diagnosticDone: false, workshopDone: false };
    for (const from of ALL_STAGES) {
      for (const [actor, note] of COLUMNS) {
        expect(checkTransition({ from, to, actor, note, work: none })).toEqual(checkTransition({ from, to, actor, note, work: DONE }));
      }
    }
  });
});
