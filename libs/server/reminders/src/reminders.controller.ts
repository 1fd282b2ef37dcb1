import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  lateSurveyRemindersSentSchema,
  reminderDetailSchema,
  reminderPageSchema,
  reminderQuerySchema,
  reminderSchema,
  sendLateSurveyRemindersRequestSchema,
  type CurrentUser as CurrentUserContract,
  type LateSurveyRemindersSent,
  type Reminder,
  type ReminderDetail,
  type ReminderPage,
  type ReminderQuery,
  type SendLateSurveyRemindersRequest,
} from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { CurrentUser, RequestActor } from '@bep/server/core/auth';
import { Allow, ApiProblem, openApiSchema, ParsedQuery, UuidParam, ZodValidationPipe } from '@bep/server/core/http';
import { CAMPAIGN_STATUS_PROBLEM } from '@bep/server/engagements';
import { REMINDER_STATUS_PROBLEM, RemindersApiService } from './reminders-api.service';

/** Every role reads reminders, each within its scope (see RemindersApiService); managers act on them. */
const READERS = ['manager', 'admin', 'consultant', 'finance'] as const;

const SCOPE =
  'Managers and administrators read every reminder; a consultant those of the engagements assigned to them; finance staff the overdue-invoice ones (`invoiceOverdue`).';

const REMINDER_EXAMPLE: Reminder = {
  id: '7b0d3c52-1f6e-4a8b-9d2c-3e5f7a9b1c24',
  rule: 'surveyUnanswered',
  status: 'sent',
  occurrence: 1,
  dueAt: '2019-05-13T06:00:00.000Z',
  sendAt: '2019-05-13T06:00:00.000Z',
  sentAt: '2019-05-13T06:00:04.000Z',
  skipReason: null,
  lastError: null,
  attempts: 1,
  engagement: { id: '5c2e8f14-9a3b-4d7e-8f1a-6b4c2d9e0a37', communeNis: '93090', communeName: 'Viroinval' },
  subjectId: null,
  recipients: [{ name: 'Élise Martin', email: 'elise.martin@viroinval.be' }],
};

const NO_REMINDER = ApiProblem(404, 'No such reminder');
const OUT_OF_SCOPE = ApiProblem(403, `Outside what the user reads. ${SCOPE}`);
const statusProblem = (detail: string) => ApiProblem(422, 'The reminder is in a status that does not allow it; `detail` names the status', { type: REMINDER_STATUS_PROBLEM, title: 'Not possible in this status', detail });
/** A send-now in a campaign that is not open (closed or archived): it sends nothing. */
const campaignNotOpen = (whose: string) =>
  ApiProblem(409, `${whose} is not open (closed or archived): it sends nothing`, {
    type: CAMPAIGN_STATUS_PROBLEM,
    title: 'Not possible in this status',
    detail: 'Only a reminder of an open campaign can be sent now; "Radioscopie numérique 2019" is closed.',
  });
/** The reminder of a path. */
const ReminderId = () => UuidParam('id', 'The reminder');

