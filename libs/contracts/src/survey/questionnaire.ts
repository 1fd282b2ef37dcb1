import type { Questionnaire } from '@bep/domain';
import { z } from 'zod';

/**
 * The shape of a questionnaire's definition (libs/domain `Questionnaire`), checked when the API
 * stores a version from the repository's data and documented in the OpenAPI description of the
 * public form. Its soundness (ids, conditions on earlier questions) is `questionnaireProblems`'.
 */
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');
const option = z.strictObject({ value: id, label: z.string().min(1) });
const condition = z.union([
  z.strictObject({ question: id, equals: z.union([z.string(), z.number()]) }),
  z.strictObject({ question: id, includes: z.string() }),
  z.strictObject({ question: id, anyOf: z.array(z.union([z.string(), z.number()])).min(1) }),
]);
const base = {
  id,
  label: z.string().min(1),
  help: z.string().optional(),
  required: z.boolean().optional(),
  visibleIf: condition.optional(),
};

const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('single'), options: z.array(option) }),
  z.strictObject({ ...base, kind: z.literal('multiple'), options: z.array(option), maxChoices: z.number().int().optional() }),
  z.strictObject({ ...base, kind: z.literal('scale'), min: z.number().int(), max: z.number().int(), minLabel: z.string(), maxLabel: z.string() }),
  z.strictObject({ ...base, kind: z.literal('matrix'), rows: z.array(option), columns: z.array(option) }),
  z.strictObject({ ...base, kind: z.literal('number'), min: z.number(), max: z.number(), integer: z.boolean(), unit: z.string().optional() }),
  z.strictObject({ ...base, kind: z.literal('text'), multiline: z.boolean(), maxLength: z.number().int() }),
]);

export const questionnaireSchema: z.ZodType<Questionnaire> = z.strictObject({
  code: id,
  version: z.number().int().positive(),
  title: z.string().min(1),
  introduction: z.string(),
  sections: z.array(z.strictObject({ id, title: z.string().min(1), description: z.string().optional(), questions: z.array(questionSchema) })).min(1),
});
