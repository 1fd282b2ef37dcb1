import type { Question, Questionnaire, QuestionnaireSection } from './questionnaire';
import { questionnaireProblems } from './questionnaire-problems';
import { scoreAnswers, scoreMovement, scoringModelProblems, type ScoringModel } from './scoring';
import { answerInWords, answersInWords } from './answers-in-words';
import { answerProblem, conditionHolds, isAnswered, keptAnswers, sectionProgress } from './survey-answers';

const YES = { value: 'oui', label: 'Oui' };
const YES_NO = [YES, { value: 'non', label: 'Non' }];

/** A small questionnaire with every kind of question and a question shown on an earlier answer. */
const QUESTIONNAIRE: Questionnaire = {
  code: 'essai',
  version: 1,
  title: 'Essai',
  introduction: 'Un essai.',
  sections: [
    {
      id: 'strategie',
      title: 'Stratégie',
      questions: [
        { id: 'plan', kind: 'single', label: 'Un plan numérique\u00a0?', options: YES_NO, required: true },
        { id: 'plan-annee', kind: 'number', label: 'Adopté en\u00a0?', min: 2000, max: 2100, integer: true, visibleIf: { question: 'plan', equals: 'oui' } },
        { id: 'budget', kind: 'scale', label: 'Budget', min: 1, max: 5, minLabel: 'Aucun', maxLabel: 'Important' },
      ],
    },
    {
      id: 'projets',
      title: 'Projets',
      questions: [
        {
          id: 'themes',
          kind: 'matrix',
          label: 'Projets par thème',
          rows: [
            { value: 'mobilite', label: 'Mobilité' },
            { value: 'environnement', label: 'Environnement' },
          ],
          columns: [
            { value: 'aucun', label: 'Aucun' },
            { value: 'prevu', label: 'Prévu' },
            { value: 'realise', label: 'Réalisé' },
          ],
        },
        {
          id: 'outils',
          kind: 'multiple',
          label: 'Outils',
          maxChoices: 2,
          options: [
            { value: 'guichet', label: 'E-guichet' },
            { value: 'site', label: 'Site web' },
            { value: 'appli', label: 'Application' },
          ],
        },
        { id: 'agents', kind: 'number', label: 'Agents informatiques', min: 0, max: 500, integer: true, required: true },
        { id: 'remarques', kind: 'text', label: 'Remarques', multiline: true, maxLength: 20 },
        { id: 'appli-detail', kind: 'text', label: "L'application", multiline: false, maxLength: 100, visibleIf: { question: 'outils', includes: 'appli' } },
      ],
    },
  ],
};

const [STRATEGY, PROJECTS] = QUESTIONNAIRE.sections as [QuestionnaireSection, QuestionnaireSection];

const MODEL: ScoringModel = {
  code: 'modele-essai',
  version: 1,
  questionnaire: { code: 'essai', version: 1 },
  dimensions: [
    {
      id: 'strategy',
      label: 'Stratégie',
      items: [
        { question: 'plan', weight: 2, points: { oui: 1, non: 0 } },
        { question: 'plan-annee', weight: 1, fullAt: 2000 },
        { question: 'budget', weight: 1 },
      ],
    },
    {
      id: 'services',
      label: 'Services',
      items: [
        { question: 'themes', weight: 1, points: { aucun: 0, prevu: 0.5, realise: 1 } },
        { question: 'outils', weight: 1, points: { guichet: 0.6, site: 0.3, appli: 0.6 } },
        { question: 'agents', weight: 2, fullAt: 4 },
      ],
    },
    { id: 'green', label: 'Numérique vert', items: [{ question: 'plan-annee', weight: 1, fullAt: 2000 }] },
  ],
};

