import { entersBillingStage, type Stage, type TransitionActor, type WorkDone } from '@bep/domain';
import type { BillingTerms } from './billing-terms';
import { planMove } from './plan-move';

/** The move back that undoes a move: to the stage it left, with a note when the rules want one. */
export interface UndoPlan {
  to: Stage;
  needsNote: boolean;
}

/**
 * Whether the user who just made a move (from `from` to `to`) may undo it from its message
 * (*Annuler*), and how. The undo is an ordinary move back to `from`, sent with the version the move
 * answered: the API checks it like any move (409 when someone changed the engagement meanwhile) and
 * audits it in the stage history. So it is offered only when the stage rules let this user make
 * the move back (planMove, the rules the API applies): a manager may, with a note that says it
 * undoes the move (backward moves, closings and reopenings want one); a consultant may not go
 * backward nor reopen, so a consultant's move has no undo.
 *
 * Never for a move that enters the campaign's billing stage, nor for one whose undo would: entering
 * it queues the diagnostic's draft invoice with the move itself, and moving back does not withdraw
 * that draft (finance deletes it), while entering it again would bill again. Those moves are
 * confirmed beforehand instead (see docs/architecture.md, "Stage rules").
 */
export function undoOf(move: { from: Stage; to: Stage }, actor: TransitionActor | null, work: WorkDone, { billingStage }: BillingTerms): UndoPlan | null {
  if (entersBillingStage(move.from, move.to, billingStage) || entersBillingStage(move.to, move.from, billingStage)) {
    return null;
  }
  const plan = planMove(move.to, move.from, actor, work);
  return plan.outcome === 'refused' ? null : { to: move.from, needsNote: plan.outcome === 'needs-note' };
}
