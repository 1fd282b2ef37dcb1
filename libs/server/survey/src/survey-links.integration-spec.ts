import { SURVEY_PROBLEM, type EngagementSurvey, type ProblemDetails, type SurveyForm, type SurveyLinkIssued } from '@bep/contracts';
import { callApi, DEMO_ACCOUNT, signIn } from '@bep/server/core/test-api';
import { testRuntimeConfig } from '@bep/server/core/testing';
import { createHash } from 'node:crypto';
import { SurveyLinks } from './survey-links.service';
import { QUESTIONNAIRE, startSurveyApi, type SurveyApi } from './testing/survey-api';

/**
 * A commune's personal link through its life, on the demo (questionnaire sent on Monday 23 February
 * 2026) and the tests' calendar (Tuesday 17 March 2026): issued by a manager, opened without an
 * account, issued again (the old one dead), revoked, expired with its campaign.
 */
describe('survey links', () => {
  let api: SurveyApi;
  let andenne: string;
  const linkRows = (engagementId: string) =>
    api.database.dataSource.query<{ id: string; token_hash: string; revoked_at: Date | null; created_by: string; revoked_by: string | null }[]>(
      `SELECT "id", "token_hash", "revoked_at", "created_by", "revoked_by" FROM "survey_link" WHERE "engagement_id" = $1 ORDER BY "created_at"`,
      [engagementId],
    );
  const audited = (engagementId: string, action: string) =>
    api.database.dataSource.query<{ actor_user_id: string | null; before: unknown; after: unknown }[]>(
      `SELECT "actor_user_id", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'engagement' AND "entity_id" = $1 AND "action" = $2 ORDER BY "occurred_at"`,
      [engagementId, action],
    );
  const expectProblem = (answer: { status: number; body: unknown; contentType: string | null }, status: number, type: string) => {
    expect([answer.status, (answer.body as ProblemDetails).type]).toEqual([status, type]);
    expect(answer.contentType).toContain('application/problem+json');
  };

  beforeAll(async () => {
    api = await startSurveyApi('survey_links');
    andenne = (await api.engagementOf('Andenne')).id;
  });

  afterAll(() => api?.close());

  it("issues a link whose URL leads to the client's page with the token in its fragment, keeping only the token's hash", async () => {
    const issued = await callApi<SurveyLinkIssued>(api.baseUrl, 'POST', `/api/engagements/${andenne}/survey-link`, api.manager);
    expect(issued.status).toBe(201);
    const [address, token = ''] = issued.body.url.split('#');
    expect(address).toBe(`${testRuntimeConfig(api.database.url).mail.publicUrl}/questionnaire`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const [row] = await linkRows(andenne);
    expect(row).toEqual({ id: expect.any(String), token_hash: createHash('sha256').update(token).digest('hex'), revoked_at: null, created_by: api.managerId, revoked_by: null });
    // The audit entry names the link, never its token.
    expect(await audited(andenne, 'survey-link-issue')).toEqual([{ actor_user_id: api.managerId, before: null, after: { linkId: row?.id, replaced: null } }]);
    expect(JSON.stringify(await api.database.dataSource.query(`SELECT * FROM "audit_entry"`))).not.toContain(token);
    // The server rebuilds the URL of the link in force for the e-mails that carry it.
    expect(await api.app.get(SurveyLinks).urlInForce(andenne)).toBe(issued.body.url);
    const survey = await callApi<EngagementSurvey>(api.baseUrl, 'GET', `/api/engagements/${andenne}/survey`, api.manager);
    expect(survey.body.link).toEqual({ issuedAt: issued.body.issuedAt });
  });

  it("opens the commune's form without an account, naming no other commune", async () => {
    const token = await api.issueLink(andenne);
    const { status, body } = await api.asCommune<SurveyForm>(token, 'GET', '/api/survey');
    expect(status).toBe(200);
    expect(body.commune).toEqual({ nis: expect.any(String), name: 'Andenne' });
    expect(body.campaign).toEqual({ name: 'Radioscopie numérique 2026', endsOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(body.questionnaire).toEqual(QUESTIONNAIRE);
    expect(body.sections).toEqual(QUESTIONNAIRE.sections.map((section) => ({ sectionId: section.id, revision: 0, answers: {}, updatedAt: null })));
    expect(body.progress.map((section) => section.answered)).toEqual(QUESTIONNAIRE.sections.map(() => 0));
    expect(body.submittedAt).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/Gembloux|Dinant|Ciney/);
  });

  it('reads the token from its header only: none, a malformed one, one in the URL or one never issued is an unknown link', async () => {
    const token = await api.issueLink(andenne);
    for (const answer of [
      await api.asCommune(undefined, 'GET', '/api/survey'),
      await api.asCommune(undefined, 'GET', `/api/survey?token=${token}`),
      await api.asCommune(`${token}x`, 'GET', '/api/survey'),
      await api.asCommune('A'.repeat(43), 'GET', '/api/survey'),
      await callApi(api.baseUrl, 'GET', '/api/survey', { authorization: `Survey ${token}` }),
    ]) {
      expectProblem(answer, 404, SURVEY_PROBLEM.linkUnknown);
    }
    expect((await api.asCommune(token, 'GET', '/api/survey')).status).toBe(200);
  });

  it('refuses the old link once another is issued, and any once revoked', async () => {
    const old = await api.issueLink(andenne);
    const current = await api.issueLink(andenne);
    expectProblem(await api.asCommune(old, 'GET', '/api/survey'), 404, SURVEY_PROBLEM.linkUnknown);
    expectProblem(await api.asCommune(old, 'PUT', '/api/survey/sections/profil', { revision: 0, answers: {} }), 404, SURVEY_PROBLEM.linkUnknown);
    expect((await api.asCommune(current, 'GET', '/api/survey')).status).toBe(200);
    const rows = await linkRows(andenne);
    expect(rows.filter((row) => row.revoked_at === null)).toHaveLength(1);
    expect((await audited(andenne, 'survey-link-issue')).at(-1)?.after).toEqual({ linkId: rows.at(-1)?.id, replaced: rows.at(-2)?.id });

    const revoked = await callApi(api.baseUrl, 'DELETE', `/api/engagements/${andenne}/survey-link`, api.manager);
    expect(revoked.status).toBe(204);
    expectProblem(await api.asCommune(current, 'GET', '/api/survey'), 404, SURVEY_PROBLEM.linkUnknown);
    expect((await linkRows(andenne)).at(-1)).toMatchObject({ revoked_at: expect.any(Date), revoked_by: api.managerId });
    expect((await audited(andenne, 'survey-link-revoke')).map((entry) => entry.before)).toEqual([{ linkId: rows.at(-1)?.id }]);
    expect(await api.app.get(SurveyLinks).urlInForce(andenne)).toBeNull();
    expect((await callApi<EngagementSurvey>(api.baseUrl, 'GET', `/api/engagements/${andenne}/survey`, api.manager)).body.link).toBeNull();

    const nothingToRevoke = await callApi<ProblemDetails>(api.baseUrl, 'DELETE', `/api/engagements/${andenne}/survey-link`, api.manager);
    expect(nothingToRevoke.status).toBe(404);
  });

  it('expires with its campaign: past its last day in Brussels, or closed (410); no link is issued then', async () => {
    const dinant = (await api.engagementOf('Dinant')).id;
    const token = await api.issueLink(dinant);
    const campaign = async (change: string) => api.database.dataSource.query(`UPDATE "campaign" SET ${change} WHERE "is_current"`);
    const [{ ends_on: endsOn } = { ends_on: '' }] = await api.database.dataSource.query<{ ends_on: string }[]>(`SELECT "ends_on"::text FROM "campaign" WHERE "is_current"`);
    try {
      // The tests' Tuesday 17 March 2026: the campaign's last day was the day before.
      await campaign(`"ends_on" = '2026-03-16'`);
      expectProblem(await api.asCommune(token, 'GET', '/api/survey'), 410, SURVEY_PROBLEM.linkExpired);
      expectProblem(await api.asCommune(token, 'POST', '/api/survey/submit'), 410, SURVEY_PROBLEM.linkExpired);
      // A link issued now would open on that 410: none is.
      expectProblem(await callApi(api.baseUrl, 'POST', `/api/engagements/${dinant}/survey-link`, api.manager), 409, 'urn:bep:campaign-status');
      await campaign(`"ends_on" = '2026-03-17'`);
      expect((await api.asCommune(token, 'GET', '/api/survey')).status).toBe(200);

      await campaign(`"status" = 'closed', "closed_at" = now()`);
      expectProblem(await api.asCommune(token, 'PUT', '/api/survey/sections/profil', { revision: 0, answers: {} }), 410, SURVEY_PROBLEM.linkExpired);
      expectProblem(await callApi(api.baseUrl, 'POST', `/api/engagements/${dinant}/survey-link`, api.manager), 409, 'urn:bep:campaign-status');
    } finally {
      await campaign(`"status" = 'open', "closed_at" = NULL, "ends_on" = '${endsOn}'`);
    }
    expect((await api.asCommune(token, 'GET', '/api/survey')).status).toBe(200);
  });

  it("lets the consultants of the team read the questionnaire, not the others'", async () => {
    const consultant = (await signIn(api.baseUrl, DEMO_ACCOUNT.consultant)).bearer;
    const gembloux = (await api.engagementOf('Gembloux')).id;
    const ciney = (await api.engagementOf('Ciney')).id;
    const own = await callApi<EngagementSurvey>(api.baseUrl, 'GET', `/api/engagements/${gembloux}/survey`, consultant);
    expect(own.status).toBe(200);
    // The demo's Gembloux answered online, in its first week.
    expect(own.body).toMatchObject({ commune: { name: 'Gembloux' }, submittedVia: 'link', link: null, scores: [{ model: { code: 'maturite-numerique-dma', version: 1 } }] });
    expect((await callApi(api.baseUrl, 'GET', `/api/engagements/${ciney}/survey`, consultant)).status).toBe(403);
    expect((await callApi(api.baseUrl, 'GET', `/api/engagements/00000000-0000-4000-8000-000000000000/survey`, api.manager)).status).toBe(404);
  });
});
