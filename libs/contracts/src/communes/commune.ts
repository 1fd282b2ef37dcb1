import { ALL_STAGES, COMMUNE_STATUSES } from '@bep/domain';
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
  /** How many communes the reference data holds, whatever the filters ("8 of 38"). */
  unfilteredTotal: z.number().int().nonnegative(),
  /** Every arrondissement of the reference data, the French way: the choices of an arrondissement filter. */
  arrondissements: z.array(z.string()),
});
export type CommuneList = z.infer<typeof communeListSchema>;

/** The orders of the communes' list; `stage` is the status's: the pipeline, closed, then off-campaign. */
export const COMMUNE_SORT_KEYS = ['name', 'nis', 'arrondissement', 'population', 'stage'] as const;
export type CommuneSortKey = (typeof COMMUNE_SORT_KEYS)[number];

/** `GET /api/communes` filters and order; the default page holds a whole province. */
export const communeQuerySchema = z.object({
  q: text()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'Part of the name, of the NIS code or of the postal code, regardless of case and accents' }),
  arrondissement: text().max(100).optional().meta({ description: 'Administrative arrondissement, e.g. `Namur`, `Dinant`, `Philippeville`' }),
  status: z
    .enum(COMMUNE_STATUSES)
    .optional()
    .meta({
      description:
        "Where the commune stands in the campaign (the current one unless `campaignId` names another): its engagement's stage, `out_of_campaign` (eligible, no engagement) or `not_eligible` (no engagement, not eligible)",
    }),
  campaignId: z.uuid().optional().meta({ description: 'The campaign whose engagements the communes show; the current one when left out' }),
  eligible: booleanQueryParam.optional().meta({ description: 'Eligible for the programme (or not)' }),
  sort: z.enum(COMMUNE_SORT_KEYS).default('name').meta({ description: 'The order; ties by name the French way (by NIS code when sorting by name)' }),
  order: z.enum(['asc', 'desc']).default('asc').meta({ description: 'Ascending or descending' }),
  ...pageQueryShape(100, 1000),
});
export type CommuneQuery = z.infer<typeof communeQuerySchema>;
