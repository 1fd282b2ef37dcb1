import { SURVEY_PROBLEM, type ProblemDetails, type SavedSurveySection } from '@bep/contracts';
import { QUESTIONNAIRE, requiredAnswers, startSurveyApi, type SurveyApi } from './testing/survey-api';

/**
 * What a link reaches beyond its own checks: a save under way when a manager revokes the link, and
 * a commune that left the programme (its engagement withdrawn) while its link was in force.
 */
describe('survey link scope', () => {
  let api: SurveyApi;
  const firstSection = QUESTIONNAIRE.sections[0]?.id ?? '';
  const firstAnswers = requiredAnswers().get(firstSection) ?? {};

  beforeAll(async () => {
    api = await startSurveyApi('survey_link_scope');
  });

  afterAll(() => api?.close());

  it('refuses a save that reached the database after the revocation it waited for, writing nothing', async () => {
    const { id } = await api.engagementOf('Andenne');
    const token = await api.issueLink(id);
    // A manager's revocation holds the link's row: the commune's save, already past the link's
    // lookup, waits for it inside its transaction and must then find the link revoked.
    const revoking = api.database.dataSource.createQueryRunner();
    await revoking.connect();
    await revoking.startTransaction();
    try {
      await revoking.query(`UPDATE "survey_link" SET "revoked_at" = now(), "revoked_by" = $2 WHERE "engagement_id" = $1 AND "revoked_at" IS NULL`, [id, api.managerId]);
      const saving = api.asCommune<ProblemDetails>(token, 'PUT', `/api/survey/sections/${firstSection}`, { revision: 0, answers: firstAnswers });
      await waitForLockWaiter(api);
      await revoking.commitTransaction();
      const answer = await saving;
      expect([answer.status, answer.body.type]).toEqual([404, SURVEY_PROBLEM.linkUnknown]);
    } finally {
      await revoking.release();
    }
    expect(await api.database.dataSource.query(`SELECT 1 FROM "survey_section_answers" WHERE "engagement_id" = $1`, [id])).toEqual([]);
  });

  it("closes the link of a commune that withdrew: neither its form, a save nor a submission goes through (410)", async () => {
    const engagement = await api.engagementOf('Gesves');
    const token = await api.issueLink(engagement.id);
    const saved = await api.asCommune<SavedSurveySection>(token, 'PUT', `/api/survey/sections/${firstSection}`, { revision: 0, answers: firstAnswers });
    expect(saved.status).toBe(200);

    // The stage as a manager's move leaves it (the moves themselves are the engagements' API, tested there).
    await api.database.dataSource.query(`UPDATE "engagement" SET "stage" = 'withdrawn', "version" = "version" + 1 WHERE "id" = $1`, [engagement.id]);

    for (const answer of [
      await api.asCommune<ProblemDetails>(token, 'GET', '/api/survey'),
      await api.asCommune<ProblemDetails>(token, 'PUT', `/api/survey/sections/${firstSection}`, { revision: saved.body.section.revision, answers: {} }),
      await api.asCommune<ProblemDetails>(token, 'POST', '/api/survey/submit'),
    ]) {
      expect([answer.status, answer.body.type, answer.body.detail]).toEqual([410, SURVEY_PROBLEM.linkExpired, expect.stringContaining('withdrawn')]);
    }
  });
});

/** Resolves once some session of the test's database waits for a row lock (the save behind the revocation). */
async function waitForLockWaiter(api: SurveyApi): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [waiting] = await api.database.dataSource.query<unknown[]>(
      `SELECT 1 FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock' AND "query" LIKE '%survey_link%FOR SHARE%'`,
    );
    if (waiting) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The save never waited for the revocation');
}
