import type { AnswerValue, Question, QuestionKind, Questionnaire } from '../questionnaire';
import { questionnaireProblems } from '../questionnaire-problems';
import { FEARS_QUESTION, OBSTACLES_QUESTION, RADIOSCOPIE_QUESTIONNAIRE, THEME_PROJECTS_QUESTION } from '../radioscopie-ids';
import { scoreAnswers, scoringModelProblems, type ScoringItem, type ScoringModel } from '../scoring';
import { answerProblem } from '../survey-answers';
import { QUESTIONNAIRES, SCORING_MODELS } from './index';

// The questionnaires and their scoring models as the API reads them (the data entry point); the
// domain's index does not import them, so that the client's bundle never embeds them.
const only = <T extends { code: string; version: number }>(list: readonly T[], code: string, version: number): T => {
  const found = list.find((candidate) => candidate.code === code && candidate.version === version);
  if (!found) throw new Error(`no ${code} v${version}`);
  return found;
};
const QUESTIONNAIRE: Questionnaire = only(QUESTIONNAIRES, RADIOSCOPIE_QUESTIONNAIRE, 1);
const MODEL: ScoringModel = only(SCORING_MODELS, 'maturite-numerique-dma', 1);

describe('the questionnaires and scoring models of the repository', () => {
  it('are each one version of one code, every model reading a questionnaire of the list', () => {
    const keys = (list: readonly { code: string; version: number }[]) => list.map(({ code, version }) => `${code} v${version}`);
    expect(new Set(keys(QUESTIONNAIRES)).size).toBe(QUESTIONNAIRES.length);
    expect(new Set(keys(SCORING_MODELS)).size).toBe(SCORING_MODELS.length);
    for (const model of SCORING_MODELS) {
      expect(keys(QUESTIONNAIRES)).toContain(`${model.questionnaire.code} v${model.questionnaire.version}`);
    }
  });
});

