import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QueueName, ReminderJob } from '@bep/server/core/queue';
import { DelayedError, type Job } from 'bullmq';
import { Clock } from '@bep/server/core/clock';
import { ReminderDelivery } from './reminder-delivery';
import type { DeliverPayload } from './reminder-jobs';
import { ReminderReconciler } from './reminder-reconciler';

/** Deliveries at once per worker: each mostly waits for PostgreSQL and the SMTP server. */
const CONCURRENCY = 16;

/** The reminders queue's jobs; runs only in the worker. */
@Processor(QueueName.Reminders, { concurrency: CONCURRENCY })
export class RemindersProcessor extends WorkerHost {
  private readonly logger = new Logger(RemindersProcessor.name);

  constructor(
    private readonly delivery: ReminderDelivery,
    private readonly reconciler: ReminderReconciler,
    private readonly clock: Clock,
  ) {
    super();
  }

  async process(job: Job, token?: string): Promise<unknown> {
    switch (job.name) {
      case ReminderJob.Deliver: {
        const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        const outcome = await this.delivery.deliver(job.data as DeliverPayload, lastAttempt);
        if (typeof outcome === 'object') {
          // Ran early (this machine's clock is behind): the job waits in the queue until its time.
          await job.moveToDelayed(Date.now() + (outcome.notYet.getTime() - this.clock.now().getTime()), token);
          throw new DelayedError();
        }
        return outcome;
      }
      case ReminderJob.PlanEngagement:
        return this.reconciler.planEngagement((job.data as { engagementId: string }).engagementId);
      case ReminderJob.Reconcile:
        return this.reconciler.reconcile();
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.Reminders}`);
    }
  }

  /** A failed attempt; the queue retries it, and a delivery's failures are also in the reminder's log. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Job ${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  /** The queue's datastore went away or lost a job; without a listener the worker process would crash. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Reminders worker: ${error.message}`);
  }
}
