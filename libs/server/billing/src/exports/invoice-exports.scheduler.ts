import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ExportJob, QueueName } from '@bep/server/core/queue';
import type { Queue } from 'bullmq';
import { EXPORT_CLEANUP_EVERY_MS } from './invoice-export-retention';

/**
 * Registers the exports' cleanup as a job scheduler. Upserting is idempotent and the queue runs a
 * scheduler's job once however many workers registered it; the API never registers it.
 */
@Injectable()
export class InvoiceExportsScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.Exports) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('invoice-exports-cleanup', { every: EXPORT_CLEANUP_EVERY_MS }, { name: ExportJob.Cleanup });
  }
}
