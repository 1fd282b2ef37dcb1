import { answerProblem, keptAnswers, questionsById, scoreAnswers, sectionProgress, type Stage } from '@bep/domain';
import { QUESTIONNAIRES, SCORING_MODELS } from '@bep/domain/survey-data';
import { NAMUR_COMMUNES_TSV } from '../reference-data/namur-communes';
import { parseCommunesTsv } from '../reference-data/parse-communes-tsv';
import { demoSurveyAnswers, type DemoRespondent } from './demo-survey-answers';

const [questionnaire] = QUESTIONNAIRES;
const [model] = SCORING_MODELS;
if (!questionnaire || !model) throw new Error('The repository holds no questionnaire or scoring model');

const COMMUNES = parseCommunesTsv(NAMUR_COMMUNES_TSV).filter((commune) => commune.eligible);
const respondents = (stage: Stage, year = 2026): DemoRespondent[] => COMMUNES.map((commune) => ({ nis: commune.nis, population: commune.population, stage, year }));
const overall = (respondent: DemoRespondent) => scoreAnswers(model, questionnaire, demoSurveyAnswers(questionnaire, respondent)).overall ?? 0;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('the demo communes’ answers', () => {
  it('are the same for the same commune on every run, and differ from one commune to the next', () => {
    const [first, second] = respondents('survey_answered');
    expect(first && demoSurveyAnswers(questionnaire, first)).toEqual(first && demoSurveyAnswers(questionnaire, first));
    expect(first && demoSurveyAnswers(questionnaire, first)).not.toEqual(second && demoSurveyAnswers(questionnaire, second));
  });

  // Every eligible commune, at every stage the demo gives answers at (survey_sent: the questionnaires in progress).
  it.each<Stage>(['survey_sent', 'survey_answered', 'diagnostic_requested', 'workshop_held', 'accompaniment'])(
    'fit their questions, answer only the questions shown and every required one (%s)',
    (stage) => {
      const questions = questionsById(questionnaire);
      for (const respondent of [...respondents(stage), ...respondents(stage, 2019)]) {
        const answers = demoSurveyAnswers(questionnaire, respondent);
        const problems = Object.entries(answers).flatMap(([id, value]) => {
          const question = questions.get(id)?.question;
          const problem = question ? answerProblem(question, value) : 'no-such-question';
          return problem ? [`${respondent.nis} ${id}: ${problem}`] : [];
        });
        expect(problems).toEqual([]);
        // Nothing given to a hidden question, no empty answer: every answer stands.
        expect(keptAnswers(questionnaire, answers)).toEqual(answers);
        expect(sectionProgress(questionnaire, answers).flatMap((section) => section.missingRequired)).toEqual([]);
      }
    },
  );

  it('never date a strategy after the year the commune answers in', () => {
    const years = respondents('survey_answered', 2019).flatMap((respondent) => demoSurveyAnswers(questionnaire, respondent)['strategie-annee'] ?? []);
    expect(years.length).toBeGreaterThan(3);
    expect(years.every((year) => typeof year === 'number' && year <= 2019 && year >= 2013)).toBe(true);
  });

  it('score from about 20 to 85, bigger communes and those that asked for the diagnostic a little ahead', () => {
    const answered = respondents('survey_answered').map(overall);
    expect(Math.min(...answered)).toBeLessThan(25);
    expect(Math.max(...answered)).toBeGreaterThan(75);
    const bySize = [...COMMUNES].sort((a, b) => a.population - b.population).map((commune) => overall({ nis: commune.nis, population: commune.population, stage: 'survey_answered', year: 2026 }));
    const third = Math.floor(bySize.length / 3);
    expect(mean(bySize.slice(-third))).toBeGreaterThan(mean(bySize.slice(0, third)) + 10);
    expect(mean(respondents('diagnostic_requested').map(overall))).toBeGreaterThan(mean(answered) + 5);
  });

  it('give each commune dimensions that differ', () => {
    const ranges = respondents('survey_answered').map((respondent) => {
      const scores = scoreAnswers(model, questionnaire, demoSurveyAnswers(questionnaire, respondent)).dimensions.map((dimension) => dimension.score ?? 0);
      return Math.max(...scores) - Math.min(...scores);
    });
    expect(ranges.filter((range) => range >= 15).length).toBeGreaterThan(ranges.length * 0.8);
  });

  it('cite some obstacles, fears and themes in most communes and others rarely', () => {
    const answers = respondents('survey_answered').map((respondent) => demoSurveyAnswers(questionnaire, respondent));
    const shareCiting = (question: string, option: string) => answers.filter((a) => (a[question] as readonly string[]).includes(option)).length / answers.length;
    expect(shareCiting('freins-obstacles', 'budget')).toBeGreaterThan(0.6);
    expect(shareCiting('freins-obstacles', 'cadre-legal')).toBeLessThan(0.2);
    expect(['couts', 'cyberattaque', 'exclusion'].map((fear) => shareCiting('freins-craintes', fear)).every((share) => share > 0.4)).toBe(true);
    expect(shareCiting('freins-craintes', 'metiers')).toBeLessThan(0.15);
    const withProject = (theme: string) => answers.filter((a) => (a['projets-themes'] as Record<string, string>)[theme] !== 'aucun').length / answers.length;
    expect(withProject('e-administration')).toBeGreaterThan(0.75);
    expect(withProject('economie-locale')).toBeLessThan(0.4);
  });
});
