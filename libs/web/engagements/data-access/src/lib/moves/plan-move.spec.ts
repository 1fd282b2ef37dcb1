import type { Stage, TransitionActor } from '@bep/domain';
import { moveTargets, planMove } from './plan-move';

const allowed = (kind: string) => ({ outcome: 'allowed', kind });
const needsNote = (kind: string) => ({ outcome: 'needs-note', kind });
const refused = (rule: string) => expect.objectContaining({ outcome: 'refused', rule, message: expect.any(String) });

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
    expect(planMove(from, to, actor)).toEqual(expected);
  });
});

describe('moveTargets', () => {
  it('offers a manager every other stage, saying which need a note', () => {
    expect(moveTargets('diagnostic_requested', 'manager')).toEqual([
      { stage: 'survey_sent', needsNote: true },
      { stage: 'survey_answered', needsNote: true },
      { stage: 'workshop_held', needsNote: false },
      { stage: 'accompaniment', needsNote: true },
      { stage: 'declined', needsNote: true },
      { stage: 'withdrawn', needsNote: true },
    ]);
  });

  it('offers a consultant of the team the next stage and closing (with a note)', () => {
    expect(moveTargets('diagnostic_requested', 'assigned-consultant')).toEqual([
      { stage: 'workshop_held', needsNote: false },
      { stage: 'declined', needsNote: true },
      { stage: 'withdrawn', needsNote: true },
    ]);
  });

  it('offers a consultant nothing on a closed engagement (reopening is for managers)', () => {
    expect(moveTargets('declined', 'assigned-consultant')).toEqual([]);
  });

  it('offers someone who is not on the engagement nothing', () => {
    expect(moveTargets('diagnostic_requested', null)).toEqual([]);
  });
});
