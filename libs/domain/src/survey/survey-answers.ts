import type { AnswerValue, Answers, Question, QuestionCondition, Questionnaire, QuestionnaireSection } from './questionnaire';

/** Why an answer does not fit its question (the API refuses it with a 400 naming the question). */
export type AnswerProblem = 'not-an-option' | 'too-many-choices' | 'repeated-choice' | 'out-of-range' | 'not-a-whole-number' | 'too-long' | 'unknown-row' | 'wrong-type';

const isStringList = (value: AnswerValue): value is readonly string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isRowMap = (value: AnswerValue): value is Readonly<Record<string, string>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');

/** Whether the condition holds on the answers given so far (a condition on no answer does not). */
export function conditionHolds(condition: QuestionCondition, answers: Answers): boolean {
  const answer = answers[condition.question];
  if (answer === undefined) return false;
  if ('equals' in condition) return answer === condition.equals;
  if ('includes' in condition) return isStringList(answer) && answer.includes(condition.includes);
  return (typeof answer === 'string' || typeof answer === 'number') && condition.anyOf.includes(answer);
}

/** Whether the question is shown with these answers. */
export function isShown(question: Question, answers: Answers): boolean {
  return !question.visibleIf || conditionHolds(question.visibleIf, answers);
}

/** Whether the value says something: an empty text, list or matrix is no answer. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  return Object.keys(value).length > 0;
}

/** What is wrong with the answer to the question, or null when it fits. */
export function answerProblem(question: Question, value: AnswerValue): AnswerProblem | null {
  switch (question.kind) {
    case 'single':
      if (typeof value !== 'string') return 'wrong-type';
      return question.options.some((option) => option.value === value) ? null : 'not-an-option';
    case 'multiple': {
      if (!isStringList(value)) return 'wrong-type';
      if (new Set(value).size !== value.length) return 'repeated-choice';
      if (value.some((choice) => !question.options.some((option) => option.value === choice))) return 'not-an-option';
      return question.maxChoices !== undefined && value.length > question.maxChoices ? 'too-many-choices' : null;
    }
    case 'scale':
      if (typeof value !== 'number') return 'wrong-type';
      if (!Number.isInteger(value)) return 'not-a-whole-number';
      return value < question.min || value > question.max ? 'out-of-range' : null;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'wrong-type';
      if (question.integer && !Number.isInteger(value)) return 'not-a-whole-number';
      return value < question.min || value > question.max ? 'out-of-range' : null;
    case 'text':
      if (typeof value !== 'string') return 'wrong-type';
      return value.length > question.maxLength ? 'too-long' : null;
    case 'matrix': {
      if (!isRowMap(value)) return 'wrong-type';
      const rows = Object.entries(value);
      if (rows.some(([row]) => !question.rows.some((option) => option.value === row))) return 'unknown-row';
      return rows.every(([, column]) => question.columns.some((option) => option.value === column)) ? null : 'not-an-option';
    }
  }
}

/**
 * The answers that stand: those to the questions shown, read in the questionnaire's order (a
 * condition reads an earlier question, itself shown or not). An answer to a question the commune
 * later hid (by changing the answer that called for it) counts no more.
 */
export function keptAnswers(questionnaire: Questionnaire, answers: Answers): Record<string, AnswerValue> {
  const kept: Record<string, AnswerValue> = {};
  for (const section of questionnaire.sections) {
    for (const question of section.questions) {
      const value = answers[question.id];
      if (value !== undefined && isShown(question, kept) && isAnswered(value)) kept[question.id] = value;
    }
  }
  return kept;
}

/** How far a section is filled: the questions shown, those answered, the required ones still open. */
export interface SectionProgress {
  readonly sectionId: string;
  readonly shown: number;
  readonly answered: number;
  readonly missingRequired: readonly string[];
}

/** The progress of each section, on the answers that stand. */
export function sectionProgress(questionnaire: Questionnaire, answers: Answers): SectionProgress[] {
  const kept = keptAnswers(questionnaire, answers);
  return questionnaire.sections.map((section) => progressOf(section, kept));
}

function progressOf(section: QuestionnaireSection, kept: Answers): SectionProgress {
  const shown = section.questions.filter((question) => isShown(question, kept));
  return {
    sectionId: section.id,
    shown: shown.length,
    answered: shown.filter((question) => kept[question.id] !== undefined).length,
    missingRequired: shown.filter((question) => question.required && kept[question.id] === undefined).map((question) => question.id),
  };
}

/** Every question of the questionnaire, with its section, by id. */
export function questionsById(questionnaire: Questionnaire): Map<string, { question: Question; sectionId: string }> {
  return new Map(questionnaire.sections.flatMap((section) => section.questions.map((question) => [question.id, { question, sectionId: section.id }] as const)));
}
