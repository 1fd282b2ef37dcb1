import type { TestingModule } from '@nestjs/testing';
import { SURVEY_PROBLEM, type EngagementSurvey, type SurveyForm, type SurveyIncompleteProblem, type SurveySubmitted } from '@bep/contracts';
import { scoreAnswers, type Answers } from '@bep/domain';
import { SCORING_MODELS } from '@bep/domain/survey-data';
import { callApi } from '@bep/server/core/test-api';
import { ReminderReconciler } from '@bep/server/reminders';
import { compileRemindersWorker } from '@bep/server/reminders/testing';
import { COMMUNE_SUBMISSION_NOTE } from './survey-submission.service';
import { QUESTIONNAIRE, requiredAnswers, startSurveyApi, type SurveyApi } from './testing/survey-api';

/** The model the submission scores with: the latest of the questionnaire's version. */
const MODEL = (() => {
  const models = SCORING_MODELS.filter((model) => model.questionnaire.code === QUESTIONNAIRE.code && model.questionnaire.version === QUESTIONNAIRE.version);
  const latest = models.sort((a, b) => b.version - a.version)[0];
  if (!latest) throw new Error(`No scoring model of ${QUESTIONNAIRE.code} v${QUESTIONNAIRE.version}`);
  return latest;
})();

/**
 * Submitting the questionnaire, on the demo and the tests' calendar: refused while required
 * questions are open; then the engagement moves to `survey_answered` through the stage rules (as
 * the commune, or as the manager who typed in paper answers), its questionnaire reminders are
 * withdrawn by the worker's planner, and its scores are stored with the model's version.
 */
