import type { EngagementMaturity, EngagementSurvey, MaturityScore } from '@bep/contracts';
import { callApi, DEMO_ACCOUNT, signIn } from '@bep/server/core/test-api';
import { drawnPdfText, pdfPageCount } from '@bep/server/core/testing';
import { QUESTIONNAIRE, requiredAnswers, startSurveyApi, type SurveyApi } from './testing/survey-api';

/**
 * A commune's maturity beside the province's, on the demo: the scores of a questionnaire typed in
 * and submitted, the median of the campaign's submitted communes (exact on a small fixture of
 * scores), the movement since an earlier campaign, and the one-page summary (PDF).
 */
describe("a commune's maturity and its one-page summary", () => {
  let api: SurveyApi;
  let consultant: Record<string, string>;
  let modelId: string;
  let questionnaireVersionId: string;
  let dimensionIds: string[];
  const query = <T>(sql: string, parameters: unknown[] = []) => api.database.dataSource.query<T>(sql, parameters);
  const maturity = (engagementId: string, as: Record<string, string> = api.manager) => callApi<EngagementMaturity>(api.baseUrl, 'GET', `/api/engagements/${engagementId}/maturity`, as);
  /** Every dimension at `score`, but `green-digital` at `green`. */
  const dimensions = (score: number, green: number | null = score) => Object.fromEntries(dimensionIds.map((id) => [id, id === 'green-digital' ? green : score]));

  /** The engagement's answers, submitted (or only started) and scored by the model, as a submission leaves them. */
  async function scored(engagementId: string, figures: Record<string, number | null>, overall: number, { submitted = true } = {}): Promise<void> {
    await query(
      `INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at", "submitted_at", "submitted_via", "submitted_by")
       VALUES ($1, $2, now(), $3, $4, NULL)
       ON CONFLICT ("engagement_id") DO UPDATE SET "submitted_at" = EXCLUDED."submitted_at", "submitted_via" = EXCLUDED."submitted_via", "submitted_by" = NULL`,
      [engagementId, questionnaireVersionId, submitted ? new Date('2026-03-10T09:00:00Z') : null, submitted ? 'link' : null],
    );
    await query(
      `INSERT INTO "maturity_score" ("engagement_id", "scoring_model_version_id", "dimensions", "overall", "computed_at") VALUES ($1, $2, $3::jsonb, $4, now())
       ON CONFLICT ("engagement_id", "scoring_model_version_id") DO UPDATE SET "dimensions" = EXCLUDED."dimensions", "overall" = EXCLUDED."overall"`,
      [engagementId, modelId, JSON.stringify(figures), overall],
    );
  }

  /** The commune's engagement in a campaign `yearsBefore` years before the current one. */
  async function earlierEngagement(commune: string, name: string, yearsBefore: number): Promise<string> {
    const [campaign] = await query<{ id: string }[]>(
      `INSERT INTO "campaign" ("name", "starts_on", "ends_on", "deadline", "diagnostic_price_cents", "status", "closed_at", "archived_at")
       SELECT $1, "starts_on" - make_interval(years => $2), "ends_on" - make_interval(years => $2), "deadline" - make_interval(years => $2), "diagnostic_price_cents", 'archived', now(), now()
         FROM "campaign" WHERE "is_current" RETURNING "id"`,
      [name, yearsBefore],
    );
    const [engagement] = await query<{ id: string }[]>(
      `INSERT INTO "engagement" ("campaign_id", "commune_nis", "stage", "stage_entered_at", "version")
       SELECT $1, "nis", 'survey_answered', now(), 1 FROM "commune" WHERE "name" = $2 RETURNING "id"`,
      [campaign?.id, commune],
    );
    return engagement?.id ?? '';
  }

  beforeAll(async () => {
    api = await startSurveyApi('engagement_maturity');
    consultant = (await signIn(api.baseUrl, DEMO_ACCOUNT.consultant)).bearer;
    const [model] = await query<{ id: string; questionnaire_version_id: string; definition: { dimensions: { id: string }[] } }[]>(
      `SELECT m."id", m."questionnaire_version_id", m."definition" FROM "scoring_model_version" m
         JOIN "campaign" c ON c."questionnaire_version_id" = m."questionnaire_version_id" AND c."is_current" ORDER BY m."version" DESC LIMIT 1`,
    );
    modelId = model?.id ?? '';
    questionnaireVersionId = model?.questionnaire_version_id ?? '';
    dimensionIds = model?.definition.dimensions.map((dimension) => dimension.id) ?? [];
    // The fixture's scores alone: the demo's own answers take no part in the medians below.
    await query(`DELETE FROM "maturity_score"`);
  });

  afterAll(() => api?.close());

  it('answers nulls, not an error, before any score; to the team and the managers only', async () => {
    const gembloux = (await api.engagementOf('Gembloux')).id;
    const none = await maturity(gembloux, consultant);
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ model: null, computedAt: null, dimensions: [], overall: { score: null, median: null, earlier: null }, medianCommunes: 0, earlierCampaign: null });

    const ciney = (await api.engagementOf('Ciney')).id;
    expect((await maturity(ciney, consultant)).status).toBe(403);
    expect((await callApi(api.baseUrl, 'GET', `/api/engagements/${ciney}/survey/summary.pdf`, consultant)).status).toBe(403);
    expect((await maturity('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await callApi(api.baseUrl, 'GET', '/api/engagements/00000000-0000-4000-8000-000000000000/survey/summary.pdf', api.manager)).status).toBe(404);
    expect((await maturity('not-a-uuid')).status).toBe(400);
  });

  it("shows the scores of a questionnaire typed in and submitted; alone in its campaign, it has no median", async () => {
    const andenne = (await api.engagementOf('Andenne')).id;
    for (const [sectionId, answers] of requiredAnswers()) {
      const saved = await callApi(api.baseUrl, 'PUT', `/api/engagements/${andenne}/survey/sections/${sectionId}`, api.manager, { revision: 0, answers });
      expect(saved.status).toBe(200);
    }
    expect((await callApi(api.baseUrl, 'POST', `/api/engagements/${andenne}/survey/submit`, api.manager)).status).toBe(200);
    const [latest] = (await callApi<EngagementSurvey>(api.baseUrl, 'GET', `/api/engagements/${andenne}/survey`, api.manager)).body.scores as [MaturityScore];

    const { status, body } = await maturity(andenne);
    expect(status).toBe(200);
    expect(body).toEqual({
      model: latest.model,
      computedAt: latest.computedAt,
      dimensions: latest.dimensions.map(({ id, label, score }) => ({ id, label, score, median: null, earlier: null })),
      overall: { score: latest.overall, median: null, earlier: null },
      medianCommunes: 1,
      earlierCampaign: null,
    });
  });

  it("takes the province's median over the campaign's submitted communes scored by the same model", async () => {
    const andenne = (await api.engagementOf('Andenne')).id;
    await scored(andenne, dimensions(90), 80);
    await scored((await api.engagementOf('Gembloux')).id, dimensions(20, null), 30);
    await scored((await api.engagementOf('Dinant')).id, dimensions(40), 50);
    await scored((await api.engagementOf('Ciney')).id, dimensions(70), 61);
    // Scored but never submitted (a fixture no submission leaves): not in the median.
    const [other] = await query<{ id: string }[]>(
      `SELECT e."id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" JOIN "commune" m ON m."nis" = e."commune_nis"
        WHERE m."name" NOT IN ('Andenne', 'Gembloux', 'Dinant', 'Ciney') ORDER BY m."name" LIMIT 1`,
    );
    await scored(other?.id ?? '', dimensions(0), 0, { submitted: false });

    const { body } = await maturity(andenne);
    expect(body.medianCommunes).toBe(4);
    // 20, 40, 70, 90: 55; the green dimension without Gembloux's (none): 40, 70, 90: 70; overall 30, 50, 61, 80: 55.5.
    expect(body.dimensions.map(({ id, score, median }) => [id, score, median])).toEqual(dimensionIds.map((id) => [id, 90, id === 'green-digital' ? 70 : 55]));
    expect(body.overall).toEqual({ score: 80, median: 55.5, earlier: null });
  });

  it('shows how each dimension moved since the most recent earlier campaign scored by the same model', async () => {
    const gembloux = (await api.engagementOf('Gembloux')).id;
    await scored(await earlierEngagement('Gembloux', 'Radioscopie numérique (il y a quatre ans)', 4), dimensions(99), 99);
    await scored(await earlierEngagement('Gembloux', 'Radioscopie numérique (il y a deux ans)', 2), dimensions(12, 5), 10);

    const { status, body } = await maturity(gembloux, consultant);
    expect(status).toBe(200);
    expect(body.earlierCampaign).toEqual({ name: 'Radioscopie numérique (il y a deux ans)' });
    expect(body.dimensions.map(({ id, score, earlier }) => [id, score, earlier])).toEqual(dimensionIds.map((id) => [id, id === 'green-digital' ? null : 20, id === 'green-digital' ? 5 : 12]));
    expect(body.overall).toEqual({ score: 30, median: 55.5, earlier: 10 });
    // The earlier campaigns' scores take no part in the current median.
    expect(body.medianCommunes).toBe(4);
  });

  it("prints the commune's answers and scores on one A4 page, named after the commune", async () => {
    const andenne = (await api.engagementOf('Andenne')).id;
    const response = await fetch(`${api.baseUrl}/api/engagements/${andenne}/survey/summary.pdf`, { headers: api.manager });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="questionnaire-Andenne.pdf"; filename*=UTF-8''questionnaire-Andenne.pdf`);
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(1);
    const text = drawnPdfText(pdf).join('\n');
    expect(text).toContain('Commune de Andenne');
    expect(text).toContain('80  (médiane 55,5)');
    expect(text).toContain('Réponses par section');
    expect(text).toContain(QUESTIONNAIRE.sections[0]?.title ?? '');

    const gembloux = (await api.engagementOf('Gembloux')).id;
    expect((await fetch(`${api.baseUrl}/api/engagements/${gembloux}/survey/summary.pdf`, { headers: consultant })).status).toBe(200);
  });
});
