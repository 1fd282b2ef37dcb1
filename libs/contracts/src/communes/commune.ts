import { ALL_STAGES } from '@bep/domain';
import { z } from 'zod';

/** A commune's engagement in the current campaign, as lists show it. */
export const engagementSummarySchema = z.object({
  id: z.uuid(),
  stage: z.enum(ALL_STAGES),
  leadConsultant: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type EngagementSummary = z.infer<typeof engagementSummarySchema>;

/** `GET /api/communes` item: the Statbel reference facts plus the current engagement, if any. */
export const communeSummarySchema = z.object({
  nis: z.string().regex(/^\d{5}$/),
  name: z.string(),
  arrondissement: z.string(),
  postalCode: z.string().regex(/^\d{4}$/),
  population: z.number().int().nonnegative(),
  latitude: z.number(),
  longitude: z.number(),
  eligible: z.boolean(),
  engagement: engagementSummarySchema.nullable(),
});
export type CommuneSummary = z.infer<typeof communeSummarySchema>;

export const communeListSchema = z.object({
  items: z.array(communeSummarySchema),
  total: z.number().int().nonnegative(),
  /** The campaign the engagement summaries belong to; null before any campaign exists. */
  campaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type CommuneList = z.infer<typeof communeListSchema>;
