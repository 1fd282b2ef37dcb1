import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Jobs written in the same transaction as the change that implies them, and relayed to the
 * queue by the worker. A change commits with its jobs or not at all; with the queue's datastore
 * down the change still succeeds, and its jobs reach the queue when the datastore is back.
 */
@Entity({ name: 'queue_outbox' })
@Index('queue_outbox_pending_idx', ['id'], { where: '"relayed_at" IS NULL' })
export class QueueOutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  /** Deterministic: relaying the same row twice queues the job once. */
  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ type: 'jsonb', default: {} })
  payload!: object;

  /** The job waits until then (a delayed job); null: as soon as it is relayed. */
  @Column({ name: 'run_at', type: 'timestamptz', nullable: true })
  runAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;

  @Column({ name: 'relay_attempts', type: 'integer', default: 0 })
  relayAttempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
