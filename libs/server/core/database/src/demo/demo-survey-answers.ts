import { isShown, stageOrder, type AnswerValue, type Answers, type Question, type Questionnaire, type Stage } from '@bep/domain';
import { DEMO_CITED, DEMO_CITES_NOTHING, DEMO_SHARES, DEMO_TEXTS, DEMO_THEME_PROJECTS } from './demo-survey-habits';
import { SeededRandom } from './seeded-random';

/** A demo commune answering the questionnaire. */
export interface DemoRespondent {
  /** Seeds its answers: the same commune answers the same each time the demo is loaded. */
  nis: string;
  population: number;
  /** Where its engagement stands: a commune further along the pipeline is a little more mature. */
  stage: Stage;
  /** The year it answers in (Brussels): its digital strategy was adopted before. */
  year: number;
}

/** The options of a multiple choice that mean "none": chosen alone, when nothing else is. */
const NOTHING = new Set(['aucun', 'aucune']);
/** The share of optional questions a commune answers (an unanswered shown question scores 0). */
const OPTIONAL_ANSWERED = 0.92;
/** The share of communes that write a sentence where a free text is optional. */
const TEXT_WRITTEN = 0.4;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const clamp01 = (value: number) => clamp(value, 0, 1);
/** Noise in [-width, width], most often near 0 (a triangular draw). */
const spread = (random: SeededRandom, width: number) => (random.next() + random.next() - 1) * width;

/**
 * A commune's latent digital maturity, 0 to 1: bigger communes (more staff, an IT service) and
 * those that asked for the diagnostic a little ahead, with noise so that size does not decide.
 */
export function demoMaturity(respondent: DemoRespondent, random: SeededRandom): number {
  const size = clamp01((Math.log10(respondent.population) - Math.log10(2_500)) / (Math.log10(30_000) - Math.log10(2_500)));
  const further = (stageOrder(respondent.stage) ?? 0) > (stageOrder('survey_answered') ?? 0) ? 0.1 : 0;
  return clamp(0.3 + 0.35 * size + further + spread(random, 0.2), 0.05, 0.95);
}

/**
 * The commune's answers to every question shown, in the questionnaire's order (a condition reads
 * an earlier answer): every required question answered, most optional ones too. Each section has
 * its own level around the commune's maturity, so that its dimensions differ. Choices are read as
 * the questionnaire lists them: a single choice's options from the most to the least advanced, a
 * matrix's columns from nothing to done, a multiple choice's practices from the most to the least
 * common; where that does not hold, demo-survey-habits.ts says how communes answer.
 */
export function demoSurveyAnswers(questionnaire: Questionnaire, respondent: DemoRespondent): Record<string, AnswerValue> {
  const random = new SeededRandom(Number(respondent.nis));
  const maturity = demoMaturity(respondent, random);
  const answers: Record<string, AnswerValue> = {};
  for (const section of questionnaire.sections) {
    const level = clamp01(maturity + spread(random, 0.25));
    for (const question of section.questions) {
      if (!isShown(question, answers)) continue;
      const value = answerTo(question, { random, level, respondent, answers });
      if (value !== undefined) answers[question.id] = value;
    }
  }
  return answers;
}

interface Answering {
  random: SeededRandom;
  /** The section's maturity, 0 to 1. */
  level: number;
  respondent: DemoRespondent;
  /** The answers given so far. */
  answers: Answers;
}

function answerTo(question: Question, answering: Answering): AnswerValue | undefined {
  const { random } = answering;
  if (question.kind === 'text') return textAnswer(question, random);
  if (!question.required && random.next() >= OPTIONAL_ANSWERED) return undefined;
  switch (question.kind) {
    case 'single':
      return singleAnswer(question.id, question.options.map((option) => option.value), answering);
    case 'multiple':
      return question.maxChoices === undefined ? practices(question.options.map((option) => option.value), question.required === true, answering) : cited(question.id, question.options.map((o) => o.value), question.maxChoices, random);
    case 'scale':
      return Math.round(question.min + (question.max - question.min) * clamp01(answering.level + spread(random, 0.2)));
    case 'number': {
      const value = numberAnswer(question.id, answering) ?? question.min + (question.max - question.min) * answering.level;
      return clamp(question.integer ? Math.round(value) : Math.round(value * 10) / 10, question.min, question.max);
    }
    case 'matrix': {
      const columns = question.columns.map((column) => column.value);
      return Object.fromEntries(question.rows.map((row) => [row.value, themeStage(DEMO_THEME_PROJECTS[row.value] ?? 0.5, columns, answering)]));
    }
  }
}

