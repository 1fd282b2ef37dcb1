import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AuditModule } from '@bep/server/core/audit';
import { AuthModule } from '@bep/server/core/auth';
import { CampaignsModule } from '@bep/server/campaigns';
import { CommunesModule } from '@bep/server/communes';
import { ConfigModule, type RuntimeConfig } from '@bep/server/core/config';
import { ConsultantsModule } from '@bep/server/consultants';
import { ContactsModule } from '@bep/server/contacts';
import { DatabaseModule } from '@bep/server/core/database';
import { EngagementsModule } from '@bep/server/engagements';
import { HealthModule } from '@bep/server/core/health';
import { ProblemDetailsFilter, StorableTextPipe } from '@bep/server/core/http';
import { QueueModule } from '@bep/server/core/queue';
import { UsersModule } from '@bep/server/users';

/** The HTTP API: capabilities under /api. Queue processors never run here, only producers. */
@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        QueueModule.forRoot(),
        AuthModule,
        AuditModule,
        HealthModule,
        CampaignsModule,
        CommunesModule,
        ConsultantsModule,
        ContactsModule,
        EngagementsModule,
        UsersModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Before every route's own pipes: no NUL or lone surrogate reaches a service, whatever the route.
        { provide: APP_PIPE, useClass: StorableTextPipe },
      ],
    };
  }
}
