import type { OutboxJob } from './outbox';
import { QueueName, ReminderJob } from './queue-names';

/**
 * The jobs a change to an engagement implies (its stage, its activities), to write into the outbox
 * in the transaction of the change: the reminders re-plan what the engagement now calls for.
 * `change` makes the job id deterministic, e.g. `v7` for the move to version 7.
 */
export function jobsForEngagementChange(engagementId: string, change: string): OutboxJob[] {
  return [{ queue: QueueName.Reminders, name: ReminderJob.PlanEngagement, jobId: `plan/${engagementId}/${change}`, payload: { engagementId } }];
}
