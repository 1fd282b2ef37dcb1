import type { CitedOption, ProvinceMaturity } from '@bep/contracts';
import {
  FEARS_QUESTION,
  keptAnswers,
  OBSTACLES_QUESTION,
  questionsById,
  THEME_PROJECT_STAGES,
  THEME_PROJECTS_QUESTION,
  type Answers,
  type QuestionOption,
  type Questionnaire,
} from '@bep/domain';
import type { ProvinceResponses } from './maturity-reader';

/** The median of the scores given (nulls left out): the middle one, or the mean of the two middle ones; null when none. */
export function median(scores: readonly (number | null)[]): number | null {
  const sorted = scores.filter((score): score is number => score !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * How many answers cite each option (`cites` says whether an answer does), the most cited first,
 * then in the questionnaire's order; `share` of the answers given.
 */
export function citations(options: readonly QuestionOption[], answers: readonly Answers[], cites: (answers: Answers, option: string) => boolean): CitedOption[] {
  const cited = options.map((option) => {
    const count = answers.filter((given) => cites(given, option.value)).length;
    return { id: option.value, label: option.label, count, share: answers.length === 0 ? 0 : count / answers.length };
  });
  // Array.prototype.sort is stable: options cited as often keep the questionnaire's order.
  return cited.sort((a, b) => b.count - a.count);
}

/** The options of a choice or the rows of a matrix, by question id; none when the version lacks the question. */
function optionsOf(questionnaire: Questionnaire, questionId: string): readonly QuestionOption[] {
  const question = questionsById(questionnaire).get(questionId)?.question;
  if (question?.kind === 'multiple' || question?.kind === 'single') return question.options;
  return question?.kind === 'matrix' ? question.rows : [];
}

const chose = (questionId: string) => (answers: Answers, option: string) => {
  const value = answers[questionId];
  return Array.isArray(value) && value.includes(option);
};

const hasProject = (answers: Answers, theme: string) => {
  const value = answers[THEME_PROJECTS_QUESTION] as Readonly<Record<string, string>> | undefined;
  return typeof value === 'object' && !Array.isArray(value) && THEME_PROJECT_STAGES.includes(value[theme] ?? '');
};

/** The province's view of what was read: scores per commune, the medians, the obstacles, fears and themes cited (answers that stand only, `keptAnswers`). */
export function provinceMaturity({ campaign, scoring, engaged, responses, provinceScores }: ProvinceResponses): ProvinceMaturity {
  const dimensions = scoring?.model.dimensions.map(({ id, label }) => ({ id, label })) ?? [];
  const kept = scoring ? responses.map((response) => keptAnswers(scoring.questionnaire, response.answers)) : [];
  const cited = (questionId: string, cites: (answers: Answers, option: string) => boolean) => (scoring ? citations(optionsOf(scoring.questionnaire, questionId), kept, cites) : []);
  return {
    campaign,
    model: scoring ? { code: scoring.model.code, version: scoring.model.version, dimensions } : null,
    communes: { engaged, answered: responses.length },
    rows: responses.map(({ nis, name, engagementId, overall, dimensions: scores, submittedAt }) => ({
      nis,
      name,
      engagementId,
      overall,
      dimensions: Object.fromEntries(dimensions.map(({ id }) => [id, scores[id] ?? null])),
      submittedAt: submittedAt.toISOString(),
    })),
    median: {
      overall: median(provinceScores.map((scores) => scores.overall)),
      dimensions: Object.fromEntries(dimensions.map(({ id }) => [id, median(provinceScores.map((scores) => scores.dimensions[id] ?? null))])),
    },
    obstacles: cited(OBSTACLES_QUESTION, chose(OBSTACLES_QUESTION)),
    fears: cited(FEARS_QUESTION, chose(FEARS_QUESTION)),
    themes: cited(THEME_PROJECTS_QUESTION, hasProject),
  };
}
