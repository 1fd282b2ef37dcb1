import { entersBillingStage, type Stage } from '@bep/domain';
import { jobsForBillingStage } from './jobs-for-changes';
import type { OutboxJob } from './outbox';
import type { EntityManager } from 'typeorm';

/**
 * The billing jobs a stage move implies, to write into the outbox in the move's transaction:
 * the diagnostic's draft when the move enters the campaign's billing stage, nothing otherwise.
 * Here rather than in the billing capability, so that the engagements capability, which moves
 * stages, does not depend on billing (whose specs move stages through it).
 */
export async function billingJobsForMove(manager: EntityManager, move: { engagementId: string; from: Stage; to: Stage }): Promise<OutboxJob[]> {
  const [row] = await manager.query<{ billing_stage: Stage }[]>(
    `SELECT k."billing_stage" FROM "engagement" e JOIN "campaign" k ON k."id" = e."campaign_id" WHERE e."id" = $1`,
    [move.engagementId],
  );
  return row && entersBillingStage(move.from, move.to, row.billing_stage) ? jobsForBillingStage(move.engagementId) : [];
}
