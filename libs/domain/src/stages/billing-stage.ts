import { stageOrder, type Stage } from './stages';

/**
 * Whether an engagement stands at or past its campaign's billing stage on the main path: the
 * diagnostic is then billable. A closed engagement (declined, withdrawn) is not.
 */
export function reachedBillingStage(stage: Stage, billingStage: Stage): boolean {
  const at = stageOrder(stage);
  const target = stageOrder(billingStage);
  return at !== null && target !== null && at >= target;
}

/**
 * Whether a move enters the billing stage: it lands on it, or a manager's skip passes over it,
 * from before it or from a closed stage. Moving on past it (to accompaniment) does not bill again.
 */
export function entersBillingStage(from: Stage, to: Stage, billingStage: Stage): boolean {
  return reachedBillingStage(to, billingStage) && !reachedBillingStage(from, billingStage);
}

/**
 * What entering a campaign's billing stage commits: the stage, and what the commune is billed for
 * its diagnostic. Shared by the web libraries that read the terms and those that ask about a move.
 */
export interface BillingTerms {
  billingStage: Stage;
  /** The commune's share of the diagnostic, VAT excluded (the line of the draft the move queues); null when unknown. */
  communeShareCents: number | null;
}
