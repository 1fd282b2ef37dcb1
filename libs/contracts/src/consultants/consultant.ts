import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';

const officeSchema = z.enum(['BE', 'FR']);
export type ConsultantOffice = z.infer<typeof officeSchema>;

/** An Ocalia consultant, as lists and pickers show it. */
export const consultantSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  office: officeSchema,
  /** Hours a week the consultant gives the programme, against which the workload is measured. */
  weeklyCapacityHours: z.number().int(),
  active: z.boolean(),
});
export type ConsultantSummary = z.infer<typeof consultantSummarySchema>;

const consultantFields = {
  name: text().trim().min(1, 'required').max(200),
  email: text().max(320).check(z.email()),
  office: officeSchema,
  weeklyCapacityHours: z.number().int().min(0).max(80).meta({ description: 'Hours a week, 0 to 80' }),
  /** false: no longer offered for new assignments; the history keeps the consultant. */
  active: z.boolean(),
};

/** `POST /api/consultants`: a new consultant record; e-mail unique regardless of case. */
export const createConsultantRequestSchema = z.object({ ...consultantFields, weeklyCapacityHours: consultantFields.weeklyCapacityHours.default(32), active: z.boolean().default(true) });
export type CreateConsultantRequest = z.infer<typeof createConsultantRequestSchema>;

/** `PATCH /api/consultants/{id}`: what the request names changes. */
export const updateConsultantRequestSchema = z
  .object(consultantFields)
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type UpdateConsultantRequest = z.infer<typeof updateConsultantRequestSchema>;

export const consultantListSchema = pageSchema(consultantSummarySchema);
export type ConsultantList = z.infer<typeof consultantListSchema>;

/** `GET /api/consultants` filters: name or e-mail, office, active; active ones first. */
export const consultantQuerySchema = z.object({
  q: text().trim().max(100).optional().meta({ description: 'Part of the name or the e-mail, regardless of case' }),
  office: officeSchema.optional().meta({ description: "Ocalia's office" }),
  active: booleanQueryParam.optional().meta({ description: 'true: active consultants only; false: inactive ones only' }),
  ...pageQueryShape(100, 500),
});
export type ConsultantQuery = z.infer<typeof consultantQuerySchema>;

/** `GET /api/consultants/workload`: the current campaign unless one is named. */
export const workloadQuerySchema = z.object({ campaignId: z.uuid().optional().meta({ description: 'The campaign; the current one when left out' }) });
export type WorkloadQuery = z.infer<typeof workloadQuerySchema>;

/** One calendar week (Monday to Sunday, Europe/Brussels) of a consultant's scheduled activities. */
const workloadWeekSchema = z.object({
  weekStart: z.iso.date(),
  scheduledActivities: z.number().int(),
  plannedMinutes: z.number().int(),
  /** Planned time over weekly capacity (1 = full); null when the capacity is zero. */
  load: z.number().nullable(),
});
export type WorkloadWeek = z.infer<typeof workloadWeekSchema>;

const consultantWorkloadSchema = z.object({
  consultant: consultantSummarySchema,
  /** Engagements of the campaign assigned to the consultant and not closed, per stage. */
  activeEngagements: z.object({ total: z.number().int(), lead: z.number().int(), byStage: z.record(z.string(), z.number().int()) }),
  /** This week and the three after it. */
  weeks: z.array(workloadWeekSchema),
});
export type ConsultantWorkload = z.infer<typeof consultantWorkloadSchema>;

export const workloadSchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  items: z.array(consultantWorkloadSchema),
});
export type Workload = z.infer<typeof workloadSchema>;
