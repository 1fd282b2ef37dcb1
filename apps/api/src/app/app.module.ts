import { DynamicModule, Module } from '@nestjs/common';
import { BillingModule } from '@bep/server/billing';
import { CampaignsModule } from '@bep/server/campaigns';
import { CommunesModule } from '@bep/server/communes';
import { ConsultantsModule } from '@bep/server/consultants';
import { ContactsModule } from '@bep/server/contacts';
import { ApiCoreModule } from '@bep/server/core/api-core';
import type { RuntimeConfig } from '@bep/server/core/config';
import { HealthModule } from '@bep/server/core/health';
import { EngagementsModule } from '@bep/server/engagements';
import { RemindersModule } from '@bep/server/reminders';
import { SurveyModule } from '@bep/server/survey';
import { UsersModule } from '@bep/server/users';

/** The HTTP API: the core, the health check and every capability under /api. Queue processors never run here, only producers. */
@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [ApiCoreModule.forRoot(config), HealthModule, BillingModule, CampaignsModule, CommunesModule, ConsultantsModule, ContactsModule, EngagementsModule, RemindersModule, SurveyModule, UsersModule],
    };
  }
}