const QUESTIONS = QUESTIONNAIRE.sections.flatMap((section) => section.questions);
const question = (id: string): Question => {
  const found = QUESTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

/** Asked to describe the commune, not to measure it: who answers, its wishes, its obstacles and fears. */
const DESCRIPTIVE = ['profil-agent-fonction', 'profil-echevin-matieres', 'strategie-annee', 'concept-decouverte', 'concept-enjeux', 'freins-obstacles', 'freins-craintes', 'freins-diagnostic'];

describe('the radioscopie questionnaire, version 1', () => {
  it('is a sound definition, with a sound scoring model reading it', () => {
    expect(QUESTIONNAIRE).toMatchObject({ code: RADIOSCOPIE_QUESTIONNAIRE, version: 1 });
    expect(questionnaireProblems(QUESTIONNAIRE)).toEqual([]);
    expect(scoringModelProblems(MODEL, QUESTIONNAIRE)).toEqual([]);
  });

  it('asks 45 to 60 questions of every kind, some only when an earlier answer calls for them', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(45);
    expect(QUESTIONS.length).toBeLessThanOrEqual(60);
    expect(new Set(QUESTIONS.map((candidate) => candidate.kind))).toEqual(new Set<QuestionKind>(['single', 'multiple', 'scale', 'matrix', 'number', 'text']));
    expect(QUESTIONS.filter((candidate) => candidate.visibleIf).length).toBeGreaterThanOrEqual(6);
  });

  it('names sections, questions and answers with short stable ids', () => {
    const values = QUESTIONS.flatMap((candidate) => ('options' in candidate ? candidate.options : 'rows' in candidate ? [...candidate.rows, ...candidate.columns] : []).map((option) => option.value));
    const ids = [...QUESTIONNAIRE.sections.map((section) => section.id), ...QUESTIONS.map((candidate) => candidate.id), ...values];
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('follows the French typography in every text shown', () => {
    const faults = shownTexts().flatMap((text) => typographyFaults(text).map((fault) => `${fault}: "${text}"`));
    expect(faults).toEqual([]);
  });

  it('offers the views their questions: the themes where communes have projects, three obstacles, three fears', () => {
    expect(question(THEME_PROJECTS_QUESTION)).toMatchObject({
      kind: 'matrix',
      columns: ['aucun', 'envisage', 'en-preparation', 'en-cours', 'realise'].map((value) => expect.objectContaining({ value })),
      rows: expect.arrayContaining(['mobilite', 'mobilite-partagee', 'environnement-energie', 'participation-citoyenne'].map((value) => expect.objectContaining({ value }))),
    });
    expect(question(OBSTACLES_QUESTION)).toMatchObject({ kind: 'multiple', maxChoices: 3 });
    expect(question(FEARS_QUESTION)).toMatchObject({ kind: 'multiple', maxChoices: 3 });
  });
});

describe('the scoring model of the six DMA dimensions, version 1', () => {
  it('scores the six dimensions of the public sector model', () => {
    expect(MODEL.dimensions.map((dimension) => dimension.id)).toEqual(['digital-strategy', 'digital-readiness', 'human-centric', 'data-security', 'interoperability', 'green-digital']);
  });

  it('scores every question that measures something; free text and the descriptive questions stay out', () => {
    const scored = new Set(MODEL.dimensions.flatMap((dimension) => dimension.items.map((item) => item.question)));
    const unscored = QUESTIONS.filter((candidate) => candidate.kind !== 'text' && !scored.has(candidate.id)).map((candidate) => candidate.id);
    expect(unscored.sort()).toEqual([...DESCRIPTIVE].sort());
  });

  it('gives 100 everywhere to the best answer of each scored question', () => {
    const best = bestAnswers();
    expect(Object.entries(best).filter(([id, value]) => answerProblem(question(id), value) !== null)).toEqual([]);
    const scores = scoreAnswers(MODEL, QUESTIONNAIRE, best);
    expect(scores.dimensions.map((dimension) => dimension.score)).toEqual([100, 100, 100, 100, 100, 100]);
    expect(scores.overall).toBe(100);
  });

  it('scores a partial answer as docs/maturity-model.md shows: a question hidden by an earlier answer counts for nothing', () => {
    const answers = { 'strategie-existe': 'non', 'vert-achats': 'parfois', 'vert-materiel': ['duree', 'recyclage'], 'vert-energie': 'non', 'modernisation-sans-papier': 'certaines' };
    expect(scoreAnswers(MODEL, QUESTIONNAIRE, answers).dimensions.find((dimension) => dimension.dimension === 'green-digital')?.score).toBe(33);
  });

  it('gives 0, never "no score", to a commune that answered nothing: each dimension has questions shown to everybody', () => {
    const scores = scoreAnswers(MODEL, QUESTIONNAIRE, {});
    expect(scores.dimensions.map((dimension) => dimension.score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(scores.overall).toBe(0);
  });
});

/** The best answer to each scored question, from the model's points: the conditions it meets show the questions they hide. */
function bestAnswers(): Record<string, AnswerValue> {
  return Object.fromEntries(MODEL.dimensions.flatMap((dimension) => dimension.items.map((item) => [item.question, bestAnswer(question(item.question), item)])));
}

function bestAnswer(asked: Question, item: ScoringItem): AnswerValue {
  const points = (value: string) => item.points?.[value] ?? 0;
  const best = (options: readonly { value: string }[]) => options.reduce((top, option) => (points(option.value) > points(top.value) ? option : top)).value;
  switch (asked.kind) {
    case 'single':
      return best(asked.options);
    case 'multiple':
      return asked.options.filter((option) => points(option.value) > 0).map((option) => option.value);
    case 'matrix':
      return Object.fromEntries(asked.rows.map((row) => [row.value, best(asked.columns)]));
    case 'scale':
      return asked.max;
    case 'number':
      return item.fullAt ?? asked.max;
    case 'text':
      throw new Error(`${asked.id}: a text is not scored`);
  }
}

/** Every text a commune or a BEP user reads: titles, questions, helps, options, scale ends, units, dimension labels. */
function shownTexts(): string[] {
  const ofQuestion = (asked: Question): (string | undefined)[] => [
    asked.label,
    asked.help,
    ...('options' in asked ? asked.options.map((option) => option.label) : []),
    ...(asked.kind === 'matrix' ? [...asked.rows, ...asked.columns].map((option) => option.label) : []),
    ...(asked.kind === 'scale' ? [asked.minLabel, asked.maxLabel] : []),
    ...(asked.kind === 'number' ? [asked.unit] : []),
  ];
  return [
    QUESTIONNAIRE.title,
    QUESTIONNAIRE.introduction,
    ...QUESTIONNAIRE.sections.flatMap((section) => [section.title, section.description, ...section.questions.flatMap(ofQuestion)]),
    ...MODEL.dimensions.map((dimension) => dimension.label),
  ].filter((text): text is string => text !== undefined);
}

/** What breaks the French typography: a plain space or none before « : ; ? ! », « » without no-break spaces inside, a curly apostrophe. */
function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  if (/ [:;?!»]/.test(text)) faults.push('a plain space before : ; ? ! or »');
  if (/[\p{L})][;?!]/u.test(text) || /[\p{L})]:(\s|$)/u.test(text)) faults.push('no space before : ; ? !');
  if (/«(?![\u00a0\u202f])/.test(text) || /(?<![\u00a0\u202f])»/.test(text)) faults.push('« and » need a no-break space inside');
  if (text.includes('\u2019')) faults.push('a curly apostrophe');
  return faults;
}
