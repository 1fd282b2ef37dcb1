import type { EntityManager } from 'typeorm';
import type { QueueName } from './queue-names';

/** A job to queue once the transaction that implies it commits. */
export interface OutboxJob {
  queue: QueueName;
  name: string;
  /** Deterministic (e.g. the reminder's key and time): relaying the same job twice queues it once. */
  jobId: string;
  payload: Record<string, unknown>;
  /** Not before then (a delayed job); omitted: at once. */
  runAt?: Date;
}

/**
 * Writes jobs into the queue outbox within the caller's transaction: they reach the queue only if
 * the change commits, and they reach it even if the queue's datastore is down at that moment
 * (the worker's relay retries until it is back).
 */
export async function addToOutbox(manager: EntityManager, jobs: readonly OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await manager.query(
    `INSERT INTO "queue_outbox" ("queue", "job_name", "job_id", "payload", "run_at")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
    [jobs.map((job) => job.queue), jobs.map((job) => job.name), jobs.map((job) => job.jobId), jobs.map((job) => JSON.stringify(job.payload)), jobs.map((job) => job.runAt ?? null)],
  );
}
