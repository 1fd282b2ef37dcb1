import type { EngagementMaturity, EngagementSurvey } from '@bep/contracts';
import { answersInWords, scoreMovement, type SectionInWords } from '@bep/domain';

/** Where the commune's questionnaire stands, as the section says it. */
export type SurveyState =
  | { kind: 'submitted'; at: string; via: 'link' | 'manager' | null }
  | { kind: 'in-progress'; savedSections: number; sections: number; percent: number }
  | { kind: 'not-started' };

/**
 * Submitted (when, by the link or from paper), in progress (the sections saved and the share of
 * the questions shown that are answered, as the server counts them) or not started.
 */
export function surveyState(survey: EngagementSurvey): SurveyState {
  if (survey.submittedAt) return { kind: 'submitted', at: survey.submittedAt, via: survey.submittedVia };
  const savedSections = survey.sections.filter((section) => section.revision > 0).length;
  if (savedSections === 0) return { kind: 'not-started' };
  const shown = survey.progress.reduce((sum, section) => sum + section.shown, 0);
  const answered = survey.progress.reduce((sum, section) => sum + section.answered, 0);
  return { kind: 'in-progress', savedSections, sections: survey.questionnaire.sections.length, percent: shown === 0 ? 0 : Math.round((100 * answered) / shown) };
}

/** The answers section by section, in words (the questions hidden by an earlier answer left out), with how many are answered. */
export function answeredSections(survey: EngagementSurvey): (SectionInWords & { answered: number })[] {
  const answers = Object.assign({}, ...survey.sections.map((section) => section.answers));
  return answersInWords(survey.questionnaire, answers).map((section) => ({ ...section, answered: section.questions.filter((question) => question.answer.length > 0).length }));
}

/** A row of the dimensions' table: the radar's figures, and how each moved since the earlier campaign. */
export interface MaturityRow {
  id: string;
  label: string;
  score: number | null;
  median: number | null;
  movement: string | null;
}

export function maturityRows(maturity: EngagementMaturity): MaturityRow[] {
  return maturity.dimensions.map(({ id, label, score, median, earlier }) => ({ id, label, score, median, movement: scoreMovement(score, earlier) }));
}
