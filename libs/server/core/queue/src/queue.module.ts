import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { DEFAULT_JOB_OPTIONS, queueRootOptions } from './queue-connection';
import { QueueName } from './queue-names';

/** Connects BullMQ to the configured datastore (Redis or PostgreSQL) and registers the queues. */
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      // Global: every capability may produce jobs without importing the queue wiring again.
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [RUNTIME_CONFIG],
          useFactory: (config: RuntimeConfig) => ({ ...queueRootOptions(config.queue), defaultJobOptions: DEFAULT_JOB_OPTIONS }),
        }),
        ...Object.values(QueueName).map((name) => BullModule.registerQueue({ name })),
      ],
      exports: [BullModule],
    };
  }
}
