import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { sellerSettingsSchema, updateSellerIdentityRequestSchema, type SellerIdentity, type SellerSettings } from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema } from '@bep/server/core/http';
import { BillingDataPipe } from './billing-data.pipe';
import { INVALID_BILLING_DATA_EXAMPLE, SELLER_REQUEST_EXAMPLE, SELLER_SETTINGS_EXAMPLE } from './openapi-examples';
import { SellerIdentityService } from './seller-identity.service';

/** Finance and administrators keep BEP's identity; managers read what the invoices will say. */
@ApiTags('settings')
@ApiBearerAuth()
@Controller('settings/seller')
export class SellerIdentityController {
  constructor(private readonly seller: SellerIdentityService) {}

  @Get()
  @Allow('admin', 'finance', 'manager')
  @ApiOperation({ summary: "BEP's identity as the seller of its invoices (null until entered: nothing can be issued before)" })
  @ApiResponse({ status: 200, schema: openApiSchema(sellerSettingsSchema), example: SELLER_SETTINGS_EXAMPLE })
  get(): Promise<SellerSettings> {
    return this.seller.get();
  }

  @Put()
  @Allow('admin', 'finance')
  @ApiOperation({ summary: "Replace BEP's seller identity (audited with the values before and after); invoices already issued keep the identity they were issued with" })
  @ApiBody({ schema: openApiSchema(updateSellerIdentityRequestSchema, 'input'), examples: { bep: { summary: 'BEP, Namur', value: SELLER_REQUEST_EXAMPLE } } })
  @ApiResponse({ status: 200, description: 'The identity as stored: enterprise number in 10 digits, IBAN electronic, BIC in capitals, phone in E.164', schema: openApiSchema(sellerSettingsSchema), example: SELLER_SETTINGS_EXAMPLE })
  @ApiProblem(400, 'The body is not JSON')
  @ApiProblem(422, 'A value cannot be used on an invoice; `errors` names each field (`address.postalCode`, `iban`...)', INVALID_BILLING_DATA_EXAMPLE)
  update(@Body(new BillingDataPipe(updateSellerIdentityRequestSchema)) identity: SellerIdentity, @RequestActor() actor: Actor): Promise<SellerSettings> {
    return this.seller.update(identity, actor);
  }
}