@ApiTags('reminders')
@ApiBearerAuth()
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersApiService) {}

  @Get()
  @Allow(...READERS)
  @ApiOperation({
    summary: "Reminders of the current campaign (or campaignId, or one engagement's), paginated: upcoming ones first (scheduled or sending), the soonest first; then the others, the most recent first",
    description: `${SCOPE} The scope is applied whatever the query says; a filter that leaves nothing of it (a consultant naming another team's \`engagementId\`, finance staff naming another \`rule\`) is refused with 403; the other filters narrow it. \`from\` and \`to\` are Brussels calendar days on the reminder's date: \`sentAt\` once sent, otherwise \`sendAt\` (when it is, or was, to leave).`,
  })
  @ApiResponse({ status: 200, schema: openApiSchema(reminderPageSchema), example: { items: [REMINDER_EXAMPLE], total: 1, limit: 50, offset: 0 } })
  @ApiProblem(400)
  @OUT_OF_SCOPE
  list(@ParsedQuery(reminderQuerySchema) query: ReminderQuery, @CurrentUser() user: CurrentUserContract): Promise<ReminderPage> {
    return this.reminders.list(query, user);
  }

  // Before the routes of one reminder, whose `:id` would take `late-surveys` (and answer 400).
  @Post('late-surveys/send-now')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({
    summary: "Send now the next questionnaire reminder of every commune late for its questionnaire, as the dashboard's late items count them (logged and audited)",
    description:
      "For each engagement of the campaign (the current one unless `campaignId` names another) still at `survey_sent` past the first questionnaire reminder's delay (`surveyUnanswered.firstAfterDays`), its next questionnaire reminder, scheduled or failed, is sent now as `POST /api/reminders/{id}/send-now` does, all in one transaction. `without` counts those with no such reminder left (their series is over).",
  })
  @ApiBody({
    required: false,
    schema: openApiSchema(sendLateSurveyRemindersRequestSchema, 'input'),
    examples: { current: { summary: 'The current campaign', value: {} }, named: { summary: 'A campaign', value: { campaignId: '4a56d03f-94df-43c9-a1a0-5a744abb3eeb' } } },
  })
  @ApiResponse({ status: 200, description: 'How many reminders left now, and how many late communes had none left', schema: openApiSchema(lateSurveyRemindersSentSchema), example: { sent: 24, without: 4 } })
  @ApiProblem(400)
  @ApiProblem(404, 'No such campaign, or none is current')
  @campaignNotOpen('The campaign')
  sendNowLateSurveys(
    // No body at all reads as `{}`: the current campaign.
    @Body(new ZodValidationPipe(sendLateSurveyRemindersRequestSchema.optional())) body: SendLateSurveyRemindersRequest | undefined,
    @RequestActor() actor: Actor,
  ): Promise<LateSurveyRemindersSent> {
    return this.reminders.sendNowLateSurveys(body?.campaignId, actor);
  }

  @Get(':id')
  @Allow(...READERS)
  @ApiOperation({ summary: 'One reminder with its log (queued, deferred, sent, skipped, failed, cancelled, resent), oldest line first', description: SCOPE })
  @ApiResponse({
    status: 200,
    schema: openApiSchema(reminderDetailSchema),
    example: {
      ...REMINDER_EXAMPLE,
      events: [
        { at: '2019-04-29T08:00:00.000Z', kind: 'queued', detail: '2019-05-13T06:00:00.000Z', actor: null },
        { at: '2019-05-13T06:00:04.000Z', kind: 'sent', detail: 'outbox', actor: null },
      ],
    },
  })
  @ApiProblem(400)
  @OUT_OF_SCOPE
  @NO_REMINDER
  get(@ReminderId() id: string, @CurrentUser() user: CurrentUserContract): Promise<ReminderDetail> {
    return this.reminders.get(id, user);
  }

  @Post(':id/cancel')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a scheduled reminder for good (logged and audited); its job, still queued, then does nothing' })
  @ApiResponse({ status: 200, description: 'The reminder, cancelled', schema: openApiSchema(reminderSchema), example: { ...REMINDER_EXAMPLE, status: 'cancelled', sentAt: null, skipReason: 'cancelled', recipients: null } })
  @ApiProblem(400)
  @NO_REMINDER
  @statusProblem('Only a scheduled reminder can be cancelled; this one is sent.')
  cancel(@ReminderId() id: string, @RequestActor() actor: Actor): Promise<Reminder> {
    return this.reminders.cancel(id, actor);
  }

  @Post(':id/send-now')
  @Allow('manager')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a scheduled or failed reminder now, whatever the sending window (logged and audited)',
    description:
      'The reminder is scheduled at this instant (a failed one with its attempts counted from zero) and its delivery job is queued with it; the worker still checks that the reminder is called for, and skips it with the reason otherwise.',
  })
  @ApiResponse({ status: 200, description: 'The reminder, scheduled now', schema: openApiSchema(reminderSchema), example: { ...REMINDER_EXAMPLE, status: 'scheduled', sentAt: null, recipients: null } })
  @ApiProblem(400)
  @NO_REMINDER
  @statusProblem('Only a scheduled or failed reminder can be sent now; this one is cancelled.')
  @campaignNotOpen("The reminder's campaign")
  sendNow(@ReminderId() id: string, @RequestActor() actor: Actor): Promise<Reminder> {
    return this.reminders.sendNow(id, actor);
  }
}
