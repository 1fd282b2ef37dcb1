import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { AuthModule } from '@bep/server/core/auth';
import { Clock, ClockModule } from '@bep/server/core/clock';
import { ConfigModule, type RuntimeConfig } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { HttpErrorsModule } from '@bep/server/core/http';
import { QueueModule } from '@bep/server/core/queue';

/**
 * The core of an HTTP API, in one list: configuration, clock, database, queue producers (processors run
 * only in the worker), errors as problem details, authentication and its guard, the audit log.
 */
@Module({})
export class ApiCoreModule {
  /** `clock`: a test's own; otherwise the system's time, or the calendar CLOCK_START starts. */
  static forRoot(config: RuntimeConfig, clock?: Clock): DynamicModule {
    return {
      module: ApiCoreModule,
      imports: [
        ConfigModule.forRoot(config),
        clock ? ClockModule.with(clock) : ClockModule.forRoot(config.clockStartAt),
        DatabaseModule.forRoot(), QueueModule.forRoot(),
        HttpErrorsModule,
        AuthModule,
        AuditModule,
      ],
    };
  }
}
