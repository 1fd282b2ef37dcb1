import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthReport } from '@bep/contracts';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { QueueName, queueAnswers } from '@bep/server/core/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.System) private readonly systemQueue: Queue,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async report(): Promise<HealthReport> {
    const [lastHeartbeatAt, queueUp] = await Promise.all([this.lastHeartbeat(), queueAnswers(this.systemQueue)]);
    const databaseUp = lastHeartbeatAt !== undefined;
    return {
      status: databaseUp && queueUp ? 'ok' : 'error',
      database: { status: databaseUp ? 'up' : 'down' },
      queue: { status: queueUp ? 'up' : 'down', backend: this.config.queue.backend },
      worker: { lastHeartbeatAt: lastHeartbeatAt ?? null },
    };
  }

  /** The latest worker heartbeat (null if none yet), or undefined when the database does not answer. */
  private async lastHeartbeat(): Promise<string | null | undefined> {
    try {
      const [row] = await this.dataSource.query<{ last: Date | null }[]>('SELECT max("last_seen_at") AS last FROM "worker_heartbeat"');
      return row?.last ? row.last.toISOString() : null;
    } catch {
      return undefined;
    }
  }
}
