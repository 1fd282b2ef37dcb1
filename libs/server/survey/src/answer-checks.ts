import { NotFoundException } from '@nestjs/common';
import type { SaveSurveySectionRequest } from '@bep/contracts';
import { answerProblem, type AnswerProblem, type Questionnaire, type QuestionnaireSection } from '@bep/domain';
import { invalidInput, type FieldError } from '@bep/server/core/http';

/** Why an answer is refused, in the words of the 400's `errors`. */
const PROBLEM_WORDS: Readonly<Record<AnswerProblem, string>> = {
  'not-an-option': 'not one of the options of the question',
  'too-many-choices': 'more choices than the question allows',
  'repeated-choice': 'an option chosen twice',
  'out-of-range': "outside the question's bounds",
  'not-a-whole-number': 'not a whole number',
  'too-long': "longer than the question's limit",
  'unknown-row': 'a row the matrix does not have',
  'wrong-type': 'not the kind of answer the question takes',
};

/** The section of the questionnaire, or 404. */
export function sectionNamed(questionnaire: Questionnaire, sectionId: string): QuestionnaireSection {
  const section = questionnaire.sections.find((candidate) => candidate.id === sectionId);
  if (!section) {
    throw new NotFoundException(`The questionnaire has no section ${sectionId}.`);
  }
  return section;
}

/**
 * 400 naming each answer that does not fit: a question of another section (or of none), or an
 * answer its question cannot take (`answerProblem`). A null clears an answer and always fits; an
 * answer to a question hidden by an earlier one is kept as sent (progress and scores leave it out).
 */
export function refuseBadAnswers(section: QuestionnaireSection, answers: SaveSurveySectionRequest['answers']): void {
  const errors: FieldError[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const path = `answers.${questionId}`;
    const question = section.questions.find((candidate) => candidate.id === questionId);
    if (!question) {
      errors.push({ path, message: `not a question of the section ${section.id}` });
      continue;
    }
    const problem = value === null ? null : answerProblem(question, value);
    if (problem) errors.push({ path, message: PROBLEM_WORDS[problem] });
  }
  if (errors.length > 0) {
    throw invalidInput(errors);
  }
}
