import { z } from 'zod';

/** The province's maturity view and its exports are about one campaign: the one named, else the current one. */
export const provinceMaturityQuerySchema = z.object({
  campaignId: z.uuid().optional(),
});
export type ProvinceMaturityQuery = z.infer<typeof provinceMaturityQuerySchema>;

/** The orders of the heat map's rows: by commune name, overall index, or one of the model's dimensions (its id). */
export const MATURITY_SORT_BY_NAME = 'name';
export const MATURITY_SORT_BY_OVERALL = 'overall';

/**
 * `GET /api/maturity`: the campaign, and the page of the heat map's rows, sorted on the server so
 * that a campaign of 35,000 answering communes sends 100 rows at a time.
 */
export const provinceMaturityViewQuerySchema = provinceMaturityQuerySchema.extend({
  sort: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,60}$/, 'name, overall or a dimension id')
    .default(MATURITY_SORT_BY_NAME)
    .meta({ description: '`name`, `overall` or a dimension id of the model: the rows without that score come last, whatever the order' }),
  order: z.enum(['asc', 'desc']).default('asc').meta({ description: 'Ascending or descending; ties by commune name' }),
  limit: z.coerce.number().int().min(1).max(500).default(100).meta({ description: 'Rows per page' }),
  offset: z.coerce.number().int().min(0).default(0).meta({ description: 'Rows skipped before the page' }),
});
export type ProvinceMaturityViewQuery = z.infer<typeof provinceMaturityViewQuerySchema>;

const score = z.number().int().min(0).max(100).nullable();

/** A median of whole scores: a half when the count is even; null when no commune has the score. */
const median = z.number().min(0).max(100).nullable();

/** A commune's scores, by the model the view shows; `dimensions` keyed by the model's dimension ids. */
export const maturityRowSchema = z.object({
  nis: z.string(),
  name: z.string(),
  engagementId: z.uuid(),
  overall: score,
  dimensions: z.record(z.string(), score),
  submittedAt: z.iso.datetime(),
});
export type MaturityRow = z.infer<typeof maturityRowSchema>;

/** How many of the answering communes cited an option (an obstacle, a fear) or have a project in a theme; `share` of the answering communes, 0 to 1. */
export const citedOptionSchema = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number().int().min(0),
  share: z.number().min(0).max(1),
});
export type CitedOption = z.infer<typeof citedOptionSchema>;

/**
 * The province's maturity for a campaign: the scoring model (the latest of the campaign's
 * questionnaire; null when the campaign has no online questionnaire), a row per commune whose
 * questionnaire was submitted and scored by it, the medians over every such commune of the
 * province, and what the answering communes cited. A consultant's rows, counts and citations are
 * those of the engagements of their team; the medians stay the province's (they name no commune).
 */
export const provinceMaturitySchema = z.object({
  campaign: z.object({ id: z.uuid(), name: z.string() }),
  model: z
    .object({
      code: z.string(),
      version: z.number().int(),
      dimensions: z.array(z.object({ id: z.string(), label: z.string() })),
    })
    .nullable(),
  /** `engaged`: the communes of the campaign (in the reader's scope); `answered`: those with a row. */
  communes: z.object({ engaged: z.number().int().min(0), answered: z.number().int().min(0) }),
  /** The page of the rows asked for (`sort`, `order`, `limit`, `offset`); `communes.answered` counts them all. */
  rows: z.array(maturityRowSchema),
  median: z.object({ overall: median, dimensions: z.record(z.string(), median) }),
  /** The most cited first (then in the questionnaire's order); every option, cited or not. */
  obstacles: z.array(citedOptionSchema),
  fears: z.array(citedOptionSchema),
  /** The themes by the communes with a project under way or done (`THEME_PROJECT_STAGES`), the most first. */
  themes: z.array(citedOptionSchema),
});
export type ProvinceMaturity = z.infer<typeof provinceMaturitySchema>;
