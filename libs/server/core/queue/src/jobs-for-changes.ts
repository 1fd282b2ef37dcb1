/** The jobs that changes to the programme's data imply, written to the outbox in the change's transaction. */
import { entersBillingStage, type Stage } from '@bep/domain';
import type { OutboxJob } from './outbox';
import { BillingJob, QueueName, ReminderJob } from './queue-names';

/**
 * The jobs a change to an engagement implies (its stage, its activities), to write into the outbox
 * in the transaction of the change: the reminders re-plan what the engagement now calls for.
 * `change` makes the job id deterministic, e.g. `v7` for the move to version 7.
 */
export function jobsForEngagementChange(engagementId: string, change: string): OutboxJob[] {
  return [{ queue: QueueName.Reminders, name: ReminderJob.PlanEngagement, jobId: `plan/${engagementId}/${change}`, payload: { engagementId } }];
}

/**
 * The job a change of a campaign's reminder rules (or of which campaign is current) implies: the
 * reminders are re-planned at once rather than at the next periodic sweep.
 */
export function jobsForCampaignChange(campaignId: string, change: string): OutboxJob[] {
  return [{ queue: QueueName.Reminders, name: ReminderJob.Reconcile, jobId: `reconcile/${campaignId}/${change}`, payload: {} }];
}

/**
 * The job an engagement's entering its campaign's billing stage implies: its diagnostic's draft
 * invoice. The id names the engagement and the service, so that the queue holds one such job per
 * engagement; the draft's own origin key makes it once even if the job runs again.
 */
export function jobsForBillingStage(engagementId: string): OutboxJob[] {
  return [{ queue: QueueName.Billing, name: BillingJob.CreateDraft, jobId: `draft/${engagementId}/diagnostic`, payload: { engagementId, service: 'diagnostic' } }];
}

/**
 * The billing jobs a stage move implies, to write into the outbox in the move's transaction:
 * the diagnostic's draft when the move enters the campaign's billing stage, nothing otherwise.
 * Here rather than in the billing capability, so that the engagements capability, which moves
 * stages, does not depend on billing (whose specs move stages through it).
 */
export function billingJobsForMove(move: { engagementId: string; from: Stage; to: Stage; billingStage: Stage }): OutboxJob[] {
  return entersBillingStage(move.from, move.to, move.billingStage) ? jobsForBillingStage(move.engagementId) : [];
}
