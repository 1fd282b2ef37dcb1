import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last sign of life of each worker process, written by the worker's heartbeat job. */
@Entity({ name: 'worker_heartbeat' })
export class WorkerHeartbeatEntity {
  /** host:pid of the worker process. */
  @PrimaryColumn({ name: 'worker_id', type: 'text' })
  workerId!: string;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt!: Date;
}
