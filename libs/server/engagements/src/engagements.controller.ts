import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
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
import { ApiInvalidInput, Allow, openApiSchema, PROBLEM_SCHEMA, SignedIn, ZodValidationPipe } from '@bep/server/core/http';
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
  @ApiInvalidInput()
  list(@Query(new ZodValidationPipe(engagementQuerySchema)) query: EngagementQuery): Promise<EngagementPage> {
    return this.engagements.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One engagement with its timeline' })
  @ApiInvalidInput()
  @ApiResponse({ status: 200, schema: openApiSchema(engagementDetailSchema) })
  @ApiResponse({ status: 404, schema: PROBLEM_SCHEMA })
  detail(@Param('id', new ParseUUIDPipe()) id: string): Promise<EngagementDetail> {
    return this.engagements.detail(id);
  }

  @Post(':id/transitions')
  @Allow('manager', 'consultant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the engagement to another stage, within the stage rules' })
  @ApiInvalidInput()
  @ApiBody({ schema: openApiSchema(transitionRequestSchema), examples: { forward: { value: { to: 'workshop_held', version: 3 } }, back: { value: { to: 'survey_answered', note: 'Questionnaire incomplet', version: 4 } } } })
  @ApiResponse({ status: 200, description: 'The engagement after the move: stage, version, when it entered the stage, lead, kind of move (the detail is GET /api/engagements/{id})', schema: openApiSchema(transitionResultSchema) })
  @ApiResponse({ status: 403, description: 'Not a manager nor a consultant assigned to the engagement', schema: PROBLEM_SCHEMA })
  @ApiResponse({ status: 409, description: 'Stale version: the engagement changed meanwhile; nothing was changed', schema: PROBLEM_SCHEMA })
  @ApiResponse({ status: 422, description: 'A stage rule forbids the move; `type` names the rule', schema: PROBLEM_SCHEMA })
  transition(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(transitionRequestSchema)) body: TransitionRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<TransitionResult> {
    return this.engagements.transition(id, body, user, actor);
  }

  @Put(':id/assignments')
  @Allow('manager')
  @ApiOperation({ summary: "Set the engagement's consultants and its lead" })
  @ApiInvalidInput()
  @ApiBody({ schema: openApiSchema(assignmentsRequestSchema), examples: { team: { value: { leadId: '6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30', consultantIds: ['6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30'] } } } })
  @ApiResponse({ status: 200, description: 'The engagement with its new team', schema: openApiSchema(engagementDetailSchema) })
  @ApiResponse({ status: 422, description: 'Unknown or inactive consultant', schema: PROBLEM_SCHEMA })
  assign(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(assignmentsRequestSchema)) body: AssignmentsRequest,
    @RequestActor() actor: Actor,
  ): Promise<EngagementDetail> {
    return this.engagements.assign(id, body, actor);
  }
}
