import { scoreAnswers, type Answers } from '@bep/domain';
import { SCORING_MODELS } from '@bep/domain/survey-data';
import { QUESTIONNAIRE, startSurveyApi, type SurveyApi } from './testing/survey-api';
import { SurveyScores } from './survey-scores';

/**
 * Scoring the submitted answers that a model version has not scored yet, as the API does when it
 * starts: a model released after a commune submitted (here, the demo's Rochefort without its scores).
 */
describe('survey scores of a model released since', () => {
  let api: SurveyApi;
  const scoreRows = () =>
    api.database.dataSource.query<{ commune: string; dimensions: Record<string, number | null>; overall: number | null; computed_at: Date }[]>(
      `SELECT m."name" AS commune, s."dimensions", s."overall", s."computed_at" FROM "maturity_score" s
         JOIN "engagement" e ON e."id" = s."engagement_id" JOIN "commune" m ON m."nis" = e."commune_nis" ORDER BY m."name"`,
    );

  beforeAll(async () => {
    api = await startSurveyApi('survey_scores');
  });

  afterAll(() => api?.close());

  it("scores the submitted answers a model has not scored, as a submission would, and leaves the others' scores as they are", async () => {
    const before = await scoreRows();
    expect(before.map((row) => row.commune)).toContain('Rochefort');
    const { id: rochefort } = await api.engagementOf('Rochefort');
    await api.database.dataSource.query(`DELETE FROM "maturity_score" WHERE "engagement_id" = $1`, [rochefort]);

    const at = new Date('2026-04-01T08:00:00Z');
    const written = await api.database.dataSource.transaction((manager) => api.app.get(SurveyScores).scoreUnscored(manager, at));

    expect(written).toBe(1);
    const after = await scoreRows();
    const [answers] = await api.database.dataSource.query<{ answers: Answers }[]>(
      `SELECT COALESCE(jsonb_object_agg(x."key", x."value"), '{}'::jsonb) AS answers FROM "survey_section_answers" sa, jsonb_each(sa."answers") x WHERE sa."engagement_id" = $1`,
      [rochefort],
    );
    // The repository's one model, the one in force.
    const model = SCORING_MODELS.at(-1);
    if (!model) throw new Error('No scoring model in the repository');
    const expected = scoreAnswers(model, QUESTIONNAIRE, answers?.answers ?? {});
    const rescored = after.find((row) => row.commune === 'Rochefort');
    expect(rescored).toEqual({
      commune: 'Rochefort',
      dimensions: Object.fromEntries(expected.dimensions.map(({ dimension, score }) => [dimension, score])),
      overall: expected.overall,
      computed_at: at,
    });
    expect(after.filter((row) => row.commune !== 'Rochefort')).toEqual(before.filter((row) => row.commune !== 'Rochefort'));
    // Nothing left to score: a second start writes nothing.
    expect(await api.database.dataSource.transaction((manager) => api.app.get(SurveyScores).scoreUnscored(manager, at))).toBe(0);
  });
});
