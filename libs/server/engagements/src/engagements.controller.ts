import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  assignmentsRequestSchema,
  engagementDetailSchema,
  engagementPageSchema,
  engagementQuerySchema,
  transitionRequestSchema,
  transitionResultSchema,
  type AssignmentsRequest,
  type CurrentUser as CurrentUserContract,
  type EngagementDetail,
  type EngagementPage,
  type EngagementQuery,
  type TransitionRequest,
  type TransitionResult,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { CurrentUser, RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery, SignedIn, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { ARCHIVED_CAMPAIGN_PROBLEM } from './campaign-status-conflict';
import { EngagementsService } from './engagements.service';

@ApiTags('engagements')
@ApiBearerAuth()
@Controller('engagements')
export class EngagementsController {
  constructor(private readonly engagements: EngagementsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Engagements of the current campaign (or campaignId), filtered and paginated' })
  @ApiResponse({ status: 200, schema: openApiSchema(engagementPageSchema) })
  @ApiProblem(400)
  list(@ParsedQuery(engagementQuerySchema) query: EngagementQuery): Promise<EngagementPage> {
    return this.engagements.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One engagement with its timeline', description: 'The invoice entries of the timeline are for the readers of invoices (finance, managers) only; others get the rest.' })
  @ApiResponse({ status: 200, schema: openApiSchema(engagementDetailSchema) })
  @ApiProblem(400)
  @ApiProblem(404, 'No such engagement')
  detail(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract): Promise<EngagementDetail> {
    return this.engagements.detail(id, user);
  }

  @Post(':id/transitions')
  @Allow('manager', 'consultant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the engagement to another stage, within the stage rules' })
  @ApiBody({ schema: openApiSchema(transitionRequestSchema), examples: { forward: { value: { to: 'workshop_held', version: 3 } }, back: { value: { to: 'survey_answered', note: 'Questionnaire incomplet', version: 4 } } } })
  @ApiResponse({ status: 200, description: 'The engagement after the move: stage, version, when it entered the stage, lead, kind of move (the detail is GET /api/engagements/{id})', schema: openApiSchema(transitionResultSchema) })
  @ApiProblem(400)
  @ApiProblem(403, 'Not a manager nor a consultant assigned to the engagement')
  @ApiProblem(404, 'No such engagement')
  @ApiProblem(409, 'Stale version: the engagement changed meanwhile, or its campaign is archived (read-only, `urn:bep:campaign-status`); nothing was changed')
  @ApiProblem(422, 'A stage rule forbids the move; `type` names the rule (`urn:bep:stage-rule:work-not-done`: Atelier tenu needs a diagnostic and a workshop recorded as done, the detail says which is missing; a manager may override it with a note)')
  transition(
    @UuidParam() id: string,
    @Body(new ZodValidationPipe(transitionRequestSchema)) body: TransitionRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<TransitionResult> {
    return this.engagements.transition(id, body, user, actor);
  }

  @Put(':id/assignments')
  @Allow('manager')
  @ApiOperation({ summary: "Set the engagement's consultants and its lead" })
  @ApiBody({ schema: openApiSchema(assignmentsRequestSchema), examples: { team: { value: { leadId: '6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30', consultantIds: ['6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30'] } } } })
  @ApiResponse({ status: 200, description: 'The engagement with its new team', schema: openApiSchema(engagementDetailSchema) })
  @ApiProblem(400)
  @ApiProblem(404, 'No such engagement')
  @ApiProblem(422, 'Unknown or inactive consultant')
  @ARCHIVED_CAMPAIGN_PROBLEM
  assign(
    @UuidParam() id: string,
    @Body(new ZodValidationPipe(assignmentsRequestSchema)) body: AssignmentsRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<EngagementDetail> {
    return this.engagements.assign(id, body, user, actor);
  }
}
