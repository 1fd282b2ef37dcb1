import { DynamicModule, Module } from '@nestjs/common';
import { BillingWorkerModule } from '@bep/server/billing';
import { Clock, ClockModule } from '@bep/server/core/clock';
import { ConfigModule, type RuntimeConfig } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { HeartbeatModule } from '@bep/server/core/health';
import { MailModule, type MailModuleOptions } from '@bep/server/core/mail';
import { OutboxRelayModule, QueueModule, type OutboxRelayOptions } from '@bep/server/core/queue';
import { RemindersWorkerModule } from '@bep/server/reminders';

/** What a test may change in the worker it starts: its clock, the relay's pace, the mail timeouts. */
export interface WorkerTestOptions {
  clock?: Clock;
  relay?: Partial<OutboxRelayOptions>;
  mail?: MailModuleOptions;
}

/**
 * The worker: queue processors, job schedulers and the outbox relay, no HTTP. Scale it apart from
 * the API; every part is safe to run in several workers at once.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: RuntimeConfig, options: WorkerTestOptions = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        options.clock ? ClockModule.with(options.clock) : ClockModule.forRoot(config.clockStartAt),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        MailModule.forRoot(options.mail),
        OutboxRelayModule.forRoot(options.relay),
        HeartbeatModule,
        RemindersWorkerModule,
        BillingWorkerModule,
      ],
    };
  }
}
