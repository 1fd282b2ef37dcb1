import { ACTIVITY_TYPES } from '@bep/domain';
import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { calendarDay } from '../common/calendar';
import { text } from '../common/text';
import { scheduledAtInputSchema } from './scheduled-at';

const activityTypeSchema = z.enum(ACTIVITY_TYPES);

const person = z.object({ id: z.uuid(), name: z.string() });

/** A typed entry on an engagement; `scheduledAt` is the UTC instant, shown in Europe/Brussels. */
export const activitySchema = z.object({
  id: z.uuid(),
  engagementId: z.uuid(),
  commune: z.object({ nis: z.string(), name: z.string() }),
  type: activityTypeSchema,
  subject: z.string(),
  scheduledAt: z.iso.datetime().nullable(),
  durationMinutes: z.number().int(),
  completedAt: z.iso.datetime().nullable(),
  location: z.string().nullable(),
  outcome: z.string().nullable(),
  participants: z.object({
    contacts: z.array(person.extend({ function: z.string() })),
    consultants: z.array(person),
  }),
  createdBy: person.nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Activity = z.infer<typeof activitySchema>;

export const activityPageSchema = pageSchema(activitySchema);
export type ActivityPage = z.infer<typeof activityPageSchema>;

const uniqueIds = z
  .array(z.uuid())
  .max(30)
  .refine((ids) => new Set(ids).size === ids.length, 'each person once');

const participantsInput = z.object({ contactIds: uniqueIds.default([]), consultantIds: uniqueIds.default([]) }).strict();

const activityFields = {
  type: activityTypeSchema,
  subject: text().trim().min(1, 'required').max(200),
  scheduledAt: scheduledAtInputSchema.nullable(),
  /** Minutes the consultants spend; defaults by type (a diagnostic is a half-day). */
  durationMinutes: z.number().int().min(0).max(1440),
  /** Where it takes place: an address, a room, « Visioconférence »; blank is none. */
  location: text().trim().max(200).nullable(),
  outcome: text().trim().max(4000).nullable(),
  /** Done: an unscheduled entry is a record of what happened; a scheduled one is planned until done. */
  completed: z.boolean(),
  participants: participantsInput,
};

/** `POST /api/engagements/{id}/activities`. */
export const createActivityRequestSchema = z
  .object({
    ...activityFields,
    scheduledAt: activityFields.scheduledAt.default(null),
    durationMinutes: activityFields.durationMinutes.optional(),
    location: activityFields.location.default(null),
    outcome: activityFields.outcome.default(null),
    completed: activityFields.completed.optional(),
    participants: participantsInput.default({ contactIds: [], consultantIds: [] }),
  })
  .strict();
export type CreateActivityRequest = z.infer<typeof createActivityRequestSchema>;

/** `PATCH /api/activities/{id}`: any of the fields; participants are replaced as a whole. */
export const updateActivityRequestSchema = z
  .object(activityFields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type UpdateActivityRequest = z.infer<typeof updateActivityRequestSchema>;

/** `GET /api/activities`: the calendar and the lists; the current campaign unless one is named. */
export const activityQuerySchema = z.object({
  engagementId: z.uuid().optional().meta({ description: "One engagement's activities (whatever its campaign)" }),
  campaignId: z.uuid().optional().meta({ description: 'The campaign; the current one when left out' }),
  consultantId: z.uuid().optional().meta({ description: 'Activities this consultant takes part in' }),
  type: activityTypeSchema.optional().meta({ description: 'Activities of this type only' }),
  /** Brussels calendar dates, inclusive, on the scheduled time. */
  from: calendarDay().optional().meta({ description: 'Scheduled on or after this Brussels calendar day' }),
  to: calendarDay().optional().meta({ description: 'Scheduled on or before this Brussels calendar day' }),
  /** true: scheduled and not done yet; false: done. */
  pending: booleanQueryParam.optional().meta({ description: 'true: scheduled and not done yet; false: done' }),
  ...pageQueryShape(100, 500),
}).refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'from must not be after to', path: ['to'] });
export type ActivityQuery = z.infer<typeof activityQuerySchema>;
