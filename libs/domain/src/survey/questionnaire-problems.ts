import type { Question, QuestionCondition, Questionnaire } from './questionnaire';

/**
 * What is wrong with a questionnaire's definition, in words for whoever writes the data: ids used
 * twice, a choice without options or with an option twice, bounds the wrong way round, a condition
 * on a question that does not come earlier or on an answer that question cannot give.
 */
export function questionnaireProblems(questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  const sections = new Set<string>();
  const earlier = new Map<string, Question>();
  for (const section of questionnaire.sections) {
    if (sections.has(section.id)) problems.push(`section ${section.id}: the id is used twice`);
    sections.add(section.id);
    if (section.questions.length === 0) problems.push(`section ${section.id}: no question`);
    for (const question of section.questions) {
      if (earlier.has(question.id)) problems.push(`${question.id}: the id is used twice`);
      problems.push(...ownProblems(question).map((problem) => `${question.id}: ${problem}`));
      if (question.visibleIf) problems.push(...conditionProblems(question.visibleIf, earlier).map((problem) => `${question.id}: ${problem}`));
      earlier.set(question.id, question);
    }
  }
  return problems;
}

function ownProblems(question: Question): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return [...optionProblems(question.options.map((option) => option.value), 'option'), ...(question.kind === 'multiple' && question.maxChoices !== undefined && question.maxChoices < 1 ? ['maxChoices must be at least 1'] : [])];
    case 'matrix':
      return [...optionProblems(question.rows.map((row) => row.value), 'row'), ...optionProblems(question.columns.map((column) => column.value), 'column')];
    case 'scale':
      return Number.isInteger(question.min) && Number.isInteger(question.max) && question.min < question.max ? [] : ['a scale goes from a whole min to a greater whole max'];
    case 'number':
      return question.min < question.max ? [] : ['min must be below max'];
    case 'text':
      return question.maxLength > 0 ? [] : ['maxLength must be positive'];
  }
}

function optionProblems(values: readonly string[], what: string): string[] {
  if (values.length < 2) return [`at least two of each ${what}`];
  return new Set(values).size === values.length ? [] : [`an ${what} is listed twice`];
}

/** A condition reads an earlier question, with an answer that question can give. */
function conditionProblems(condition: QuestionCondition, earlier: ReadonlyMap<string, Question>): string[] {
  const source = earlier.get(condition.question);
  if (!source) return [`the condition reads ${condition.question}, which is no earlier question`];
  const expected = 'equals' in condition ? [condition.equals] : 'includes' in condition ? [condition.includes] : condition.anyOf;
  const possible = possibleAnswers(source);
  if (possible === null) return [`the condition reads ${condition.question}, whose answers are not choices`];
  if ('includes' in condition && source.kind !== 'multiple') return [`"includes" reads a multiple choice, and ${condition.question} is not one`];
  if (!('includes' in condition) && source.kind === 'multiple') return [`a multiple choice is read with "includes"`];
  return expected.filter((value) => !possible.includes(value)).map((value) => `${condition.question} cannot answer ${String(value)}`);
}

function possibleAnswers(question: Question): (string | number)[] | null {
  if (question.kind === 'single' || question.kind === 'multiple') return question.options.map((option) => option.value);
  if (question.kind === 'scale') return Array.from({ length: question.max - question.min + 1 }, (_, index) => question.min + index);
  return null;
}
