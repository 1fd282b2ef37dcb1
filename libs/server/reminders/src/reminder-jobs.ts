import { QueueName, ReminderJob, type OutboxJob } from '@bep/server/core/queue';

/**
 * The payload of a delivery job: the reminder and the time the job is for (a job for another time
 * is stale: the reminder moved). `force`: a manager asked to send it now, whatever the sending window says.
 */
export interface DeliverPayload {
  reminderId: string;
  sendAt: number;
  force?: boolean;
}

/**
 * The job that delivers a reminder at `sendAt`. Its id is the reminder's key (rule, engagement,
 * occurrence) and the time it may leave: planning twice queues one job, and a reminder moved to
 * another time gets a job of its own (the old one finds it no longer due and does nothing).
 */
export function deliveryJob(reminder: { id: string; key: string; sendAt: Date }, force = false): OutboxJob {
  const sendAt = reminder.sendAt.getTime();
  const payload: DeliverPayload = force ? { reminderId: reminder.id, sendAt, force } : { reminderId: reminder.id, sendAt };
  return {
    queue: QueueName.Reminders,
    name: ReminderJob.Deliver,
    jobId: `${reminder.key}/${force ? 'now/' : ''}${sendAt}`,
    payload: { ...payload },
    runAt: reminder.sendAt,
  };
}
