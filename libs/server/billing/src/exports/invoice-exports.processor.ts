import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { ExportJob, QueueName } from '@bep/server/core/queue';
import type { Job } from 'bullmq';
import { InvoiceExportBuilder, type InvoiceExportOutcome } from './invoice-export-builder';
import { InvoiceExportCleanup, type InvoiceExportSweep } from './invoice-export-cleanup';
import type { InvoiceBatchPayload } from './invoice-exports.service';

/** One export at a time per worker: rendering PDFs keeps a CPU busy, and the other queues need it too. */
const CONCURRENCY = 1;

/**
 * The exports queue's jobs; runs only in the worker. A failed attempt is noted on the export (the
 * client shows it) and retried with exponential backoff (the queue's default job options); the
 * last failure leaves the export `failed` with its reason.
 */
@Processor(QueueName.Exports, { concurrency: CONCURRENCY })
export class InvoiceExportsProcessor extends WorkerHost {
  private readonly logger = new Logger(InvoiceExportsProcessor.name);

  constructor(
    private readonly builder: InvoiceExportBuilder,
    private readonly cleanup: InvoiceExportCleanup,
  ) {
    super();
  }

  async process(job: Pick<Job, 'name' | 'data' | 'attemptsMade' | 'opts'>): Promise<InvoiceExportOutcome | InvoiceExportSweep> {
    switch (job.name) {
      case ExportJob.InvoiceBatch: {
        const { exportId } = job.data as InvoiceBatchPayload;
        try {
          return await this.builder.build(exportId);
        } catch (error) {
          const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
          await this.builder.recordFailure(exportId, error instanceof Error ? error.message : String(error), final).catch((noted: unknown) => {
            this.logger.error(`Could not note the failure of invoice export ${exportId}: ${String(noted)}`);
          });
          throw error;
        }
      }
      case ExportJob.Cleanup:
        return this.cleanup.sweep();
      default:
        throw new Error(`Unknown job ${job.name} on queue ${QueueName.Exports}`);
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Job ${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  /** The queue's datastore went away; without a listener the worker process would crash. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn(`Exports worker: ${error.message}`);
  }
}