describe('survey submission', () => {
  let api: SurveyApi;
  /** The worker's reminders, on the same database and calendar, without its queue processors (never started here). */
  let worker: TestingModule;
  const query = <T>(sql: string, params: unknown[] = []) => api.database.dataSource.query<T[]>(sql, params);
  const fill = async (save: (sectionId: string, answers: Record<string, unknown>) => Promise<{ status: number }>) => {
    const given: Record<string, unknown> = {};
    for (const [sectionId, answers] of requiredAnswers()) {
      const saved = await save(sectionId, answers);
      if (saved.status !== 200) throw new Error(`Saving ${sectionId} answered ${saved.status}`);
      Object.assign(given, answers);
    }
    return given as Answers;
  };
  const fillAsCommune = (token: string) => fill((sectionId, answers) => api.asCommune(token, 'PUT', `/api/survey/sections/${sectionId}`, { revision: 0, answers }));
  const scheduledSurveyReminders = async (engagementId: string) =>
    (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "reminder" WHERE "engagement_id" = $1 AND "rule" = 'surveyUnanswered' AND "status" = 'scheduled'`, [engagementId]))[0]?.n;

  beforeAll(async () => {
    api = await startSurveyApi('survey_submission');
    worker = await compileRemindersWorker(api.database.url);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('refuses a submission with required questions still open, listing them per section (422), and changes nothing', async () => {
    const beauraing = await api.engagementOf('Beauraing');
    const token = await api.issueLink(beauraing.id);
    const profile = requiredAnswers().get('profil') ?? {};
    await api.asCommune(token, 'PUT', '/api/survey/sections/profil', { revision: 0, answers: profile });

    const refused = await api.asCommune<SurveyIncompleteProblem>(token, 'POST', '/api/survey/submit');
    expect(refused.status).toBe(422);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body.type).toBe(SURVEY_PROBLEM.incomplete);
    expect(refused.body.missing).toEqual(
      [...requiredAnswers()].filter(([sectionId, answers]) => sectionId !== 'profil' && Object.keys(answers).length > 0).map(([sectionId, answers]) => ({ sectionId, questions: Object.keys(answers) })),
    );
    expect(await api.engagementOf('Beauraing')).toEqual(beauraing);
    expect(await query(`SELECT "submitted_at" FROM "survey_response" WHERE "engagement_id" = $1`, [beauraing.id])).toEqual([{ submitted_at: null }]);
  });

  it("moves the engagement to survey_answered as done by the commune, audited, its reminders withdrawn, its scores stored with the model's version", async () => {
    const before = await api.engagementOf('Mettet');
    const token = await api.issueLink(before.id);
    // Three weeks after the questionnaire, the worker has planned the commune's questionnaire reminders.
    await worker.get(ReminderReconciler).planEngagement(before.id);
    expect(await scheduledSurveyReminders(before.id)).toBeGreaterThan(0);
    const answers = await fillAsCommune(token);

    const submitted = await api.asCommune<SurveySubmitted>(token, 'POST', '/api/survey/submit');
    expect(submitted.status).toBe(200);
    expect(submitted.body).toEqual({ submittedAt: expect.any(String), stageMoved: true });
    const { submittedAt } = submitted.body;

    const after = await api.engagementOf('Mettet');
    expect(after).toEqual({ id: before.id, stage: 'survey_answered', version: before.version + 1 });
    expect(await query(`SELECT "from_stage", "to_stage", "changed_by", "note" FROM "stage_change" WHERE "engagement_id" = $1 ORDER BY "changed_at" DESC LIMIT 1`, [before.id])).toEqual([
      { from_stage: 'survey_sent', to_stage: 'survey_answered', changed_by: null, note: COMMUNE_SUBMISSION_NOTE },
    ]);
    expect(await query(`SELECT "submitted_at", "submitted_via", "submitted_by" FROM "survey_response" WHERE "engagement_id" = $1`, [before.id])).toEqual([
      { submitted_at: new Date(submittedAt), submitted_via: 'link', submitted_by: null },
    ]);

    // Scores by the latest model of the questionnaire, kept with its version.
    const expected = scoreAnswers(MODEL, QUESTIONNAIRE, answers);
    const [score] = await query<{ code: string; version: number; dimensions: unknown; overall: number | null }>(
      `SELECT m."code", m."version", s."dimensions", s."overall" FROM "maturity_score" s JOIN "scoring_model_version" m ON m."id" = s."scoring_model_version_id" WHERE s."engagement_id" = $1`,
      [before.id],
    );
    expect(score).toEqual({
      code: MODEL.code,
      version: MODEL.version,
      dimensions: Object.fromEntries(expected.dimensions.map(({ dimension, score }) => [dimension, score])),
      overall: expected.overall,
    });

    // The move and the submission are audited as the commune's (no user).
    expect(await query(`SELECT "action", "actor_user_id", "after" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" IN ('transition', 'survey-submit') ORDER BY "action"`, [before.id])).toEqual([
      {
        action: 'survey-submit',
        actor_user_id: null,
        after: { via: 'link', submittedAt, stageMoved: true, scores: { model: { code: MODEL.code, version: MODEL.version }, overall: expected.overall } },
      },
      { action: 'transition', actor_user_id: null, after: expect.objectContaining({ stage: 'survey_answered', version: after.version, kind: 'forward', note: COMMUNE_SUBMISSION_NOTE }) },
    ]);

    // The move's job, in the outbox with it; the worker's planner then withdraws the questionnaire's reminders.
    const jobs = await query<{ job_id: string; job_name: string; payload: { engagementId: string } }>(`SELECT "job_id", "job_name", "payload" FROM "queue_outbox" WHERE "payload"->>'engagementId' = $1`, [before.id]);
    expect(jobs).toEqual([{ job_id: `plan/${before.id}/v${after.version}`, job_name: 'plan-engagement', payload: { engagementId: before.id } }]);
    await worker.get(ReminderReconciler).planEngagement(jobs[0]?.payload.engagementId ?? '');
    expect(await scheduledSurveyReminders(before.id)).toBe(0);

    // BEP reads the scores with the dimensions' names, and who submitted.
    const survey = await callApi<EngagementSurvey>(api.baseUrl, 'GET', `/api/engagements/${before.id}/survey`, api.manager);
    expect(survey.body).toMatchObject({ submittedAt, submittedVia: 'link' });
    expect(survey.body.scores).toEqual([
      {
        model: { code: MODEL.code, version: MODEL.version },
        dimensions: MODEL.dimensions.map(({ id, label }) => ({ id, label, score: expected.dimensions.find((d) => d.dimension === id)?.score ?? null })),
        overall: expected.overall,
        computedAt: submittedAt,
      },
    ]);
  });

  it('keeps a submitted questionnaire read-only: it still opens for its summary, a save or a second submission is a 410', async () => {
    const mettet = await api.engagementOf('Mettet');
    const token = await api.issueLink(mettet.id);
    const form = await api.asCommune<SurveyForm>(token, 'GET', '/api/survey');
    expect(form.status).toBe(200);
    expect(form.body.submittedAt).toEqual(expect.any(String));
    for (const answer of [
      await api.asCommune(token, 'PUT', '/api/survey/sections/freins', { revision: 1, answers: { 'freins-remarques': 'Un ajout' } }),
      // A save that would be refused anyway still learns first that the questionnaire was sent.
      await api.asCommune(token, 'PUT', '/api/survey/sections/freins', { revision: 1, answers: { 'freins-obstacles': ['inconnu'] } }),
      await api.asCommune(token, 'PUT', '/api/survey/sections/inconnue', { revision: 0, answers: {} }),
      await api.asCommune(token, 'POST', '/api/survey/submit'),
      await callApi(api.baseUrl, 'POST', `/api/engagements/${mettet.id}/survey/submit`, api.manager),
    ]) {
      expect([answer.status, (answer.body as { type: string }).type]).toEqual([410, SURVEY_PROBLEM.submitted]);
    }
    expect(await api.engagementOf('Mettet')).toEqual(mettet);
  });

  it('answers a burst of submissions of one questionnaire: one is taken, the others are 410, none waits for ever', async () => {
    // Each submission waits for the engagement's lock with a connection of the pool: reading the
    // catalogue with a second connection under that lock once emptied the pool (ten at once).
    const anhee = await api.engagementOf('Anhée');
    const token = await api.issueLink(anhee.id);
    await fillAsCommune(token);
    const answers = await Promise.all(Array.from({ length: 14 }, () => api.asCommune<{ type?: string }>(token, 'POST', '/api/survey/submit')));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 410 && answer.body.type === SURVEY_PROBLEM.submitted)).toHaveLength(13);
  });

  it("records a manager's submission of paper answers as the manager's move", async () => {
    const yvoir = await api.engagementOf('Yvoir');
    await fill((sectionId, answers) => callApi(api.baseUrl, 'PUT', `/api/engagements/${yvoir.id}/survey/sections/${sectionId}`, api.manager, { revision: 0, answers }));
    const submitted = await callApi<SurveySubmitted>(api.baseUrl, 'POST', `/api/engagements/${yvoir.id}/survey/submit`, api.manager);
    expect([submitted.status, submitted.body.stageMoved]).toEqual([200, true]);
    expect((await api.engagementOf('Yvoir')).stage).toBe('survey_answered');
    expect(await query(`SELECT "changed_by", "note" FROM "stage_change" WHERE "engagement_id" = $1 AND "to_stage" = 'survey_answered'`, [yvoir.id])).toEqual([
      { changed_by: api.managerId, note: null },
    ]);
    expect(await query(`SELECT "submitted_via", "submitted_by" FROM "survey_response" WHERE "engagement_id" = $1`, [yvoir.id])).toEqual([
      { submitted_via: 'manager', submitted_by: api.managerId },
    ]);
    expect(await query(`SELECT "actor_user_id" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" IN ('transition', 'survey-submit')`, [yvoir.id])).toEqual([
      { actor_user_id: api.managerId },
      { actor_user_id: api.managerId },
    ]);
  });

  it('records the submission and the scores of an engagement already past survey_sent, without moving it', async () => {
    const gembloux = await api.engagementOf('Gembloux');
    expect(gembloux.stage).toBe('diagnostic_requested');
    // The demo's Gembloux answered online: without its questionnaire, it is an engagement moved on by hand before any answer.
    await query(`DELETE FROM "maturity_score" WHERE "engagement_id" = $1`, [gembloux.id]);
    await query(`DELETE FROM "survey_response" WHERE "engagement_id" = $1`, [gembloux.id]);
    await fill((sectionId, answers) => callApi(api.baseUrl, 'PUT', `/api/engagements/${gembloux.id}/survey/sections/${sectionId}`, api.manager, { revision: 0, answers }));
    const submitted = await callApi<SurveySubmitted>(api.baseUrl, 'POST', `/api/engagements/${gembloux.id}/survey/submit`, api.manager);
    expect([submitted.status, submitted.body.stageMoved]).toEqual([200, false]);
    expect(await api.engagementOf('Gembloux')).toEqual(gembloux);
    expect(await query(`SELECT count(*)::int AS n FROM "maturity_score" WHERE "engagement_id" = $1`, [gembloux.id])).toEqual([{ n: 1 }]);
    expect(await query(`SELECT count(*)::int AS n FROM "audit_entry" WHERE "entity_id" = $1 AND "action" = 'transition'`, [gembloux.id])).toEqual([{ n: 0 }]);
  });
});
