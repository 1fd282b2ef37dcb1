import { BullModule, InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { QueueConfig, RuntimeConfig } from '@bep/server/core/config';
import { ConfigModule } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { QueueModule } from '@bep/server/core/queue';
import { eventually, requireTestServices, testRuntimeConfig } from '@bep/server/core/testing';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import type { Job, Queue } from 'bullmq';
import { hostname } from 'node:os';
import { WorkerModule } from '../app/worker.module';

const SLOW_QUEUE = 'graceful-shutdown-test';

/** A job that is still running when shutdown starts, to show that the worker lets it finish. */
@Processor(SLOW_QUEUE)
class SlowProcessor extends WorkerHost {
  static started = 0;
  static finished = 0;

  async process(job: Job<{ ms: number }>): Promise<string> {
    SlowProcessor.started += 1;
    await new Promise((resolve) => setTimeout(resolve, job.data.ms));
    SlowProcessor.finished += 1;
    return 'done';
  }
}

class SlowQueueHandle {
  constructor(@InjectQueue(SLOW_QUEUE) readonly queue: Queue) {}
}

@Module({
  imports: [BullModule.registerQueue({ name: SLOW_QUEUE })],
  providers: [SlowProcessor, SlowQueueHandle],
})
class SlowJobModule {}

/**
 * The same checks on each queue backend: the real worker module connects, schedules and runs its
 * heartbeat, and a shutdown waits for the job in flight.
 */
export function describeQueueWiring(backend: QueueConfig['backend'], queueFor: (databaseUrl: string) => QueueConfig): void {
  describe(`worker on the ${backend} queue backend`, () => {
    let database: MigratedDatabase;
    let config: RuntimeConfig;

    beforeAll(async () => {
      await requireTestServices();
      database = await createMigratedDatabase(`worker_${backend}`);
      config = testRuntimeConfig(database.url, { queue: queueFor(database.url) });
    });

    afterAll(async () => {
      await database?.drop();
    });

    it('runs the heartbeat job that its scheduler queues at start', async () => {
      const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
      try {
        await worker.init();
        const beat = await eventually(async () => {
          const [row] = await database.dataSource.query<{ worker_id: string; last_seen_at: Date }[]>('SELECT * FROM "worker_heartbeat"');
          return row;
        }, 'the first heartbeat');
        expect(beat.worker_id).toBe(`${hostname()}:${process.pid}`);
      } finally {
        await worker.close();
      }
    });

    it('lets the job in flight finish when it shuts down', async () => {
      const context: INestApplicationContext = await NestFactory.createApplicationContext(
        {
          module: class GracefulTestModule {},
          imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(), SlowJobModule],
        },
        { logger: false },
      );
      await context.init();
      const { queue } = context.get(SlowQueueHandle);
      const job = await queue.add('slow', { ms: 1_500 });
      await eventually(async () => (SlowProcessor.started > 0 ? true : undefined), 'the slow job to start');

      await context.close();

      expect(SlowProcessor.finished).toBe(1);
      const after = await NestFactory.createApplicationContext(
        { module: class ReadBackModule {}, imports: [ConfigModule.forRoot(config), QueueModule.forRoot(), BullModule.registerQueue({ name: SLOW_QUEUE })] },
        { logger: false },
      );
      try {
        const reread = await after.get<Queue>(`BullQueue_${SLOW_QUEUE}`).getJob(job.id ?? '');
        expect(await reread?.getState()).toBe('completed');
        expect(reread?.returnvalue).toBe('done');
      } finally {
        await after.close();
      }
    });
  });
}
