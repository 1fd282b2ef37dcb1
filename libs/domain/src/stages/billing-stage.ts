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
