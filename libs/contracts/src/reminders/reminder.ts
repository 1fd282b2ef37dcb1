import { REMINDER_EVENT_KINDS, REMINDER_RULES, REMINDER_SKIP_REASONS, REMINDER_STATUSES, type ReminderStatus } from '@bep/domain';
import { z } from 'zod';
import { calendarDay } from '../common/calendar';
import { pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';
import { communeNisSchema } from '../contacts/contact';

const person = z.object({ id: z.uuid(), name: z.string() });
const mailAddress = z.object({ name: z.string(), email: z.string() });

export const reminderRuleSchema = z.enum(REMINDER_RULES);
export const reminderStatusSchema = z.enum(REMINDER_STATUSES);

/**
 * One reminder the rules of the campaign called for, whatever became of it (SPEC, "Reminders").
 * The client words the rule, the status and the skip reason from their keys.
 */
export const reminderSchema = z.object({
  id: z.uuid(),
  rule: reminderRuleSchema,
  status: reminderStatusSchema,
  /** 1 for the first of a series (survey unanswered, invoice overdue), then 2, 3... */
  occurrence: z.number().int(),
  /** When the rule makes it due. */
  dueAt: z.iso.datetime(),
  /** When it may leave (or would have left): the next opening of the sending window from `dueAt`, or the moment a manager sent it now. */
  sendAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  /** Why it did not leave, when it is `skipped` or `cancelled`. */
  skipReason: z.enum(REMINDER_SKIP_REASONS).nullable(),
  /** The error of the last failed attempt. */
  lastError: z.string().nullable(),
  attempts: z.number().int(),
  /** The engagement it is about; null for a campaign's weekly digest. */
  engagement: z.object({ id: z.uuid(), communeNis: z.string(), communeName: z.string() }).nullable(),
  /** The activity (an upcoming workshop or diagnostic) or the invoice it is about, when there is one. */
  subjectId: z.uuid().nullable(),
  /** Whom the e-mail went to, once sent; null before, or when it went as in-app notifications only. */
  recipients: z.array(mailAddress).nullable(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const reminderPageSchema = pageSchema(reminderSchema);
export type ReminderPage = z.infer<typeof reminderPageSchema>;

/** One line of a reminder's log. */
const reminderEventSchema = z.object({
  at: z.iso.datetime(),
  kind: z.enum(REMINDER_EVENT_KINDS),
  /** The reason of a skip, the error of a failure, the new time of a deferral or of a queuing, the transport of a sending. */
  detail: z.string().nullable(),
  /** The manager who cancelled it or sent it now; null for the system. */
  actor: person.nullable(),
});
export type ReminderEvent = z.infer<typeof reminderEventSchema>;

/** `GET /api/reminders/{id}`: the reminder and its log, oldest line first. */
export const reminderDetailSchema = reminderSchema.extend({
  events: z.array(reminderEventSchema),
});
export type ReminderDetail = z.infer<typeof reminderDetailSchema>;

const STATUS_LIST = new RegExp(`^(${REMINDER_STATUSES.join('|')})(,(${REMINDER_STATUSES.join('|')}))*$`);

/** `status=scheduled` or `status=sent,failed`: the statuses asked for, each once. */
const statusListSchema = text()
  .max(200)
  .regex(STATUS_LIST, `one or several of ${REMINDER_STATUSES.join(', ')}, separated by commas`)
  .transform((value) => [...new Set(value.split(','))] as ReminderStatus[]);

/**
 * `GET /api/reminders` filters. The current campaign's reminders unless a campaign or an
 * engagement is named. The period (`from`, `to`: Brussels calendar days, inclusive) is on the
 * reminder's date: when it was sent, otherwise when it is (or was) to leave (`sentAt ?? sendAt`).
 */
export const reminderQuerySchema = z
  .object({
    engagementId: z.uuid().optional().meta({ description: "One engagement's reminders (whatever its campaign)" }),
    campaignId: z.uuid().optional().meta({ description: 'The campaign; the current one when left out (unless `engagementId` is given)' }),
    communeNis: communeNisSchema.optional().meta({ description: 'Reminders about the engagement of this commune (NIS code)', example: '92142' }),
    rule: reminderRuleSchema.optional().meta({ description: 'Reminders of this rule only' }),
    status: statusListSchema.optional().meta({ description: `One status or several separated by commas (${REMINDER_STATUSES.join(', ')}), e.g. \`scheduled\` or \`sent,failed\`` }),
    from: calendarDay().optional().meta({ description: "On or after this Brussels calendar day, by the reminder's date (`sentAt` once sent, else `sendAt`)" }),
    to: calendarDay().optional().meta({ description: "On or before this Brussels calendar day, by the reminder's date (`sentAt` once sent, else `sendAt`)" }),
    ...pageQueryShape(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'from must not be after to', path: ['to'] });
export type ReminderQuery = z.infer<typeof reminderQuerySchema>;

/**
 * `POST /api/reminders/late-surveys/send-now`: the campaign whose late questionnaires to chase now;
 * no body, or no `campaignId`, is the current campaign.
 */
export const sendLateSurveyRemindersRequestSchema = z.strictObject({
  campaignId: z.uuid().optional().meta({ description: 'The campaign; the current one when left out' }),
});
export type SendLateSurveyRemindersRequest = z.infer<typeof sendLateSurveyRemindersRequestSchema>;

/** What sending now the reminders of the late questionnaires came to: together, every engagement late for its questionnaire. */
export const lateSurveyRemindersSentSchema = z.object({
  sent: z.number().int().nonnegative().meta({ description: 'Reminders scheduled at this instant: the next one (scheduled or failed) of each engagement late for its questionnaire' }),
  without: z.number().int().nonnegative().meta({ description: 'Engagements late for their questionnaire with no scheduled or failed questionnaire reminder left: their series is over' }),
});
export type LateSurveyRemindersSent = z.infer<typeof lateSurveyRemindersSentSchema>;
