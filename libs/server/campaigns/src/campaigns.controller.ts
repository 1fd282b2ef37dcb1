import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  campaignPageSchema,
  campaignQuerySchema,
  campaignSchema,
  communesWithoutContactSchema,
  createCampaignRequestSchema,
  updateCampaignRequestSchema,
  type Campaign,
  type CampaignPage,
  type CampaignQuery,
  type CommunesWithoutContact,
  type CreateCampaignRequest,
  type UpdateCampaignRequest,
  type CurrentUser as CurrentUserContract,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { CurrentUser, RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery, SignedIn, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { CampaignsService } from './campaigns.service';
import { CommunesWithoutContactReader } from './communes-without-contact';
import { CAMPAIGN_EXAMPLE, CONFLICT_EXAMPLE, CREATE_EXAMPLE, INVALID_EXAMPLE, STATUS_CONFLICT_EXAMPLE, UNPROCESSABLE_EXAMPLE } from './openapi-examples';

const CAMPAIGN = { ...openApiSchema(campaignSchema), example: CAMPAIGN_EXAMPLE };
const INVALID = ApiProblem(400, 'Malformed id or body (unknown field, dates out of order, share over 10000, negative price...); `errors` names each field', INVALID_EXAMPLE);
const MALFORMED_ID = ApiProblem(400, 'The id is not a UUID');
const NOT_FOUND = ApiProblem(404, 'No such campaign');
const STATUS_CONFLICT = ApiProblem(409, 'Not possible in this status (closing a campaign that is not open, reopening one that is not closed)', STATUS_CONFLICT_EXAMPLE);
const NAME_TAKEN = ApiProblem(409, 'Another campaign already has this name (regardless of case)', CONFLICT_EXAMPLE);
/** Every signed-in user reads the campaigns; a consultant sees no invoice (SPEC, "Users and roles"). */
const BUDGET_READERS =
  'Any signed-in user. The budget figures drawn from the invoices (`invoicedCents`, `paidCents`, `billedToCommunesCents`, `collectedCents`) ' +
  'are given to finance and managers only: null for the others (consultants, administrators).';

@ApiTags('campaigns')
@ApiBearerAuth()
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly withoutContact: CommunesWithoutContactReader,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Campaigns, newest first, with their status, budget and engagement counts; filtered by name and status, paginated', description: BUDGET_READERS })
  @ApiResponse({ status: 200, schema: { ...openApiSchema(campaignPageSchema), example: { items: [CAMPAIGN_EXAMPLE], total: 1, limit: 50, offset: 0 } } })
  @ApiProblem(400, 'Bad filter or page')
  list(@ParsedQuery(campaignQuerySchema) query: CampaignQuery, @CurrentUser() user: CurrentUserContract): Promise<CampaignPage> {
    return this.campaigns.list(query, user);
  }

  @Get('current')
  @SignedIn()
  @ApiOperation({ summary: 'The current campaign: the one that lists, the board and the communes show by default', description: BUDGET_READERS })
  @ApiResponse({ status: 200, schema: CAMPAIGN })
  @ApiProblem(404, 'No campaign is current yet')
  current(@CurrentUser() user: CurrentUserContract): Promise<Campaign> {
    return this.campaigns.current(user);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One campaign with its settings, budget and engagement counts', description: BUDGET_READERS })
  @ApiResponse({ status: 200, schema: CAMPAIGN })
  @MALFORMED_ID
  @NOT_FOUND
  detail(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract): Promise<Campaign> {
    return this.campaigns.detail(id, user);
  }

  @Get(':id/communes-without-contact')
  @SignedIn()
  @ApiOperation({
    summary: 'The communes of the campaign that no e-mail reaches (no contact with an address), by name',
    description: "Their questionnaire's invitation and reminders cannot leave: each is skipped `no-recipient` until a contact with an e-mail address is added. Any signed-in user (communes only, no person).",
  })
  @ApiResponse({ status: 200, schema: { ...openApiSchema(communesWithoutContactSchema), example: { items: [{ nis: '92142', name: 'Viroinval', stage: 'survey_sent' }] } } })
  @MALFORMED_ID
  @NOT_FOUND
  communesWithoutContact(@UuidParam() id: string): Promise<CommunesWithoutContact> {
    return this.withoutContact.read(id);
  }

  @Post()
  @Allow('manager')
  @ApiOperation({
    summary: 'Create a campaign and open its engagements',
    description:
      'One engagement per eligible commune (37: Namur takes no part) at `survey_sent`, entered at 00:00 Europe/Brussels on the start date, ' +
      "with its first stage history row and its commune's personal questionnaire link; all in one transaction, audited. The worker then sends each commune's binôme " +
      "(else its other contacts) the questionnaire's invitation carrying the link (reminder rule `surveyInvitation`, on the start date, or at the next sending slot when it is past) once the campaign is the current one: the worker plans the current campaign's reminders only. " +
      'Omitted settings take their defaults (BEP share 50 %, VAT `O`, ' +
      "billing at `workshop_held`, the default reminder rules: survey unanswered after 14 days then every 7 days at most 3 times, diagnostic not scheduled after 21 days, 2 days before a diagnostic or workshop, weekly digest). The campaign becomes current when no other is.",
  })
  @ApiBody({
    schema: openApiSchema(createCampaignRequestSchema, 'input'),
    examples: {
      radioscopie: { summary: 'The 2019 radioscopie', value: CREATE_EXAMPLE },
      minimal: { summary: 'Only what has no default', value: { name: 'Radioscopie numérique 2020', startsOn: '2020-04-27', endsOn: '2020-12-31', deadline: '2020-12-18', prices: { diagnostic: { priceCents: 500_000 } } } },
    },
  })
  @ApiResponse({ status: 201, description: 'The campaign with its engagement counts', schema: CAMPAIGN })
  @INVALID
  @NAME_TAKEN
  @ApiProblem(422, 'The reminder settings are inconsistent once applied over the defaults', UNPROCESSABLE_EXAMPLE)
  create(
    @Body(new ZodValidationPipe(createCampaignRequestSchema)) body: CreateCampaignRequest,
    @RequestActor() actor: Actor,
    @CurrentUser() user: CurrentUserContract,
  ): Promise<Campaign> {
    return this.campaigns.create(body, actor, user);
  }

  @Patch(':id')
  @Allow('manager')
  @ApiOperation({
    summary: "Change some of a campaign's settings; what is not named stays as it is, down to one price or one reminder field",
    description: 'An open or closed campaign; an archived one is read-only (409).',
  })
  @ApiBody({
    schema: openApiSchema(updateCampaignRequestSchema, 'input'),
    examples: {
      deadline: { summary: 'Move the deadline', value: { deadline: '2019-12-20' } },
      reminders: { summary: 'A fourth survey reminder, every 10 days', value: { reminderSettings: { surveyUnanswered: { repeatEveryDays: 10, maxCount: 4 } } } },
      prices: { summary: 'Bill accompaniment days', value: { prices: { accompanimentDay: { rateCents: 90_000, bepShareBp: 2500 } }, budget: { envelopeCents: 2_500_000 } } },
    },
  })
  @ApiResponse({ status: 200, description: 'The campaign after the change', schema: CAMPAIGN })
  @INVALID
  @NOT_FOUND
  @ApiProblem(409, 'Another campaign already has this name (regardless of case), or the campaign is archived (read-only)', CONFLICT_EXAMPLE)
  @ApiProblem(422, 'The settings are inconsistent once applied (dates out of order against the stored ones, a sending window that ends before it starts)', UNPROCESSABLE_EXAMPLE)
  update(
    @UuidParam() id: string,
    @Body(new ZodValidationPipe(updateCampaignRequestSchema)) body: UpdateCampaignRequest,
    @RequestActor() actor: Actor,
    @CurrentUser() user: CurrentUserContract,
  ): Promise<Campaign> {
    return this.campaigns.update(id, body, actor, user);
  }

  @Post(':id/make-current')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Make this campaign the current one (the previous one stops being current in the same transaction)',
    description: 'An open or closed campaign (a closed current one counts no late item and sends no reminder); an archived one cannot be made current (409).',
  })
  @ApiResponse({ status: 200, description: 'The campaign, now current', schema: { ...CAMPAIGN, example: { ...CAMPAIGN_EXAMPLE, isCurrent: true } } })
  @MALFORMED_ID
  @NOT_FOUND
  @ApiProblem(409, 'Another campaign became current meanwhile, or the campaign is archived')
  makeCurrent(@UuidParam() id: string, @RequestActor() actor: Actor, @CurrentUser() user: CurrentUserContract): Promise<Campaign> {
    return this.campaigns.makeCurrent(id, actor, user);
  }

  @Post(':id/close')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Close an open campaign: it stops counting late items and sending reminders',
    description:
      'Its reminders still to leave are cancelled in the same transaction (the log says `campaign-closed`); a reminder found at send time in a closed campaign is cancelled the same way. ' +
      'Its settings may still be corrected, and it may be reopened. A current campaign stays current (the pages show it, marked closed). Audited.',
  })
  @ApiResponse({ status: 200, description: 'The campaign, now closed', schema: { ...CAMPAIGN, example: { ...CAMPAIGN_EXAMPLE, status: 'closed', closedAt: '2019-12-31T16:00:00.000Z' } } })
  @MALFORMED_ID
  @NOT_FOUND
  @STATUS_CONFLICT
  close(@UuidParam() id: string, @RequestActor() actor: Actor, @CurrentUser() user: CurrentUserContract): Promise<Campaign> {
    return this.campaigns.close(id, actor, user);
  }

  @Post(':id/reopen')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Open a closed campaign again: its late items count and its reminders are planned again',
    description: 'The reminders its closing cancelled stay cancelled; the rules plan the next ones. An archived campaign cannot be reopened. Audited.',
  })
  @ApiResponse({ status: 200, description: 'The campaign, open again', schema: CAMPAIGN })
  @MALFORMED_ID
  @NOT_FOUND
  @STATUS_CONFLICT
  reopen(@UuidParam() id: string, @RequestActor() actor: Actor, @CurrentUser() user: CurrentUserContract): Promise<Campaign> {
    return this.campaigns.reopen(id, actor, user);
  }

  @Post(':id/archive')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Archive a closed campaign: read-only for good, out of the campaign switchers',
    description: 'Only a closed campaign that is not the current one (make another current first). Audited.',
  })
  @ApiResponse({ status: 200, description: 'The campaign, now archived', schema: { ...CAMPAIGN, example: { ...CAMPAIGN_EXAMPLE, isCurrent: false, status: 'archived', closedAt: '2019-12-31T16:00:00.000Z', archivedAt: '2020-03-02T09:00:00.000Z' } } })
  @MALFORMED_ID
  @NOT_FOUND
  @ApiProblem(409, 'The campaign is not closed, or it is the current one', STATUS_CONFLICT_EXAMPLE)
  archive(@UuidParam() id: string, @RequestActor() actor: Actor, @CurrentUser() user: CurrentUserContract): Promise<Campaign> {
    return this.campaigns.archive(id, actor, user);
  }
}
