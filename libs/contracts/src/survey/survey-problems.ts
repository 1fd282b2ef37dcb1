import { z } from 'zod';
import { problemDetailsSchema } from '../problem/problem';
import { surveySectionSchema } from './survey-form';

/**
 * The public form's requests name their link in this header, never in the URL: the token then
 * stays out of access logs, proxies' logs and the browser's history (the page reads it from its
 * URL's fragment, which the browser never sends).
 */
export const SURVEY_TOKEN_HEADER = 'x-survey-token';

/** The problem types of the questionnaire online, for the client to say which page to show. */
export const SURVEY_PROBLEM = {
  /** 404: no such link, or revoked (a manager issued another). */
  linkUnknown: 'urn:bep:survey-link-unknown',
  /** 410: the link's campaign is no longer open, or its last day is past. */
  linkExpired: 'urn:bep:survey-link-expired',
  /** 410: the questionnaire was submitted; it is read-only. */
  submitted: 'urn:bep:survey-submitted',
  /** 409: the section changed since the revision the save names; `section` is how it stands. */
  sectionChanged: 'urn:bep:survey-section-changed',
  /** 422: required questions are still open; `missing` lists them per section. */
  incomplete: 'urn:bep:survey-incomplete',
  /** 409: the engagement's campaign has no online questionnaire. */
  none: 'urn:bep:survey-none',
} as const;

/** The 409 of a save on an older revision: the section as it now stands, for the form to show and merge. */
export const surveySectionChangedProblemSchema = problemDetailsSchema.extend({ section: surveySectionSchema });
export type SurveySectionChangedProblem = z.infer<typeof surveySectionChangedProblemSchema>;

/** The 422 of a submission with required questions still open, in the questionnaire's order. */
export const surveyIncompleteProblemSchema = problemDetailsSchema.extend({
  missing: z.array(z.object({ sectionId: z.string(), questions: z.array(z.string()) })),
});
export type SurveyIncompleteProblem = z.infer<typeof surveyIncompleteProblemSchema>;
