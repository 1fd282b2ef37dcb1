import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { CommunesWithoutContactReader } from './communes-without-contact';

/** Campaigns: settings, price list, reminder settings, budget, the current one; creating one opens its engagements. */
@Module({
  imports: [AuditModule],
  controllers: [CampaignsController],
  providers: [CampaignsService, CommunesWithoutContactReader],
})
export class CampaignsModule {}
