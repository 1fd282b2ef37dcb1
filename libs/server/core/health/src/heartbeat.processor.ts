import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueName, SystemJob } from '@bep/server/core/queue';
import type { Job } from 'bullmq';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';

/** Records that a worker is alive and taking jobs; the health report shows the latest beat. */
@Processor(QueueName.System)
export class HeartbeatProcessor extends WorkerHost {
  private readonly workerId = `${hostname()}:${process.pid}`;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name !== SystemJob.Heartbeat) {
      throw new Error(`Unknown job ${job.name} on queue ${QueueName.System}`);
    }
    await this.dataSource.query(
      `INSERT INTO "worker_heartbeat" ("worker_id", "last_seen_at") VALUES ($1, now())
       ON CONFLICT ("worker_id") DO UPDATE SET "last_seen_at" = excluded."last_seen_at"`,
      [this.workerId],
    );
  }

  /** The queue's datastore went away; without a listener the worker process would crash. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    Logger.warn(`Heartbeat worker: ${error.message}`, HeartbeatProcessor.name);
  }
}
