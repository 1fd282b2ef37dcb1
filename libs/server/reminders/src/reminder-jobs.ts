import { QueueName, ReminderJob, type OutboxJob } from '@bep/server/core/queue';

/** The payload of a delivery job. `force`: a manager asked to send it now, whatever the sending window says. */
export interface DeliverPayload {
  reminderId: string;
  force?: boolean;
}

/**
 * The job that delivers a reminder at `sendAt`. Its id is the reminder's key (rule, engagement,
 * occurrence) and the time it may leave: planning twice queues one job, and a reminder moved to
 * another time gets a job of its own (the old one finds it no longer due and does nothing).
 */
export function deliveryJob(reminder: { id: string; key: string; sendAt: Date }, force = false): OutboxJob {
  const payload: DeliverPayload = force ? { reminderId: reminder.id, force } : { reminderId: reminder.id };
  return {
    queue: QueueName.Reminders,
    name: ReminderJob.Deliver,
    jobId: `${reminder.key}/${force ? 'now/' : ''}${reminder.sendAt.getTime()}`,
    payload: { ...payload },
    runAt: reminder.sendAt,
  };
}
