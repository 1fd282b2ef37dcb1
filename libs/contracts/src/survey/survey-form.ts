import { z } from 'zod';
import { text } from '../common/text';
import { questionnaireSchema } from './questionnaire';

/**
 * An answer as the form sends it, by the question's kind: an option's value or a text, a number,
 * several options, or a matrix's row → column. Whether it fits its question is checked against the
 * questionnaire (libs/domain `answerProblem`); null clears the answer.
 */
export const answerValueSchema = z.union([
  text().max(4000),
  z.number().finite(),
  z.array(text().max(100)).max(50),
  z.record(text().max(100), text().max(100)),
]);

/**
 * `PUT .../sections/{sectionId}`: a section's answers as the person sees them, saved as they type.
 * `revision` is the one the form last read or saved (0: nothing saved yet); a save on an older
 * revision is refused with 409 and the section as it now stands, never written over someone else's.
 */
export const saveSurveySectionRequestSchema = z.strictObject({
  revision: z.number().int().min(0),
  answers: z.record(z.string().max(100), answerValueSchema.nullable()).refine((answers) => Object.keys(answers).length <= 200, 'at most 200 answers'),
});
export type SaveSurveySectionRequest = z.infer<typeof saveSurveySectionRequestSchema>;

/** How far a section is filled (libs/domain `SectionProgress`). */
export const surveySectionProgressSchema = z.object({
  sectionId: z.string(),
  shown: z.number().int(),
  answered: z.number().int(),
  missingRequired: z.array(z.string()),
});
export type SurveySectionProgress = z.infer<typeof surveySectionProgressSchema>;

/** A section's answers as saved, with the revision the next save names. */
export const surveySectionSchema = z.object({
  sectionId: z.string(),
  revision: z.number().int(),
  answers: z.record(z.string(), answerValueSchema),
  updatedAt: z.iso.datetime().nullable(),
});
export type SurveySection = z.infer<typeof surveySectionSchema>;

/**
 * The questionnaire of one commune, as its link (or a manager typing in paper answers) opens it:
 * whose it is, the questionnaire, every section's answers and progress, and whether it was sent.
 * It names no other commune.
 */
export const surveyFormSchema = z.object({
  commune: z.object({ nis: z.string(), name: z.string() }),
  campaign: z.object({ name: z.string(), endsOn: z.iso.date() }),
  questionnaire: questionnaireSchema,
  sections: z.array(surveySectionSchema),
  progress: z.array(surveySectionProgressSchema),
  submittedAt: z.iso.datetime().nullable(),
});
export type SurveyForm = z.infer<typeof surveyFormSchema>;

/** A save's answer: the section's new revision and the progress of every section (a condition may show another's questions). */
export const savedSurveySectionSchema = z.object({
  section: surveySectionSchema,
  progress: z.array(surveySectionProgressSchema),
});
export type SavedSurveySection = z.infer<typeof savedSurveySectionSchema>;
