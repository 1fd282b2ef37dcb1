import type { Stage, TransitionActor, WorkDone } from '@bep/domain';
import { moveTargets, planMove, waitsForWork } from './plan-move';

const allowed = (kind: string) => ({ outcome: 'allowed', kind });
const needsNote = (kind: string) => ({ outcome: 'needs-note', kind });
const refused = (rule: string) => expect.objectContaining({ outcome: 'refused', rule, message: expect.any(String) });

const DONE: WorkDone = { diagnosticDone: true, workshopDone: true };
const NOTHING_DONE: WorkDone = { diagnosticDone: false, workshopDone: false };

/** Who the user is on the engagement (engagementActor of libs/domain): null is neither a manager nor in the team. */
const TABLE: [TransitionActor | null, Stage, Stage, unknown][] = [
  ['manager', 'diagnostic_requested', 'workshop_held', allowed('forward')],
  ['manager', 'diagnostic_requested', 'accompaniment', needsNote('skip')],
  ['manager', 'diagnostic_requested', 'survey_answered', needsNote('backward')],
  ['manager', 'diagnostic_requested', 'declined', needsNote('close')],
  ['manager', 'survey_sent', 'withdrawn', needsNote('close')],
  ['manager', 'survey_sent', 'diagnostic_requested', needsNote('skip')],
  ['manager', 'declined', 'survey_sent', needsNote('reopen')],
  ['manager', 'declined', 'withdrawn', refused('already-closed')],
  ['manager', 'diagnostic_requested', 'diagnostic_requested', refused('same-stage')],
  ['assigned-consultant', 'diagnostic_requested', 'workshop_held', allowed('forward')],
  ['assigned-consultant', 'survey_sent', 'survey_answered', allowed('forward')],
  ['assigned-consultant', 'diagnostic_requested', 'accompaniment', refused('skip-or-backward-needs-manager')],
  ['assigned-consultant', 'diagnostic_requested', 'survey_answered', refused('skip-or-backward-needs-manager')],
  ['assigned-consultant', 'diagnostic_requested', 'declined', needsNote('close')],
  ['assigned-consultant', 'workshop_held', 'withdrawn', needsNote('close')],
  ['assigned-consultant', 'declined', 'survey_sent', refused('reopen-needs-manager')],
  [null, 'diagnostic_requested', 'workshop_held', refused('not-assigned')],
  [null, 'survey_sent', 'withdrawn', refused('not-assigned')],
];

describe('planMove', () => {
  it.each(TABLE)('%s, from %s to %s', (actor, from, to, expected) => {
    expect(planMove(from, to, actor, DONE)).toEqual(expected);
  });

  it.each<[TransitionActor, Stage, WorkDone, unknown]>([
    ['manager', 'diagnostic_requested', { diagnosticDone: true, workshopDone: false }, { outcome: 'needs-note', kind: 'forward', missing: 'workshop' }],
    ['manager', 'survey_sent', NOTHING_DONE, { outcome: 'needs-note', kind: 'skip', missing: 'diagnostic-and-workshop' }],
    ['manager', 'declined', { diagnosticDone: false, workshopDone: true }, { outcome: 'needs-note', kind: 'reopen', missing: 'diagnostic' }],
    ['assigned-consultant', 'diagnostic_requested', NOTHING_DONE, { outcome: 'refused', rule: 'work-not-done', message: expect.any(String), missing: 'diagnostic-and-workshop' }],
    ['assigned-consultant', 'diagnostic_requested', { diagnosticDone: true, workshopDone: false }, { outcome: 'refused', rule: 'work-not-done', message: expect.any(String), missing: 'workshop' }],
    ['assigned-consultant', 'survey_answered', NOTHING_DONE, refused('skip-or-backward-needs-manager')],
  ])('%s, from %s to workshop_held with work %p', (actor, from, work, expected) => {
    expect(planMove(from, 'workshop_held', actor, work)).toEqual(expected);
  });
});

describe('moveTargets', () => {
  it('offers a manager every other stage, saying which need a note', () => {
    expect(moveTargets('diagnostic_requested', 'manager', DONE)).toEqual([
      { stage: 'survey_sent', needsNote: true },
      { stage: 'survey_answered', needsNote: true },
      { stage: 'workshop_held', needsNote: false },
      { stage: 'accompaniment', needsNote: true },
      { stage: 'declined', needsNote: true },
      { stage: 'withdrawn', needsNote: true },
    ]);
  });

  it('offers a consultant of the team the next stage and closing (with a note)', () => {
    expect(moveTargets('diagnostic_requested', 'assigned-consultant', DONE)).toEqual([
      { stage: 'workshop_held', needsNote: false },
      { stage: 'declined', needsNote: true },
      { stage: 'withdrawn', needsNote: true },
    ]);
  });

  it('offers Atelier tenu before its work is done: to a manager with the note that overrides it, to a consultant only to say what to record', () => {
    const work = { diagnosticDone: false, workshopDone: true };
    expect(moveTargets('diagnostic_requested', 'manager', work).find((target) => target.stage === 'workshop_held')).toEqual({ stage: 'workshop_held', needsNote: true, missing: 'diagnostic' });
    const [held, ...closing] = moveTargets('diagnostic_requested', 'assigned-consultant', work);
    expect(held).toEqual({ stage: 'workshop_held', needsNote: false, missing: 'diagnostic' });
    expect(held && waitsForWork(held)).toBe(true);
    expect(closing.map((target) => target.stage)).toEqual(['declined', 'withdrawn']);
  });

  it('offers a consultant nothing on a closed engagement (reopening is for managers)', () => {
    expect(moveTargets('declined', 'assigned-consultant', DONE)).toEqual([]);
  });

  it('offers someone who is not on the engagement nothing', () => {
    expect(moveTargets('diagnostic_requested', null, DONE)).toEqual([]);
  });
});
