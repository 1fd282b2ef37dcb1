import { DynamicModule, Module } from '@nestjs/common';
import { Clock, ClockModule } from '@bep/server/core/clock';
import { ConfigModule, type RuntimeConfig } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { HeartbeatModule } from '@bep/server/core/health';
import { QueueModule } from '@bep/server/core/queue';

/** The worker: queue processors and job schedulers, no HTTP. Scale it apart from the API. */
@Module({})
export class WorkerModule {
  /** `clock`: a test's own; otherwise the system's time, or the calendar CLOCK_START starts. */
  static forRoot(config: RuntimeConfig, clock?: Clock): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        clock ? ClockModule.with(clock) : ClockModule.forRoot(config.clockStartAt),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        HeartbeatModule,
      ],
    };
  }
}
