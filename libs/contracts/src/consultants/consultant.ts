import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';

/** An Ocalia consultant, as lists and pickers show it. */
const consultantSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  office: z.enum(['BE', 'FR']),
  active: z.boolean(),
});
export type ConsultantSummary = z.infer<typeof consultantSummarySchema>;

export const consultantListSchema = pageSchema(consultantSummarySchema);
export type ConsultantList = z.infer<typeof consultantListSchema>;

/** `GET /api/consultants` filters: name or e-mail, office, active; active ones first. */
export const consultantQuerySchema = z.object({
  q: text().trim().max(100).optional().meta({ description: 'Part of the name or the e-mail, regardless of case' }),
  office: z.enum(['BE', 'FR']).optional().meta({ description: "Ocalia's office" }),
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
  consultant: consultantSummarySchema.extend({ weeklyCapacityHours: z.number().int() }),
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
