import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  campaignPageSchema,
  campaignQuerySchema,
  campaignSchema,
  createCampaignRequestSchema,
  updateCampaignRequestSchema,
  type Campaign,
  type CampaignPage,
  type CampaignQuery,
  type CreateCampaignRequest,
  type UpdateCampaignRequest,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { RequestActor } from '@bep/server/core/auth';
import { Allow, openApiSchema, PROBLEM_SCHEMA, SignedIn, ZodValidationPipe } from '@bep/server/core/http';
import { CampaignsService } from './campaigns.service';
import { CAMPAIGN_EXAMPLE, CONFLICT_EXAMPLE, CREATE_EXAMPLE, INVALID_EXAMPLE, UNPROCESSABLE_EXAMPLE } from './openapi-examples';

const CAMPAIGN = { ...openApiSchema(campaignSchema), example: CAMPAIGN_EXAMPLE };
const INVALID = { status: 400, description: 'Malformed id or body (unknown field, dates out of order, share over 10000, negative price...); `errors` names each field', schema: { ...PROBLEM_SCHEMA, example: INVALID_EXAMPLE } };
const NOT_FOUND = { status: 404, description: 'No such campaign', schema: PROBLEM_SCHEMA };
const CONFLICT = { status: 409, description: 'Another campaign already has this name (regardless of case)', schema: { ...PROBLEM_SCHEMA, example: CONFLICT_EXAMPLE } };
const UNPROCESSABLE = {
  status: 422,
  description: 'The settings are inconsistent once applied (dates out of order against the stored ones, a sending window that ends before it starts)',
  schema: { ...PROBLEM_SCHEMA, example: UNPROCESSABLE_EXAMPLE },
};

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Campaigns, newest first, with their budget and engagement counts; filtered by name and paginated' })
  @ApiQuery({ name: 'q', required: false, description: 'Part of the name, regardless of case', example: '2019' })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0, default: 0 } })
  @ApiResponse({ status: 200, schema: { ...openApiSchema(campaignPageSchema), example: { items: [CAMPAIGN_EXAMPLE], total: 1, limit: 50, offset: 0 } } })
  @ApiResponse({ status: 400, description: 'Bad filter or page', schema: PROBLEM_SCHEMA })
  list(@Query(new ZodValidationPipe(campaignQuerySchema)) query: CampaignQuery): Promise<CampaignPage> {
    return this.campaigns.list(query);
  }

  @Get('current')
  @SignedIn()
  @ApiOperation({ summary: 'The current campaign: the one that lists, the board and the communes show by default' })
  @ApiResponse({ status: 200, schema: CAMPAIGN })
  @ApiResponse({ status: 404, description: 'No campaign is current yet', schema: PROBLEM_SCHEMA })
  current(): Promise<Campaign> {
    return this.campaigns.current();
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One campaign with its settings, budget and engagement counts' })
  @ApiResponse({ status: 200, schema: CAMPAIGN })
  @ApiResponse({ status: 400, description: 'The id is not a UUID', schema: PROBLEM_SCHEMA })
  @ApiResponse(NOT_FOUND)
  detail(@Param('id', new ParseUUIDPipe()) id: string): Promise<Campaign> {
    return this.campaigns.detail(id);
  }

  @Post()
  @Allow('manager')
  @ApiOperation({
    summary: 'Create a campaign and open its engagements',
    description:
      'One engagement per eligible commune (37: Namur takes no part) at `survey_sent`, entered at 00:00 Europe/Brussels on the start date, ' +
      'with its first stage history row; all in one transaction, audited. Omitted settings take their defaults (BEP share 50 %, VAT `O`, ' +
      "billing at `workshop_held`, SPEC's reminder table). The campaign becomes current when no other is.",
  })
  @ApiBody({
    schema: openApiSchema(createCampaignRequestSchema, 'input'),
    examples: {
      radioscopie: { summary: 'The 2019 radioscopie', value: CREATE_EXAMPLE },
      minimal: { summary: 'Only what has no default', value: { name: 'Radioscopie numérique 2020', startsOn: '2020-04-27', endsOn: '2020-12-31', deadline: '2020-12-18', prices: { diagnostic: { priceCents: 500_000 } } } },
    },
  })
  @ApiResponse({ status: 201, description: 'The campaign with its engagement counts', schema: CAMPAIGN })
  @ApiResponse(INVALID)
  @ApiResponse(CONFLICT)
  @ApiResponse({ ...UNPROCESSABLE, description: 'The reminder settings are inconsistent once applied over the defaults' })
  create(@Body(new ZodValidationPipe(createCampaignRequestSchema)) body: CreateCampaignRequest, @RequestActor() actor: Actor): Promise<Campaign> {
    return this.campaigns.create(body, actor);
  }

  @Patch(':id')
  @Allow('manager')
  @ApiOperation({ summary: "Change some of a campaign's settings; what is not named stays as it is, down to one price or one reminder field" })
  @ApiBody({
    schema: openApiSchema(updateCampaignRequestSchema, 'input'),
    examples: {
      deadline: { summary: 'Move the deadline', value: { deadline: '2019-12-20' } },
      reminders: { summary: 'A fourth survey reminder, every 10 days', value: { reminderSettings: { surveyUnanswered: { repeatEveryDays: 10, maxCount: 4 } } } },
      prices: { summary: 'Bill accompaniment days', value: { prices: { accompanimentDay: { rateCents: 90_000, bepShareBp: 2500 } }, budget: { envelopeCents: 2_500_000 } } },
    },
  })
  @ApiResponse({ status: 200, description: 'The campaign after the change', schema: CAMPAIGN })
  @ApiResponse(INVALID)
  @ApiResponse(NOT_FOUND)
  @ApiResponse(CONFLICT)
  @ApiResponse(UNPROCESSABLE)
  update(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(updateCampaignRequestSchema)) body: UpdateCampaignRequest,
    @RequestActor() actor: Actor,
  ): Promise<Campaign> {
    return this.campaigns.update(id, body, actor);
  }

  @Post(':id/make-current')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make this campaign the current one (the previous one stops being current in the same transaction)' })
  @ApiResponse({ status: 200, description: 'The campaign, now current', schema: { ...CAMPAIGN, example: { ...CAMPAIGN_EXAMPLE, isCurrent: true } } })
  @ApiResponse({ status: 400, description: 'The id is not a UUID', schema: PROBLEM_SCHEMA })
  @ApiResponse(NOT_FOUND)
  @ApiResponse({ status: 409, description: 'Another campaign became current meanwhile', schema: PROBLEM_SCHEMA })
  makeCurrent(@Param('id', new ParseUUIDPipe()) id: string, @RequestActor() actor: Actor): Promise<Campaign> {
    return this.campaigns.makeCurrent(id, actor);
  }
}
