import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { AuthModule } from '@bep/server/core/auth';
import { ConfigModule, type RuntimeConfig } from '@bep/server/core/config';
import { DatabaseModule } from '@bep/server/core/database';
import { HttpErrorsModule } from '@bep/server/core/http';
import { QueueModule } from '@bep/server/core/queue';

/**
 * The core of an HTTP API, in one list: configuration, database, queue producers (processors run
 * only in the worker), errors as problem details, authentication and its guard, the audit log.
 */
@Module({})
export class ApiCoreModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: ApiCoreModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(), QueueModule.forRoot(), HttpErrorsModule, AuthModule, AuditModule],
    };
  }
}
