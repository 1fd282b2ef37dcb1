import { ACTIVITY_TYPES, ALL_STAGES, type LateKind, TRANSITION_KINDS } from '@bep/domain';
import { z } from 'zod';
import { pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';

const stage = z.enum(ALL_STAGES);
const person = z.object({ id: z.uuid(), name: z.string() });

/**
 * What is recorded as done on the engagement (WorkDone of @bep/domain): entering Atelier tenu, the
 * billing stage, needs both, so that the client can say what is missing before any request.
 */
const workDone = z.object({ diagnosticDone: z.boolean(), workshopDone: z.boolean() });

/** One commune in one campaign, as lists show it. */
const engagementListItemSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  commune: z.object({ nis: z.string(), name: z.string(), arrondissement: z.string() }),
  stage,
  stageEnteredAt: z.iso.datetime(),
  version: z.number().int(),
  lead: person.nullable(),
  consultants: z.array(person.extend({ isLead: z.boolean() })),
  work: workDone,
});
export type EngagementListItem = z.infer<typeof engagementListItemSchema>;

export const engagementPageSchema = pageSchema(engagementListItemSchema).extend({
  /** Where the next page starts (the `cursor` of the next request); null on the last page. */
  nextCursor: z.string().nullable(),
});
export type EngagementPage = z.infer<typeof engagementPageSchema>;

/** `GET /api/engagements` filters; the current campaign unless one is named. */
export const engagementQuerySchema = z.object({
  campaignId: z.uuid().optional().meta({ description: 'The campaign; the current one when left out' }),
  stage: stage.optional().meta({ description: 'Engagements at this stage only' }),
  arrondissement: text().max(100).optional().meta({ description: "The commune's arrondissement, e.g. `Dinant`" }),
  consultantId: z.uuid().optional().meta({ description: 'Engagements this consultant is assigned to' }),
  q: text().trim().max(100).optional().meta({ description: "Part of the commune's name, NIS code or postal code, regardless of case and accents" }),
  ...pageQueryShape(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,600}$/, 'a cursor as a previous page gave it')
    .optional()
    .meta({ description: "The previous page's `nextCursor`: the page after that one's last row, however deep, in place of `offset`" }),
});
export type EngagementQuery = z.infer<typeof engagementQuerySchema>;

/**
 * One entry of the engagement's timeline. Every source (stage changes, assignments, activities,
 * reminders, invoices) maps its rows to this shape and the timeline merges them by date.
 * A `reminder` entry is one reminder sent, skipped, failed or cancelled, or the next one scheduled;
 * its `details` hold `reminderId`, `rule`, `occurrence`, `status`, `skipReason`, `lastError`,
 * `dueAt`, `sendAt` and `sentAt` (see `GET /api/reminders/{id}`). A `stage-change` entry's `details`
 * hold `from`, `to`, `note`, and `overrides`: the stage rule a manager overrode with the note
 * (`work-not-done`, with what was `missing`), or null. An `invoice` entry is one step of a
 * co-financing document (see INVOICE_TIMELINE_ACTIONS); only the readers of invoices (finance and
 * managers) find them on the timeline.
 */
export const TIMELINE_ENTRY_KINDS = ['stage-change', 'assignment', 'activity', 'reminder', 'invoice'] as const;

/**
 * The steps of a co-financing document an `invoice` entry tells: a draft made (by the pipeline's
 * job, with no actor, or by hand), an invoice issued, a payment recorded, a credit note issued.
 * Its `details` hold `action`, `invoiceId` (the document the entry is about: the credit note's own
 * for `credit`), `number` (null for a draft), `amountCents` (the document's total VAT included, or
 * the payment's amount), `status` (the document's status now), and for a payment `paidOn` (the day
 * the money came in, `YYYY-MM-DD`), for a credit note `creditedInvoiceId` and `creditedNumber`.
 */
export const INVOICE_TIMELINE_ACTIONS = ['draft', 'issue', 'payment', 'credit'] as const;
export type InvoiceTimelineAction = (typeof INVOICE_TIMELINE_ACTIONS)[number];

