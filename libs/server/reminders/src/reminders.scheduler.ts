import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, ReminderJob } from '@bep/server/core/queue';
import type { Queue } from 'bullmq';

/** How often the sweep re-plans the reminders and queues again the jobs the queue lost. */
export const RECONCILE_EVERY_MS = 5 * 60_000;

/**
 * Registers the reminders' sweep as a job scheduler. Upserting is idempotent and the queue runs a
 * scheduler's job once however many workers registered it; the API never registers it.
 */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Reminders) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('reminders-reconcile', { every: RECONCILE_EVERY_MS }, { name: ReminderJob.Reconcile });
  }
}
