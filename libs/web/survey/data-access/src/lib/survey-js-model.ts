import type { Question, QuestionCondition, Questionnaire, QuestionOption } from '@bep/domain';

/**
 * The questionnaire (our own data, libs/domain) in the JSON the form library renders (SurveyJS's
 * `Model`): a page per section, a SurveyJS question per question, our conditions as its
 * expressions. The stored answers stay ours (question id → value): the library's format is a
 * rendering detail, so a change of library would leave the answers and the questionnaire as they are.
 */
export interface SurveyJsJson {
  readonly locale: 'fr';
  readonly title: string;
  readonly description: string;
  readonly pages: readonly SurveyJsPage[];
}

interface SurveyJsPage {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly elements: readonly SurveyJsQuestion[];
}

type SurveyJsQuestion = Readonly<Record<string, unknown>> & { readonly type: string; readonly name: string };

export function toSurveyJs(questionnaire: Questionnaire): SurveyJsJson {
  return {
    locale: 'fr',
    title: questionnaire.title,
    description: questionnaire.introduction,
    pages: questionnaire.sections.map((section) => ({
      name: section.id,
      title: section.title,
      ...(section.description ? { description: section.description } : {}),
      elements: section.questions.map(toSurveyJsQuestion),
    })),
  };
}

function toSurveyJsQuestion(question: Question): SurveyJsQuestion {
  const common = {
    name: question.id,
    title: question.label,
    ...(question.help ? { description: question.help } : {}),
    ...(question.required ? { isRequired: true } : {}),
    ...(question.visibleIf ? { visibleIf: expressionOf(question.visibleIf) } : {}),
  };
  switch (question.kind) {
    case 'single':
      return { ...common, type: 'radiogroup', choices: choicesOf(question.options) };
    case 'multiple':
      return { ...common, type: 'checkbox', choices: choicesOf(question.options), ...(question.maxChoices ? { maxSelectedChoices: question.maxChoices } : {}) };
    case 'scale':
      return { ...common, type: 'rating', rateMin: question.min, rateMax: question.max, minRateDescription: question.minLabel, maxRateDescription: question.maxLabel };
    case 'matrix':
      return { ...common, type: 'matrix', rows: choicesOf(question.rows), columns: choicesOf(question.columns) };
    case 'number':
      return { ...common, type: 'text', inputType: 'number', min: question.min, max: question.max, step: question.integer ? 1 : 'any', ...(question.unit ? { description: [question.help, question.unit].filter(Boolean).join(' — ') } : {}) };
    case 'text':
      return { ...common, type: question.multiline ? 'comment' : 'text', maxLength: question.maxLength };
  }
}

const choicesOf = (options: readonly QuestionOption[]) => options.map((option) => ({ value: option.value, text: option.label }));

/** Our condition as a SurveyJS expression: `{id} = 'oui'`, `{id} contains 'appli'`, `{id} anyof ['a', 'b']`. */
export function expressionOf(condition: QuestionCondition): string {
  const literal = (value: string | number) => (typeof value === 'number' ? String(value) : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
  if ('equals' in condition) return `{${condition.question}} = ${literal(condition.equals)}`;
  if ('includes' in condition) return `{${condition.question}} contains ${literal(condition.includes)}`;
  return `{${condition.question}} anyof [${condition.anyOf.map(literal).join(', ')}]`;
}
