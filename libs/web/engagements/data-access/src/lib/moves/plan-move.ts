import { ALL_STAGES, checkTransition, type MissingWork, type Stage, type TransitionActor, type TransitionKind, type TransitionRule, type WorkDone } from '@bep/domain';

/** Refused before the rules: the user is neither a manager nor a consultant of the engagement's team (no actor). */
export type MoveRefusal = TransitionRule | 'not-assigned';

/**
 * What moving an engagement to a stage would do: send the move, ask for a note first (the rules
 * want one for this kind of move, or a manager's note overrides the work `missing` for the billing
 * stage), or refuse it without any request, naming the rule (and, for `work-not-done`, what to
 * record first).
 */
export type MovePlan =
  | { outcome: 'allowed'; kind: TransitionKind }
  | { outcome: 'needs-note'; kind: TransitionKind; missing?: MissingWork }
  | { outcome: 'refused'; rule: MoveRefusal; message: string; missing?: MissingWork };

const NOT_ASSIGNED_MESSAGE = 'Only a manager or a consultant assigned to this engagement may move it.';

/**
 * The stage rules of libs/domain (`checkTransition`, the function the API applies) for a move
 * from `from` to `to` by `actor`, who the user is on the engagement (`engagementActor`): a page
 * asks it before offering or sending a move, so that an illegal move never reaches the API.
 */
export function planMove(from: Stage, to: Stage, actor: TransitionActor | null, work: WorkDone): MovePlan {
  if (actor === null) {
    return { outcome: 'refused', rule: 'not-assigned', message: NOT_ASSIGNED_MESSAGE };
  }
  const withoutNote = checkTransition({ from, to, actor, work });
  if (withoutNote.allowed) {
    return { outcome: 'allowed', kind: withoutNote.kind };
  }
  if (withoutNote.rule !== 'note-required' && withoutNote.rule !== 'work-not-done') {
    return refused(withoutNote);
  }
  // The same move with a note says which kind it is, so that the note prompt can tell why it asks,
  // and whether a note lets it through at all (a manager's override of the missing work).
  const withNote = checkTransition({ from, to, actor, note: 'note', work });
  if (!withNote.allowed) {
    return refused(withNote);
  }
  return withNote.missing ? { outcome: 'needs-note', kind: withNote.kind, missing: withNote.missing } : { outcome: 'needs-note', kind: withNote.kind };
}

function refused({ rule, message, missing }: { rule: TransitionRule; message: string; missing?: MissingWork }): MovePlan {
  return missing ? { outcome: 'refused', rule, message, missing } : { outcome: 'refused', rule, message };
}

/**
 * A stage the engagement may go to, and whether the move needs a note. `missing`: the work to record
 * as done before entering it; with a note, a manager overrides it; without (`waitsForWork`), the
 * stage is offered only to say what to record first.
 */
export interface MoveTarget {
  stage: Stage;
  needsNote: boolean;
  missing?: MissingWork;
}

/** Whether the target is offered only to say what to record first: the move itself is refused. */
export const waitsForWork = (target: MoveTarget): boolean => target.missing !== undefined && !target.needsNote;

/**
 * The stages `actor` may move an engagement at `from` to, in the board's order; none for no actor.
 * The billing stage, refused only for its missing work, stays offered so that the page can say what
 * to record first instead of hiding the step.
 */
export function moveTargets(from: Stage, actor: TransitionActor | null, work: WorkDone): MoveTarget[] {
  return ALL_STAGES.flatMap((stage): MoveTarget[] => {
    const plan = planMove(from, stage, actor, work);
    if (plan.outcome === 'refused') {
      return plan.rule === 'work-not-done' && plan.missing ? [{ stage, needsNote: false, missing: plan.missing }] : [];
    }
    const needsNote = plan.outcome === 'needs-note';
    return [plan.outcome === 'needs-note' && plan.missing ? { stage, needsNote, missing: plan.missing } : { stage, needsNote }];
  });
}