const timelineEntrySchema = z.object({
  kind: z.enum(TIMELINE_ENTRY_KINDS),
  at: z.iso.datetime(),
  actor: person.nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const engagementDetailSchema = engagementListItemSchema.extend({
  timeline: z.array(timelineEntrySchema),
});
export type EngagementDetail = z.infer<typeof engagementDetailSchema>;

/** `POST /api/engagements/{id}/transitions`: `version` is the one the client saw (optimistic concurrency). */
export const transitionRequestSchema = z.object({
  to: stage,
  note: text().trim().max(2000).optional(),
  version: z.number().int().min(1),
});
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;

/**
 * What `POST /api/engagements/{id}/transitions` answers: the engagement's new stage and version,
 * when it entered the stage, its lead, and the kind of move the rules saw. What a board or a list
 * needs to show the move; the full detail with its timeline is `GET /api/engagements/{id}`.
 */
export const transitionResultSchema = z.object({
  id: z.uuid(),
  stage,
  stageEnteredAt: z.iso.datetime(),
  version: z.number().int(),
  lead: person.nullable(),
  kind: z.enum(TRANSITION_KINDS),
});
export type TransitionResult = z.infer<typeof transitionResultSchema>;

/** `GET /api/pipeline` filters: the board of the current campaign unless one is named. */
export const pipelineQuerySchema = engagementQuerySchema.pick({ campaignId: true, arrondissement: true, consultantId: true, q: true }).extend({
  /** Cards shown per column, longest in stage first; `count` always tells the whole column. */
  cardsPerColumn: z.coerce.number().int().min(0).max(1000).default(30).meta({ description: 'Cards shown per column, longest in stage first; `count` always tells the whole column' }),
});
export type PipelineQuery = z.infer<typeof pipelineQuerySchema>;

const pipelineCardSchema = z.object({
  engagementId: z.uuid(),
  version: z.number().int(),
  commune: z.object({ nis: z.string(), name: z.string(), arrondissement: z.string(), population: z.number().int() }),
  lead: person.nullable(),
  stageEnteredAt: z.iso.datetime(),
  /** Whole days in the current stage, counted in Europe/Brussels calendar days. */
  daysInStage: z.number().int(),
  /** The earliest scheduled activity not done yet, if any (possibly overdue). */
  nextScheduled: z.object({ activityId: z.uuid(), type: z.enum(ACTIVITY_TYPES), subject: z.string(), scheduledAt: z.iso.datetime() }).nullable(),
  work: workDone,
});
export type PipelineCard = z.infer<typeof pipelineCardSchema>;

/** The kanban board: one column per stage (the five of the pipeline, then the closed ones). */
export const pipelineSchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string(), deadline: z.iso.date() }).nullable(),
  /** `count` is the whole column; `cards` at most `cardsPerColumn` of them. */
  columns: z.array(z.object({ stage, count: z.number().int(), cards: z.array(pipelineCardSchema) })),
});
export type Pipeline = z.infer<typeof pipelineSchema>;

/** `PUT /api/engagements/{id}/assignments`: the whole team at once; the lead is one of them. */
export const assignmentsRequestSchema = z
  .object({
    leadId: z.uuid().nullable(),
    consultantIds: z.array(z.uuid()).max(20).refine((ids) => new Set(ids).size === ids.length, 'each consultant once'),
  })
  .refine((team) => team.leadId === null || team.consultantIds.includes(team.leadId), {
    message: 'the lead must be one of the consultants',
    path: ['leadId'],
  });
export type AssignmentsRequest = z.infer<typeof assignmentsRequestSchema>;

/** `GET /api/stats` filters: the current campaign unless one is named. */
export const pipelineStatsQuerySchema = engagementQuerySchema.pick({ campaignId: true, arrondissement: true, consultantId: true });
export type PipelineStatsQuery = z.infer<typeof pipelineStatsQuerySchema>;

/** The kinds of late items (LateKind of libs/domain, whose LATE_KINDS orders them by who must act). */
export const LATE_ITEM_KINDS = ['survey-unanswered', 'diagnostic-not-scheduled', 'activity-overdue'] as const satisfies readonly LateKind[];

/** Something that waits longer than the campaign's settings allow. */
const lateItemSchema = z.object({
  kind: z.enum(LATE_ITEM_KINDS),
  engagementId: z.uuid(),
  commune: z.object({ nis: z.string(), name: z.string() }),
  /** When it became late. */
  since: z.iso.datetime(),
  daysLate: z.number().int(),
  activity: z.object({ id: z.uuid(), type: z.enum(ACTIVITY_TYPES), subject: z.string(), scheduledAt: z.iso.datetime() }).nullable(),
});
export type LateItem = z.infer<typeof lateItemSchema>;

/** The figures of the dashboard, for one campaign. */
export const pipelineStatsSchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string(), deadline: z.iso.date() }).nullable(),
  asOf: z.iso.datetime(),
  total: z.number().int(),
  stages: z.array(
    z.object({
      stage,
      /** Engagements in the stage now. */
      count: z.number().int(),
      /** Engagements that were in the stage or a later one of the main path at some point. Null for the closed stages. */
      reached: z.number().int().nullable(),
      /** Median days of a stay in the stage (stays under way count up to now). Null when nobody was in it. */
      medianDays: z.number().nullable(),
    }),
  ),
  /** Share of the engagements that reached a stage and went on to the next one (0..1; null when none reached it). */
  conversion: z.array(z.object({ from: stage, to: stage, rate: z.number().nullable() })),
  late: z.object({
    counts: z.object({ 'survey-unanswered': z.number().int(), 'diagnostic-not-scheduled': z.number().int(), 'activity-overdue': z.number().int() }),
    /** What needs a person first (an unscheduled diagnostic, an overdue activity, then the unanswered questionnaires: LATE_KINDS), the longest late first within a kind; at most 100. */
    items: z.array(lateItemSchema),
  }),
});
export type PipelineStats = z.infer<typeof pipelineStatsSchema>;
