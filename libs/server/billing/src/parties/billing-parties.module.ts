import { Module } from '@nestjs/common';
import { AuditModule } from '@bep/server/core/audit';
import { BillingParties } from './billing-parties';
import { CommuneBillingController } from './commune-billing.controller';
import { CommuneBillingService } from './commune-billing.service';
import { SellerIdentityController } from './seller-identity.controller';
import { SellerIdentityService } from './seller-identity.service';

/** The seller identity and the communes' billing data; exports BillingParties for issuing. */
@Module({
  imports: [AuditModule],
  controllers: [SellerIdentityController, CommuneBillingController],
  providers: [SellerIdentityService, CommuneBillingService, BillingParties],
  exports: [BillingParties],
})
export class BillingPartiesModule {}