describe('the questionnaire as data', () => {
  it('finds nothing wrong with a sound definition and its model', () => {
    expect(questionnaireProblems(QUESTIONNAIRE)).toEqual([]);
    expect(scoringModelProblems(MODEL, QUESTIONNAIRE)).toEqual([]);
  });

  it.each([
    ['an id used twice', { ...STRATEGY, questions: [...STRATEGY.questions, { id: 'plan', kind: 'text', label: 'X', multiline: false, maxLength: 5 }] }, 'plan: the id is used twice'],
    ['a condition on a later question', { ...STRATEGY, questions: [{ id: 'x', kind: 'text', label: 'X', multiline: false, maxLength: 5, visibleIf: { question: 'plan', equals: 'oui' } }, ...STRATEGY.questions] }, 'x: the condition reads plan, which is no earlier question'],
    ['a condition on an answer the question cannot give', { ...STRATEGY, questions: [...STRATEGY.questions, { id: 'x', kind: 'text', label: 'X', multiline: false, maxLength: 5, visibleIf: { question: 'plan', equals: 'peut-être' } }] }, 'x: plan cannot answer peut-être'],
    ['a scale the wrong way round', { ...STRATEGY, questions: [{ id: 'x', kind: 'scale', label: 'X', min: 5, max: 1, minLabel: '', maxLabel: '' }] }, 'x: a scale goes from a whole min to a greater whole max'],
    ['a choice with one option', { ...STRATEGY, questions: [{ id: 'x', kind: 'single', label: 'X', options: [YES] }] }, 'x: at least two of each option'],
  ] as const)('says what is wrong: %s', (_, section, problem) => {
    expect(questionnaireProblems({ ...QUESTIONNAIRE, sections: [section, PROJECTS] })).toContain(problem);
  });

  it("says what is wrong with a model: an unknown question, an option the question does not offer, a text, a number's missing fullAt", () => {
    const broken: ScoringModel = {
      ...MODEL,
      dimensions: [
        {
          id: 'd',
          label: 'D',
          items: [
            { question: 'inconnue', weight: 1 },
            { question: 'plan', weight: 1, points: { peut: 1 } },
            { question: 'remarques', weight: 1 },
            { question: 'agents', weight: 0 },
          ],
        },
      ],
    };
    expect(scoringModelProblems(broken, QUESTIONNAIRE)).toEqual([
      'd/inconnue: no such question',
      'd/plan: no option peut',
      'd/remarques: a text answer cannot be scored',
      'd/agents: the weight must be positive',
      'd/agents: a number needs a positive fullAt',
    ]);
    expect(scoringModelProblems({ ...MODEL, questionnaire: { code: 'essai', version: 2 } }, QUESTIONNAIRE)).toEqual(['the model reads essai v2, not essai v1']);
  });
});

