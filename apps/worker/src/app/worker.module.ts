import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type RuntimeConfig } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { HeartbeatModule } from '@bep/server/core/health';
import { QueueModule } from '@bep/server/core/queue';

/** The worker: queue processors and job schedulers, no HTTP. Scale it apart from the API. */
@Module({})
export class WorkerModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(), HeartbeatModule],
    };
  }
}
