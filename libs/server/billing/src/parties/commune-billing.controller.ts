import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { communeBillingSchema, communeNisSchema, updateCommuneBillingRequestSchema, type CommuneBilling, type CommuneBillingValues } from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedParam } from '@bep/server/core/http';
import { BillingDataPipe } from './billing-data.pipe';
import { CommuneBillingService } from './commune-billing.service';
import { COMMUNE_BILLING_EXAMPLE, COMMUNE_BILLING_REQUEST_EXAMPLE, INVALID_BILLING_DATA_EXAMPLE } from './openapi-examples';

const Nis = () => ParsedParam('nis', communeNisSchema, 'NIS code of the commune (five digits), e.g. 92142');
const NO_COMMUNE = ApiProblem(404, 'No such commune');

/** Finance keeps the communes' billing data (administrators too); managers read it on the commune page. */
@ApiTags('communes')
@ApiBearerAuth()
@Controller('communes/:nis/billing')
export class CommuneBillingController {
  constructor(private readonly billing: CommuneBillingService) {}

  @Get()
  @Allow('manager', 'finance', 'admin')
  @ApiOperation({ summary: "How the commune is billed: its invoices' buyer (profile null until finance enters it)" })
  @ApiResponse({ status: 200, schema: openApiSchema(communeBillingSchema), example: COMMUNE_BILLING_EXAMPLE })
  @ApiProblem(400)
  @NO_COMMUNE
  get(@Nis() nis: string): Promise<CommuneBilling> {
    return this.billing.get(nis);
  }

  @Put()
  @Allow('finance', 'admin')
  @ApiOperation({ summary: "Replace the commune's billing data (audited on the commune with the values before and after); invoices already issued keep the data they were issued with" })
  @ApiBody({ schema: openApiSchema(updateCommuneBillingRequestSchema, 'input'), examples: { gembloux: { summary: 'Gembloux', value: COMMUNE_BILLING_REQUEST_EXAMPLE } } })
  @ApiResponse({ status: 200, schema: openApiSchema(communeBillingSchema), example: COMMUNE_BILLING_EXAMPLE })
  @ApiProblem(400)
  @NO_COMMUNE
  @ApiProblem(422, 'A value cannot be used on an invoice; `errors` names each field (`enterpriseNumber`, `buyerReference`...)', INVALID_BILLING_DATA_EXAMPLE)
  update(@Nis() nis: string, @Body(new BillingDataPipe(updateCommuneBillingRequestSchema)) values: CommuneBillingValues, @RequestActor() actor: Actor): Promise<CommuneBilling> {
    return this.billing.update(nis, values, actor);
  }
}