describe('answers', () => {
  const question = (id: string): Question => {
    const found = QUESTIONNAIRE.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no question ${id}`);
    return found;
  };

  it.each([
    ['plan', 'oui', null],
    ['plan', 'peut-être', 'not-an-option'],
    ['plan', ['oui'], 'wrong-type'],
    ['outils', ['guichet', 'site'], null],
    ['outils', ['guichet', 'site', 'appli'], 'too-many-choices'],
    ['outils', ['guichet', 'guichet'], 'repeated-choice'],
    ['outils', ['fax'], 'not-an-option'],
    ['budget', 3, null],
    ['budget', 6, 'out-of-range'],
    ['budget', 2.5, 'not-a-whole-number'],
    ['agents', 12, null],
    ['agents', -1, 'out-of-range'],
    ['agents', '12', 'wrong-type'],
    ['remarques', 'Rien à signaler', null],
    ['remarques', 'x'.repeat(21), 'too-long'],
    ['themes', { mobilite: 'prevu' }, null],
    ['themes', { mobilite: 'bientot' }, 'not-an-option'],
    ['themes', { culture: 'prevu' }, 'unknown-row'],
    ['themes', 'prevu', 'wrong-type'],
  ] as const)('%s answered %j: %s', (id, value, problem) => {
    expect(answerProblem(question(id), value)).toBe(problem);
  });

  it('counts an empty text, list or matrix as no answer', () => {
    expect([isAnswered(' '), isAnswered([]), isAnswered({}), isAnswered(0), isAnswered('non'), isAnswered(undefined)]).toEqual([false, false, false, true, true, false]);
  });

  it('shows a question when the earlier answer calls for it, whatever its kind', () => {
    expect(conditionHolds({ question: 'plan', equals: 'oui' }, { plan: 'oui' })).toBe(true);
    expect(conditionHolds({ question: 'plan', equals: 'oui' }, { plan: 'non' })).toBe(false);
    expect(conditionHolds({ question: 'plan', equals: 'oui' }, {})).toBe(false);
    expect(conditionHolds({ question: 'outils', includes: 'appli' }, { outils: ['site', 'appli'] })).toBe(true);
    expect(conditionHolds({ question: 'budget', anyOf: [4, 5] }, { budget: 4 })).toBe(true);
    expect(conditionHolds({ question: 'budget', anyOf: [4, 5] }, { budget: 3 })).toBe(false);
  });

  it('keeps no answer to a question the commune hid by changing the answer that called for it', () => {
    expect(keptAnswers(QUESTIONNAIRE, { plan: 'non', 'plan-annee': 2018, outils: ['site'], 'appli-detail': 'Namur Ville', remarques: ' ' })).toEqual({ plan: 'non', outils: ['site'] });
  });

  it('counts per section the questions shown, those answered and the required ones still open', () => {
    expect(sectionProgress(QUESTIONNAIRE, {})).toEqual([
      { sectionId: 'strategie', shown: 2, answered: 0, missingRequired: ['plan'] },
      { sectionId: 'projets', shown: 4, answered: 0, missingRequired: ['agents'] },
    ]);
    expect(sectionProgress(QUESTIONNAIRE, { plan: 'oui', outils: ['appli'], agents: 2 })).toEqual([
      { sectionId: 'strategie', shown: 3, answered: 1, missingRequired: [] },
      { sectionId: 'projets', shown: 5, answered: 2, missingRequired: [] },
    ]);
  });
});

describe('scores', () => {
  it.each([
    ['nothing answered: the questions shown score 0, a dimension with none shown has no score', {}, [0, 0, null], 0],
    ['a plan adopted in 2019, a full budget', { plan: 'oui', 'plan-annee': 2019, budget: 5 }, [100, 0, 100], 67],
    ['no plan: its year is hidden and does not count', { plan: 'non', budget: 3 }, [17, 0, null], 8],
    ['a matrix averages its rows, a row left open scores 0', { themes: { mobilite: 'realise' } }, [0, 13, null], 6],
    ['a multiple choice adds its points up to 1; a number up to fullAt', { themes: { mobilite: 'realise', environnement: 'prevu' }, outils: ['guichet', 'appli'], agents: 2 }, [0, 69, null], 34],
    ['an answer to a hidden question is left out', { plan: 'non', 'plan-annee': 2019 }, [0, 0, null], 0],
  ] as const)('%s', (_, answers, dimensions, overall) => {
    const scores = scoreAnswers(MODEL, QUESTIONNAIRE, answers);
    expect(scores.dimensions.map((dimension) => dimension.score)).toEqual(dimensions);
    expect(scores.overall).toBe(overall);
  });

  it('names each score by its dimension, in the order of the model', () => {
    expect(scoreAnswers(MODEL, QUESTIONNAIRE, {}).dimensions.map((dimension) => dimension.dimension)).toEqual(['strategy', 'services', 'green']);
  });
});

describe('answers in words', () => {
  const question = (id: string): Question => QUESTIONNAIRE.sections.flatMap((section) => section.questions).find((q) => q.id === id) as Question;

  it.each([
    ['plan', 'oui', ['Oui']],
    ['outils', ['site', 'guichet'], ['Site web', 'E-guichet']],
    ['budget', 4, ['4 / 5']],
    ['agents', 3, ['3']],
    ['agents', 3.5, ['3,5']],
    ['remarques', ' Rien ', ['Rien']],
    ['themes', { environnement: 'realise', mobilite: 'prevu' }, ['Mobilité\u00a0: Prévu', 'Environnement\u00a0: Réalisé']],
    ['remarques', '  ', []],
    ['outils', [], []],
    ['plan', undefined, []],
  ] as const)('words the answer to %s %j as %j', (id, value, expected) => {
    expect(answerInWords(question(id), value)).toEqual(expected);
  });

  it('lists every question shown, section by section, and leaves out those hidden by an earlier answer', () => {
    const sections = answersInWords(QUESTIONNAIRE, { plan: 'non', 'plan-annee': 2020, outils: ['appli'], 'appli-detail': 'Une appli' });
    expect(sections.map((section) => [section.title, section.questions.map((q) => [q.question.id, q.answer])])).toEqual([
      ['Stratégie', [['plan', ['Non']], ['budget', []]]],
      ['Projets', [['themes', []], ['outils', ['Application']], ['agents', []], ['remarques', []], ['appli-detail', ['Une appli']]]],
    ]);
  });
});

describe('score movement', () => {
  it.each([
    [62, 50, '+12'],
    [40, 45, '-5'],
    [40, 40, '='],
    [40, null, null],
    [null, 40, null],
  ])('words %p since %p as %p', (score, earlier, expected) => {
    expect(scoreMovement(score, earlier)).toBe(expected);
  });
});
