import type { Role } from '@bep/contracts';
import { ALL_STAGES, checkTransition, type Stage, type TransitionActor, type TransitionKind, type TransitionRule } from '@bep/domain';
import type { BoardCard } from './board';

/**
 * Who moves cards, as the board knows them: the roles, the consultant record the account acts as,
 * and the engagements that consultant is assigned to (any role in the team, not only the lead).
 */
export interface Mover {
  roles: readonly Role[];
  consultantId: string | null;
  assignedEngagementIds: ReadonlySet<string>;
}

/** Refused before the rules: the user is neither a manager nor a consultant assigned to the engagement. */
export type MoveRefusal = TransitionRule | 'not-assigned';

/**
 * What dropping a card on a stage would do: send the move, ask for a note first (the rules want one
 * for this kind of move), or refuse it without any request, naming the rule.
 */
export type MovePlan =
  | { outcome: 'allowed'; kind: TransitionKind }
  | { outcome: 'needs-note'; kind: TransitionKind }
  | { outcome: 'refused'; rule: MoveRefusal; message: string };

const NOT_ASSIGNED_MESSAGE = 'Only a manager or a consultant assigned to this engagement may move it.';

/**
 * Who the user is on this card, as the API decides it (libs/server/engagements, engagement-scope):
 * a manager on every card; a consultant on the cards of the engagements assigned to them. The card
 * names only the lead, so the team comes from `assignedEngagementIds`; the lead counts even before
 * that list has arrived.
 */
export function actorOnCard(card: Pick<BoardCard, 'engagementId' | 'lead'>, mover: Mover): TransitionActor | null {
  if (mover.roles.includes('manager')) {
    return 'manager';
  }
  const assigned =
    mover.consultantId !== null && (card.lead?.id === mover.consultantId || mover.assignedEngagementIds.has(card.engagementId));
  return mover.roles.includes('consultant') && assigned ? 'assigned-consultant' : null;
}

/** The stage rules of libs/domain applied before any request, so that an illegal drop is never sent. */
export function planMove(card: Pick<BoardCard, 'engagementId' | 'lead' | 'stage'>, to: Stage, mover: Mover): MovePlan {
  const actor = actorOnCard(card, mover);
  if (actor === null) {
    return { outcome: 'refused', rule: 'not-assigned', message: NOT_ASSIGNED_MESSAGE };
  }
  const withoutNote = checkTransition({ from: card.stage, to, actor });
  if (withoutNote.allowed) {
    return { outcome: 'allowed', kind: withoutNote.kind };
  }
  if (withoutNote.rule !== 'note-required') {
    return { outcome: 'refused', rule: withoutNote.rule, message: withoutNote.message };
  }
  // The same move with a note says which kind it is, so that the note prompt can tell why it asks.
  const withNote = checkTransition({ from: card.stage, to, actor, note: 'note' });
  return withNote.allowed
    ? { outcome: 'needs-note', kind: withNote.kind }
    : { outcome: 'refused', rule: withNote.rule, message: withNote.message };
}

/** A stage the card may go to, and whether the move needs a note. */
export interface MoveTarget {
  stage: Stage;
  needsNote: boolean;
}

/** The stages the user may move the card to, in the board's order; none when they may not move it. */
export function moveTargets(card: Pick<BoardCard, 'engagementId' | 'lead' | 'stage'>, mover: Mover): MoveTarget[] {
  return ALL_STAGES.flatMap((stage) => {
    const plan = planMove(card, stage, mover);
    return plan.outcome === 'refused' ? [] : [{ stage, needsNote: plan.outcome === 'needs-note' }];
  });
}
