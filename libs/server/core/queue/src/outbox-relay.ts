import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@bep/server/core/clock';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

export interface OutboxRelayOptions {
  /** How often the relay looks for new rows. */
  pollMs: number;
  /** Rows relayed per transaction. */
  batchSize: number;
  /** How long to wait for the queue's datastore before giving the batch back. */
  queueTimeoutMs: number;
}

export const OUTBOX_RELAY_OPTIONS = Symbol('OUTBOX_RELAY_OPTIONS');

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date | null;
}

class QueueUnavailable extends Error {}

/**
 * Moves outbox rows to the queue. Each worker runs one relay; rows are taken with `FOR UPDATE SKIP
 * LOCKED`, so two relays never take the same row, and a row is marked relayed in the transaction
 * that took it, after the queue accepted its job: if the queue's datastore is down, the batch is
 * given back and tried again at the next tick. A job id is deterministic, so a row relayed twice
 * (a worker dying between the queue's answer and the commit) still queues one job.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private failing = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly clock: Clock,
    @Inject(OUTBOX_RELAY_OPTIONS) private readonly options: OutboxRelayOptions,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.relayPending().finally(() => (this.running = undefined));
    }, this.options.pollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Relays batches until the outbox is empty or the queue refuses; answers how many rows went. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const relayed = await this.relayBatch().catch((error: unknown) => this.noteFailure(error));
      total += relayed;
      if (relayed < this.options.batchSize) return total;
    }
  }

  private async relayBatch(): Promise<number> {
    const relayed = await this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT "id", "queue", "job_name", "job_id", "payload", "run_at" FROM "queue_outbox"
          WHERE "relayed_at" IS NULL ORDER BY "id" LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.options.batchSize],
      );
      if (rows.length === 0) return 0;
      const now = this.clock.now().getTime();
      for (const [queueName, jobs] of groupBy(rows, (row) => row.queue)) {
        const queue = this.moduleRef.get<Queue>(getQueueToken(queueName), { strict: false });
        const added = queue.addBulk(
          jobs.map((row) => ({ name: row.job_name, data: row.payload, opts: { jobId: row.job_id, delay: Math.max(0, (row.run_at?.getTime() ?? now) - now) } })),
        );
        await withTimeout(added, this.options.queueTimeoutMs);
      }
      await manager.query(`UPDATE "queue_outbox" SET "relayed_at" = $2 WHERE "id" = ANY($1::bigint[])`, [rows.map((row) => row.id), new Date(now)]);
      return rows.length;
    });
    if (relayed > 0 && this.failing) {
      this.failing = false;
      this.logger.log('The queue answers again: the outbox is being relayed');
    }
    return relayed;
  }

  private noteFailure(error: unknown): number {
    if (!this.failing) {
      this.failing = true;
      const reason = error instanceof QueueUnavailable ? error.message : String(error);
      this.logger.warn(`Outbox not relayed, tried again every ${this.options.pollMs} ms: ${reason}`);
    }
    return 0;
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  }
  return groups;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new QueueUnavailable(`the queue did not answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
