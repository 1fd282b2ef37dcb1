import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, SystemJob } from '@bep/server/core/queue';
import type { Queue } from 'bullmq';

const HEARTBEAT_EVERY_MS = 30_000;

/** Keeps one heartbeat scheduler; upserting is idempotent, so every worker may do it at start. */
@Injectable()
export class HeartbeatScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QueueName.System) private readonly systemQueue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.systemQueue.upsertJobScheduler('worker-heartbeat', { every: HEARTBEAT_EVERY_MS }, { name: SystemJob.Heartbeat });
  }
}
