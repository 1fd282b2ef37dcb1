import { z } from 'zod';

/** A figure of the commune's maturity: its score, the province's median, and its score in the earlier campaign. */
export const maturityFigureSchema = z.object({
  /** 0-100; null when none of the dimension's questions was shown. */
  score: z.number().int().min(0).max(100).nullable(),
  /** The median of the campaign's submitted communes (this one included), one decimal; null when no other commune submitted. */
  median: z.number().min(0).max(100).nullable(),
  /** The score in `earlierCampaign`; null when there is none (or the dimension was not scored then). */
  earlier: z.number().int().min(0).max(100).nullable(),
});
export type MaturityFigure = z.infer<typeof maturityFigureSchema>;

/**
 * `GET /api/engagements/{id}/maturity`: the commune's latest scores beside the province's median
 * (the same campaign's submitted answers, scored by the same model version) and beside its own
 * scores in the most recent earlier campaign scored by the same model (by code), so that its page
 * shows where it stands and how each dimension moved. No scores yet: `model` null, no dimensions,
 * every figure null.
 */
export const engagementMaturitySchema = z.object({
  model: z.object({ code: z.string(), version: z.number().int() }).nullable(),
  computedAt: z.iso.datetime().nullable(),
  /** In the model's order. */
  dimensions: z.array(maturityFigureSchema.extend({ id: z.string(), label: z.string() })),
  overall: maturityFigureSchema,
  /** How many communes the median is taken over (this one included); 0 without scores. */
  medianCommunes: z.number().int().min(0),
  earlierCampaign: z.object({ name: z.string() }).nullable(),
});
export type EngagementMaturity = z.infer<typeof engagementMaturitySchema>;
