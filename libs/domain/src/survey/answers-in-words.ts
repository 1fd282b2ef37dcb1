import type { AnswerValue, Answers, Question, Questionnaire } from './questionnaire';
import { isAnswered, isShown, keptAnswers } from './survey-answers';

/** A question shown to the commune and its answer in words: empty when left unanswered. */
export interface QuestionInWords {
  readonly question: Question;
  readonly answer: readonly string[];
}

export interface SectionInWords {
  readonly sectionId: string;
  readonly title: string;
  readonly questions: readonly QuestionInWords[];
}

/**
 * An answer as a reader reads it: the labels of the options chosen, a scale's point over its top,
 * a number with its unit (a decimal comma), the text; a matrix gives a `row : column` item per row answered. Empty
 * when there is no answer. The colon follows French typography (a no-break space before it).
 */
export function answerInWords(question: Question, value: AnswerValue | undefined): string[] {
  if (value === undefined || !isAnswered(value)) return [];
  switch (question.kind) {
    case 'single':
      return [question.options.find((option) => option.value === value)?.label ?? String(value)];
    case 'multiple':
      return (value as readonly string[]).map((choice) => question.options.find((option) => option.value === choice)?.label ?? choice);
    case 'scale':
      return [`${value} / ${question.max}`];
    case 'number': {
      // The questionnaire is in French: a decimal comma (3,5 %).
      const number = String(value).replace('.', ',');
      return [question.unit ? `${number} ${question.unit}` : number];
    }
    case 'text':
      return [String(value).trim()];
    case 'matrix': {
      const chosen = value as Readonly<Record<string, string>>;
      return question.rows
        .filter((row) => chosen[row.value] !== undefined)
        .map((row) => `${row.label}\u00a0: ${question.columns.find((column) => column.value === chosen[row.value])?.label ?? chosen[row.value]}`);
    }
  }
}

/**
 * The answers section by section, in the questionnaire's order, as the commune's page and its
 * one-page summary show them: every question shown (a question hidden by an earlier answer is left
 * out, as the scores leave it out), each with its answer in words.
 */
export function answersInWords(questionnaire: Questionnaire, answers: Answers): SectionInWords[] {
  const kept = keptAnswers(questionnaire, answers);
  return questionnaire.sections.map((section) => ({
    sectionId: section.id,
    title: section.title,
    questions: section.questions.filter((question) => isShown(question, kept)).map((question) => ({ question, answer: answerInWords(question, kept[question.id]) })),
  }));
}