function singleAnswer(questionId: string, options: readonly string[], { random, level, respondent }: Answering): string {
  if (questionId === 'freins-diagnostic' && (stageOrder(respondent.stage) ?? 0) > (stageOrder('survey_answered') ?? 0)) return 'oui';
  const shares = DEMO_SHARES[questionId];
  if (shares) return weightedPick(options, shares, random);
  const position = clamp01(level + spread(random, 0.25));
  return options[Math.min(options.length - 1, Math.floor((1 - position) * options.length))] as string;
}

/** Practices, the more of them the more mature: "none" when the commune has none, the most common one when an answer is required. */
function practices(options: readonly string[], required: boolean, { random, level }: Answering): string[] | undefined {
  const chosen = options.filter((option, index) => !NOTHING.has(option) && random.next() < clamp01(0.2 + level - 0.06 * index + spread(random, 0.15)));
  if (chosen.length > 0) return chosen;
  const nothing = options.find((option) => NOTHING.has(option));
  if (nothing) return [nothing];
  return required ? options.slice(0, 1) : undefined;
}

/** `maxChoices` options, sometimes one fewer, drawn by how often communes cite them. */
function cited(questionId: string, options: readonly string[], maxChoices: number, random: SeededRandom): string[] {
  const nothing = options.find((option) => NOTHING.has(option));
  if (nothing && random.next() < (DEMO_CITES_NOTHING[questionId] ?? 0)) return [nothing];
  const weights = DEMO_CITED[questionId] ?? {};
  let left = options.filter((option) => !NOTHING.has(option));
  const count = Math.min(left.length, random.next() < 0.3 ? maxChoices - 1 : maxChoices);
  const chosen: string[] = [];
  while (chosen.length < Math.max(1, count)) {
    const option = weightedPick(left, weights, random);
    chosen.push(option);
    left = left.filter((other) => other !== option);
  }
  return chosen;
}

/** A theme's column: no project, or one the further along the more mature the section. */
function themeStage(share: number, columns: readonly string[], { random, level }: Answering): string {
  if (random.next() >= clamp01(share * (0.5 + level))) return columns[0] as string;
  const position = clamp01(level + spread(random, 0.35));
  return columns[Math.min(columns.length - 1, 1 + Math.floor(position * (columns.length - 1)))] as string;
}

/** The figures that follow from the commune rather than from a level alone; undefined: from the level. */
function numberAnswer(questionId: string, { random, level, respondent, answers }: Answering): number | undefined {
  switch (questionId) {
    case 'profil-informatique-personnes': {
      const organisation = answers['profil-informatique-organisation'];
      if (organisation === 'personne') return 0;
      if (organisation === 'prestataire' || organisation === 'agent') return random.int(0, 1);
      return Math.max(1, Math.round((respondent.population / 9_000) * (0.6 + level)));
    }
    case 'strategie-annee':
      return respondent.year - random.int(0, 6);
    case 'strategie-budget-part':
      return Math.max(0.2, 0.5 + 3.5 * level + spread(random, 0.5));
    case 'services-guichet-usage':
      return 5 + 55 * level + spread(random, 8);
    case 'archivage-numerisation-part':
      return Math.max(1, 5 + 75 * level + spread(random, 10));
    case 'opendata-jeux':
      return 1 + 25 * level * random.next();
    default:
      return undefined;
  }
}

/** A sentence of the demo's list: always for a required text or one shown by a condition (a platform's name), sometimes otherwise. */
function textAnswer(question: Question, random: SeededRandom): string | undefined {
  const texts = DEMO_TEXTS[question.id];
  if (!texts) return undefined;
  const share = question.required || question.visibleIf ? 1 : TEXT_WRITTEN;
  return random.next() < share ? random.pick(texts) : undefined;
}

function weightedPick(options: readonly string[], weights: Readonly<Record<string, number>>, random: SeededRandom): string {
  const weightOf = (option: string) => weights[option] ?? 1;
  let draw = random.next() * options.reduce((sum, option) => sum + weightOf(option), 0);
  for (const option of options) {
    draw -= weightOf(option);
    if (draw < 0) return option;
  }
  return options[options.length - 1] as string;
}
