import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  engagementDetailSchema,
  engagementPageSchema,
  engagementQuerySchema,
  transitionRequestSchema,
  type CurrentUser as CurrentUserContract,
  type EngagementDetail,
  type EngagementPage,
  type EngagementQuery,
  type TransitionRequest,
} from '@bep/contracts';
import type { Actor } from '@bep/server/audit';
import { CurrentUser, RequestActor } from '@bep/server/auth';
import { Allow, openApiSchema, PROBLEM_SCHEMA, SignedIn, ZodValidationPipe } from '@bep/server/http';
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
  @ApiResponse({ status: 400, schema: PROBLEM_SCHEMA })
  list(@Query(new ZodValidationPipe(engagementQuerySchema)) query: EngagementQuery): Promise<EngagementPage> {
    return this.engagements.list(query);
  }

  @Get(':id')
  @SignedIn()
  @ApiOperation({ summary: 'One engagement with its timeline' })
  @ApiResponse({ status: 200, schema: openApiSchema(engagementDetailSchema) })
  @ApiResponse({ status: 404, schema: PROBLEM_SCHEMA })
  detail(@Param('id', new ParseUUIDPipe()) id: string): Promise<EngagementDetail> {
    return this.engagements.detail(id);
  }

  @Post(':id/transitions')
  @Allow('manager', 'consultant')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the engagement to another stage, within the stage rules' })
  @ApiBody({ schema: openApiSchema(transitionRequestSchema), examples: { forward: { value: { to: 'workshop_held', version: 3 } }, back: { value: { to: 'survey_answered', note: 'Questionnaire incomplet', version: 4 } } } })
  @ApiResponse({ status: 200, description: 'The engagement after the move', schema: openApiSchema(engagementDetailSchema) })
  @ApiResponse({ status: 403, description: 'Not a manager nor a consultant assigned to the engagement', schema: PROBLEM_SCHEMA })
  @ApiResponse({ status: 409, description: 'Stale version: the engagement changed meanwhile; nothing was changed', schema: PROBLEM_SCHEMA })
  @ApiResponse({ status: 422, description: 'A stage rule forbids the move; `type` names the rule', schema: PROBLEM_SCHEMA })
  transition(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body(new ZodValidationPipe(transitionRequestSchema)) body: TransitionRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<EngagementDetail> {
    return this.engagements.transition(id, body, user, actor);
  }
}
