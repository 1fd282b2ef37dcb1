import { DynamicModule, Module } from '@nestjs/common';
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
import { HttpErrorsModule } from '@bep/server/core/http';
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
        HttpErrorsModule,
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
    };
  }
}
