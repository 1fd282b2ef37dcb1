import { z } from 'zod';
import { surveyFormSchema } from './survey-form';

/**
 * A submission's answer: when, and whether it moved the engagement to `survey_answered` (it does
 * not when the engagement already stood elsewhere, e.g. moved by hand).
 */
export const surveySubmittedSchema = z.object({
  submittedAt: z.iso.datetime(),
  stageMoved: z.boolean(),
});
export type SurveySubmitted = z.infer<typeof surveySubmittedSchema>;

/** A new personal link, answered once: only its hash is kept, so the URL cannot be read again. */
export const surveyLinkIssuedSchema = z.object({
  url: z.string(),
  issuedAt: z.iso.datetime(),
});
export type SurveyLinkIssued = z.infer<typeof surveyLinkIssuedSchema>;

/** The maturity scores of the answers by one scoring model version (libs/domain `MaturityScores`). */
export const maturityScoreSchema = z.object({
  model: z.object({ code: z.string(), version: z.number().int() }),
  /** In the model's order; `score` 0-100, null when none of the dimension's questions was shown. */
  dimensions: z.array(z.object({ id: z.string(), label: z.string(), score: z.number().int().min(0).max(100).nullable() })),
  overall: z.number().int().min(0).max(100).nullable(),
  computedAt: z.iso.datetime(),
});
export type MaturityScore = z.infer<typeof maturityScoreSchema>;

/**
 * An engagement's questionnaire as BEP reads it: the commune's form, who submitted it, the link in
 * force (when issued; the token itself is never shown again) and the scores, the latest model first.
 */
export const engagementSurveySchema = surveyFormSchema.extend({
  submittedVia: z.enum(['link', 'manager']).nullable(),
  link: z.object({ issuedAt: z.iso.datetime() }).nullable(),
  scores: z.array(maturityScoreSchema),
});
export type EngagementSurvey = z.infer<typeof engagementSurveySchema>;
