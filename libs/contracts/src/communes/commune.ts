import { ALL_STAGES } from '@bep/domain';
import { z } from 'zod';
import { booleanQueryParam, pageQueryShape, pageSchema } from '../common/page';
import { text } from '../common/text';

/** A commune's engagement in the current campaign, as lists show it. */
const engagementSummarySchema = z.object({
  id: z.uuid(),
  stage: z.enum(ALL_STAGES),
  leadConsultant: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type EngagementSummary = z.infer<typeof engagementSummarySchema>;

/** `GET /api/communes` item: the Statbel reference facts plus the current engagement, if any. */
const communeSummarySchema = z.object({
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

export const communeListSchema = pageSchema(communeSummarySchema).extend({
  /** The campaign the engagement summaries belong to; null before any campaign exists. */
  campaign: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type CommuneList = z.infer<typeof communeListSchema>;

/** `GET /api/communes` filters, by name; the default page holds a whole province. */
export const communeQuerySchema = z.object({
  q: text().trim().max(100).optional().meta({ description: 'Part of the name (regardless of case), of the NIS code or of the postal code' }),
  arrondissement: text().max(100).optional().meta({ description: 'Administrative arrondissement, e.g. `Namur`, `Dinant`, `Philippeville`' }),
  stage: z.enum(ALL_STAGES).optional().meta({ description: "Stage of the commune's engagement in the campaign (the current one unless `campaignId` names another)" }),
  campaignId: z.uuid().optional().meta({ description: 'The campaign whose engagements the communes show; the current one when left out' }),
  eligible: booleanQueryParam.optional().meta({ description: 'Eligible for the programme (or not)' }),
  ...pageQueryShape(100, 1000),
});
export type CommuneQuery = z.infer<typeof communeQuerySchema>;
