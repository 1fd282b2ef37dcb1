import type { AnswerValue, Answers, Question, Questionnaire } from './questionnaire';
import { isShown, keptAnswers, questionsById } from './survey-answers';

/**
 * A scoring model, versioned data like the questionnaire it reads: dimensions of digital maturity,
 * each scored 0-100 from weighted questions. A score keeps the model's version it was computed
 * with; a new version scores anew without changing the old scores.
 */
export interface ScoringModel {
  /** The model's name across its versions. */
  readonly code: string;
  readonly version: number;
  /** The questionnaire version it reads. */
  readonly questionnaire: { readonly code: string; readonly version: number };
  readonly dimensions: readonly ScoringDimension[];
}

export interface ScoringDimension {
  /** Stable across versions: the key of a score (`digital-strategy`). */
  readonly id: string;
  readonly label: string;
  readonly items: readonly ScoringItem[];
}

/**
 * A question's part in a dimension: its `weight`, and how its answer turns into a share of 0 to 1:
 * - single choice: `points` of the option chosen;
 * - multiple choice: the sum of the `points` of the options chosen, at most 1;
 * - matrix: the mean over its rows of the `points` of each row's column (a row left open: 0);
 * - scale: where the answer stands from `min` (0) to `max` (1);
 * - number: the answer over `fullAt`, at most 1.
 * A question shown but not answered scores 0; a hidden one does not count.
 */
export interface ScoringItem {
  readonly question: string;
  readonly weight: number;
  readonly points?: Readonly<Record<string, number>>;
  readonly fullAt?: number;
}

export interface DimensionScore {
  readonly dimension: string;
  /** 0-100, whole; null when none of the dimension's questions was shown. */
  readonly score: number | null;
}

export interface MaturityScores {
  readonly dimensions: readonly DimensionScore[];
  /** The mean of the dimensions scored (before rounding), whole; null when none was. */
  readonly overall: number | null;
}

/** The scores of a commune's answers by the model. */
export function scoreAnswers(model: ScoringModel, questionnaire: Questionnaire, answers: Answers): MaturityScores {
  const kept = keptAnswers(questionnaire, answers);
  const questions = questionsById(questionnaire);
  const dimensions = model.dimensions.map((dimension) => {
    let weighted = 0;
    let weights = 0;
    for (const item of dimension.items) {
      const question = questions.get(item.question)?.question;
      if (!question || !isShown(question, kept)) continue;
      weights += item.weight;
      const value = kept[question.id];
      if (value !== undefined) weighted += item.weight * shareOf(question, item, value);
    }
    return { dimension: dimension.id, exact: weights === 0 ? null : (100 * weighted) / weights };
  });
  // The overall index is the mean of the exact scores, rounded once.
  const scored = dimensions.flatMap((dimension) => (dimension.exact === null ? [] : [dimension.exact]));
  return {
    dimensions: dimensions.map(({ dimension, exact }) => ({ dimension, score: exact === null ? null : Math.round(exact) })),
    overall: scored.length === 0 ? null : Math.round(scored.reduce((sum, score) => sum + score, 0) / scored.length),
  };
}

/** The share of 0 to 1 the answer earns (see ScoringItem). */
function shareOf(question: Question, item: ScoringItem, value: AnswerValue): number {
  const points = (choice: string) => item.points?.[choice] ?? 0;
  switch (question.kind) {
    case 'single':
      return typeof value === 'string' ? points(value) : 0;
    case 'multiple':
      return Array.isArray(value) ? Math.min(1, value.reduce((sum: number, choice: string) => sum + points(choice), 0)) : 0;
    case 'matrix': {
      const rows = value as Readonly<Record<string, string>>;
      return question.rows.reduce((sum, row) => sum + (rows[row.value] === undefined ? 0 : points(rows[row.value] as string)), 0) / question.rows.length;
    }
    case 'scale':
      return typeof value === 'number' ? (value - question.min) / (question.max - question.min) : 0;
    case 'number':
      return typeof value === 'number' && item.fullAt ? Math.min(1, Math.max(0, value / item.fullAt)) : 0;
    case 'text':
      return 0;
  }
}

/**
 * What is wrong with a model for its questionnaire, in words for whoever writes the data: a
 * question that does not exist or cannot be scored, points for an option the question does not
 * offer or outside 0 to 1, a weight that is not positive, a number without `fullAt`.
 */
export function scoringModelProblems(model: ScoringModel, questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  if (model.questionnaire.code !== questionnaire.code || model.questionnaire.version !== questionnaire.version) {
    problems.push(`the model reads ${model.questionnaire.code} v${model.questionnaire.version}, not ${questionnaire.code} v${questionnaire.version}`);
  }
  const questions = questionsById(questionnaire);
  for (const dimension of model.dimensions) {
    if (dimension.items.length === 0) problems.push(`${dimension.id}: no question`);
    for (const item of dimension.items) {
      const where = `${dimension.id}/${item.question}`;
      const question = questions.get(item.question)?.question;
      if (!question) {
        problems.push(`${where}: no such question`);
        continue;
      }
      if (!(item.weight > 0)) problems.push(`${where}: the weight must be positive`);
      if (question.kind === 'text') problems.push(`${where}: a text answer cannot be scored`);
      if (question.kind === 'number' && !(item.fullAt && item.fullAt > 0)) problems.push(`${where}: a number needs a positive fullAt`);
      const offered = question.kind === 'matrix' ? question.columns : question.kind === 'single' || question.kind === 'multiple' ? question.options : null;
      if (offered && !item.points) problems.push(`${where}: a choice needs points`);
      for (const [choice, share] of Object.entries(item.points ?? {})) {
        if (!offered?.some((option) => option.value === choice)) problems.push(`${where}: no option ${choice}`);
        if (!(share >= 0 && share <= 1)) problems.push(`${where}: the points of ${choice} must be from 0 to 1`);
      }
    }
  }
  return problems;
}

/**
 * How a score moved since an earlier campaign, as the commune's page and its summary print it:
 * `+12`, `-3`, `=`; null when either score is missing.
 */
export function scoreMovement(score: number | null, earlier: number | null): string | null {
  if (score === null || earlier === null) return null;
  const change = score - earlier;
  return change === 0 ? '=' : change > 0 ? `+${change}` : String(change);
}
