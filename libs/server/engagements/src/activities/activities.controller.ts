import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  activityPageSchema,
  activityQuerySchema,
  activitySchema,
  createActivityRequestSchema,
  updateActivityRequestSchema,
  type Activity,
  type ActivityPage,
  type ActivityQuery,
  type CreateActivityRequest,
  type CurrentUser as CurrentUserContract,
  type UpdateActivityRequest,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { CurrentUser, RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery, SignedIn, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { ARCHIVED_CAMPAIGN_PROBLEM } from '../campaign-status-conflict';
import { ActivitiesService } from './activities.service';

const EXAMPLE_DIAGNOSTIC = {
  type: 'diagnostic',
  subject: 'Diagnostic personnalisé à l’administration communale',
  scheduledAt: '2019-06-12T14:00',
  location: 'Administration communale, salle du collège',
  participants: { contactIds: [], consultantIds: ['6f1c0e8a-3b5d-4c1e-9a7f-2d4b8c6e1a30'] },
};

const OUT_OF_SCOPE = ApiProblem(403, 'Neither a manager nor a consultant assigned to the engagement');
const NO_ACTIVITY = ApiProblem(404, 'No such activity');

@ApiTags('activities')
@ApiBearerAuth()
@Controller()
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get('activities')
  @SignedIn()
  @ApiOperation({ summary: 'Activities of the current campaign (or campaignId, or one engagement): the calendar and the lists, paginated' })
  @ApiResponse({ status: 200, schema: openApiSchema(activityPageSchema) })
  @ApiProblem(400)
  list(@ParsedQuery(activityQuerySchema) query: ActivityQuery): Promise<ActivityPage> {
    return this.activities.list(query);
  }

  @Get('activities/:id')
  @SignedIn()
  @ApiOperation({ summary: 'One activity' })
  @ApiResponse({ status: 200, schema: openApiSchema(activitySchema) })
  @ApiProblem(400)
  @NO_ACTIVITY
  get(@UuidParam() id: string): Promise<Activity> {
    return this.activities.get(id);
  }

  @Post('engagements/:id/activities')
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: 'Log or schedule an activity on the engagement (time in Europe/Brussels)' })
  @ApiBody({
    schema: openApiSchema(createActivityRequestSchema, 'input'),
    examples: { diagnostic: { value: EXAMPLE_DIAGNOSTIC }, note: { value: { type: 'note', subject: 'La commune préfère un atelier en septembre' } } },
  })
  @ApiResponse({ status: 201, schema: openApiSchema(activitySchema) })
  @ApiProblem(400)
  @OUT_OF_SCOPE
  @ApiProblem(404, 'No such engagement')
  @ApiProblem(422, 'A participant is not a contact of the commune or an active consultant')
  @ARCHIVED_CAMPAIGN_PROBLEM
  create(
    @UuidParam('id', 'The engagement') engagementId: string,
    @Body(new ZodValidationPipe(createActivityRequestSchema)) body: CreateActivityRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<Activity> {
    return this.activities.create(engagementId, body, user, actor);
  }

  @Patch('activities/:id')
  @Allow('manager', 'consultant')
  @ApiOperation({ summary: 'Change an activity: reschedule or move it, record its outcome, mark it done' })
  @ApiBody({
    schema: openApiSchema(updateActivityRequestSchema, 'input'),
    examples: { done: { value: { completed: true, outcome: 'Diagnostic remis; atelier fixé au 3 juillet' } }, reschedule: { value: { scheduledAt: '2019-06-19T09:30', location: 'Visioconférence' } } },
  })
  @ApiResponse({ status: 200, schema: openApiSchema(activitySchema) })
  @ApiProblem(400)
  @OUT_OF_SCOPE
  @NO_ACTIVITY
  @ApiProblem(422, 'A participant is not a contact of the commune or an active consultant')
  @ARCHIVED_CAMPAIGN_PROBLEM
  update(
    @UuidParam() id: string,
    @Body(new ZodValidationPipe(updateActivityRequestSchema)) body: UpdateActivityRequest,
    @CurrentUser() user: CurrentUserContract,
    @RequestActor() actor: Actor,
  ): Promise<Activity> {
    return this.activities.update(id, body, user, actor);
  }

  @Delete('activities/:id')
  @Allow('manager', 'consultant')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an activity (audited)' })
  @ApiResponse({ status: 204, description: 'Deleted' })
  @ApiProblem(400)
  @OUT_OF_SCOPE
  @NO_ACTIVITY
  @ARCHIVED_CAMPAIGN_PROBLEM
  remove(@UuidParam() id: string, @CurrentUser() user: CurrentUserContract, @RequestActor() actor: Actor): Promise<void> {
    return this.activities.remove(id, user, actor);
  }
}
