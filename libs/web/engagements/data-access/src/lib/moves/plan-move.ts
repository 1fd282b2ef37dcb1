import { ALL_STAGES, checkTransition, type Stage, type TransitionActor, type TransitionKind, type TransitionRule } from '@bep/domain';

/** Refused before the rules: the user is neither a manager nor a consultant of the engagement's team (no actor). */
export type MoveRefusal = TransitionRule | 'not-assigned';

/**
 * What moving an engagement to a stage would do: send the move, ask for a note first (the rules
 * want one for this kind of move), or refuse it without any request, naming the rule.
 */
export type MovePlan =
  | { outcome: 'allowed'; kind: TransitionKind }
  | { outcome: 'needs-note'; kind: TransitionKind }
  | { outcome: 'refused'; rule: MoveRefusal; message: string };

const NOT_ASSIGNED_MESSAGE = 'Only a manager or a consultant assigned to this engagement may move it.';

/**
 * The stage rules of libs/domain (`checkTransition`, the function the API applies) for a move
 * from `from` to `to` by `actor`, who the user is on the engagement (`engagementActor`): a page
 * asks it before offering or sending a move, so that an illegal move never reaches the API.
 */
export function planMove(from: Stage, to: Stage, actor: TransitionActor | null): MovePlan {
  if (actor === null) {
    return { outcome: 'refused', rule: 'not-assigned', message: NOT_ASSIGNED_MESSAGE };
  }
  const withoutNote = checkTransition({ from, to, actor });
  if (withoutNote.allowed) {
    return { outcome: 'allowed', kind: withoutNote.kind };
  }
  if (withoutNote.rule !== 'note-required') {
    return { outcome: 'refused', rule: withoutNote.rule, message: withoutNote.message };
  }
  // The same move with a note says which kind it is, so that the note prompt can tell why it asks.
  const withNote = checkTransition({ from, to, actor, note: 'note' });
  return withNote.allowed
    ? { outcome: 'needs-note', kind: withNote.kind }
    : { outcome: 'refused', rule: withNote.rule, message: withNote.message };
}

/** A stage the engagement may go to, and whether the move needs a note. */
export interface MoveTarget {
  stage: Stage;
  needsNote: boolean;
}

/** The stages `actor` may move an engagement at `from` to, in the board's order; none for no actor. */
export function moveTargets(from: Stage, actor: TransitionActor | null): MoveTarget[] {
  return ALL_STAGES.flatMap((stage) => {
    const plan = planMove(from, stage, actor);
    return plan.outcome === 'refused' ? [] : [{ stage, needsNote: plan.outcome === 'needs-note' }];
  });
}
