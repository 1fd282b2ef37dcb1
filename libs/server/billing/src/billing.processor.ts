import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { HttpException, Logger } from '@nestjs/common';
import { BillingJob, QueueName } from '@bep/server/core/queue';
import type { Job } from 'bullmq';
import { PipelineDrafts, type PipelineDraftOutcome } from './pipeline-drafts';

/** A few at once per worker: each job is one short transaction. */
const CONCURRENCY = 4;

export interface CreateDraftPayload {
  engagementId: string;
}

/**
 * The billing queue's jobs; runs only in the worker. A failed attempt is noted where finance sees
 * it (the draft failures) and the queue retries it with exponential backoff (the queue's default
 * job options); the draft's origin key makes a retry after a half-known outcome harmless.
 */
@Processor(QueueName.Billing, { concurrency: CONCURRENCY })
export class BillingProcessor extends WorkerHost {
  private readonly logger = new Logger(BillingProcessor.name);

  constructor(private readonly drafts: PipelineDrafts) {
    super();
  }

  async process(job: Pick<Job, 'name' | 'data' | 'attemptsMade'>): Promise<PipelineDraftOutcome> {
    switch (job.name) {
      case BillingJob.CreateDraft: {
        const { engagementId } = job.data as CreateDraftPayload;
        try {
          return await this.drafts.createDiagnosticDraft(engagementId);
        } catch (error) {
          await this.drafts.recordFailure(engagementId, reasonOf(error), job.attemptsMade + 1).catch((noted: unknown) => {
            this.logger.error(`Could not note the failure of the draft of engagement ${engagementId}: ${String(noted)}`);
          });
          throw error;
        }
      }
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.Billing}`);
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Job ${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  /** The queue's datastore went away; without a listener the worker process would crash. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Billing worker: ${error.message}`);
  }
}

/** What finance reads of a failure: a rule's own words (a problem's detail) rather than its class name. */
function reasonOf(error: unknown): string {
  if (error instanceof HttpException) {
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null && typeof (response as { detail?: unknown }).detail === 'string') return (response as { detail: string }).detail;
  }
  return error instanceof Error ? error.message : String(error);
}
