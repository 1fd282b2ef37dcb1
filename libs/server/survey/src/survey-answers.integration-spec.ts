import { SURVEY_PROBLEM, type ProblemDetails, type SavedSurveySection, type SurveyForm, type SurveySectionChangedProblem } from '@bep/contracts';
import { callApi } from '@bep/server/core/test-api';
import { startSurveyApi, type SurveyApi } from './testing/survey-api';

/**
 * Answers saved as they are typed, section by section, through Assesse's link (the demo, the
 * tests' calendar): what is saved survives, two people on two sections never conflict, a save on
 * an older revision is refused with the section as it stands, bad answers are a 400.
 */
describe('survey answers', () => {
  let api: SurveyApi;
  let engagementId: string;
  let token: string;
  const save = (sectionId: string, body: unknown) => api.asCommune<SavedSurveySection>(token, 'PUT', `/api/survey/sections/${sectionId}`, body);
  const form = async () => (await api.asCommune<SurveyForm>(token, 'GET', '/api/survey')).body;
  const sectionOf = async (sectionId: string) => (await form()).sections.find((section) => section.sectionId === sectionId);
  const progressOf = async (sectionId: string) => (await form()).progress.find((section) => section.sectionId === sectionId);

  beforeAll(async () => {
    api = await startSurveyApi('survey_answers');
    engagementId = (await api.engagementOf('Assesse')).id;
    token = await api.issueLink(engagementId);
  });

  afterAll(() => api?.close());

  it('saves a section as it is typed, on the revision it was read at, and the answers survive', async () => {
    const first = await save('profil', { revision: 0, answers: { 'profil-agent-fonction': 'informatique' } });
    expect(first.status).toBe(200);
    expect(first.body.section).toEqual({ sectionId: 'profil', revision: 1, answers: { 'profil-agent-fonction': 'informatique' }, updatedAt: expect.any(String) });
    expect(first.body.progress.find((section) => section.sectionId === 'profil')).toEqual({ sectionId: 'profil', shown: 5, answered: 1, missingRequired: ['profil-echevin-matieres'] });

    const second = await save('profil', { revision: 1, answers: { 'profil-informatique-personnes': 3 } });
    expect(second.body.section).toMatchObject({ revision: 2, answers: { 'profil-agent-fonction': 'informatique', 'profil-informatique-personnes': 3 } });

    // Read back as the page does when the commune comes back through its link.
    expect(await sectionOf('profil')).toEqual(second.body.section);
    expect(await progressOf('profil')).toMatchObject({ answered: 2 });
    expect(await api.database.dataSource.query(`SELECT "updated_by", "revision" FROM "survey_section_answers" WHERE "engagement_id" = $1`, [engagementId])).toEqual([
      { updated_by: null, revision: 2 },
    ]);
    expect(await api.database.dataSource.query(`SELECT "submitted_at", "started_at" IS NOT NULL AS started FROM "survey_response" WHERE "engagement_id" = $1`, [engagementId])).toEqual([
      { submitted_at: null, started: true },
    ]);
  });

  it('keeps an answer to a question hidden by an earlier one as sent, out of the progress, and clears an answer sent as null', async () => {
    // The year of the strategy is asked only when there is one.
    const saved = await save('strategie', { revision: 0, answers: { 'strategie-existe': 'non', 'strategie-annee': 2019 } });
    expect(saved.body.section.answers).toEqual({ 'strategie-existe': 'non', 'strategie-annee': 2019 });
    expect(saved.body.progress.find((section) => section.sectionId === 'strategie')).toMatchObject({ shown: 5, answered: 1 });

    const cleared = await save('strategie', { revision: 1, answers: { 'strategie-annee': null, 'strategie-existe': 'oui' } });
    expect(cleared.body.section).toMatchObject({ revision: 2, answers: { 'strategie-existe': 'oui' } });
    expect(cleared.body.progress.find((section) => section.sectionId === 'strategie')).toMatchObject({ shown: 7, answered: 1 });
  });

  it('saves two sections at once, from two people, without conflict', async () => {
    const [projects, concept] = await Promise.all([
      save('projets', { revision: 0, answers: { 'projets-themes': { mobilite: 'en-cours' } } }),
      save('concept', { revision: 0, answers: { 'concept-connaissance': 4 } }),
    ]);
    expect([projects.status, projects.body.section.revision, concept.status, concept.body.section.revision]).toEqual([200, 1, 200, 1]);
    expect((await form()).sections.filter((section) => section.revision > 0).map((section) => section.sectionId)).toEqual(['profil', 'strategie', 'projets', 'concept']);
  });

  it('refuses a save on an older revision with the section as it stands (409), writing nothing over it', async () => {
    const before = await sectionOf('profil');
    const stale = await api.asCommune<SurveySectionChangedProblem>(token, 'PUT', '/api/survey/sections/profil', { revision: 1, answers: { 'profil-cpas': 'non' } });
    expect(stale.status).toBe(409);
    expect(stale.contentType).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ type: SURVEY_PROBLEM.sectionChanged, status: 409, section: before });
    expect(await sectionOf('profil')).toEqual(before);

    // A first save of a section that someone else saved meanwhile is refused the same way.
    expect((await api.asCommune<SurveySectionChangedProblem>(token, 'PUT', '/api/survey/sections/projets', { revision: 0, answers: {} })).body.section.revision).toBe(1);
  });

  it('lets one of two saves of the same section on the same revision through, and refuses the other', async () => {
    const [a, b] = await Promise.all([save('concept', { revision: 1, answers: { 'concept-vision': 'citoyens' } }), save('concept', { revision: 1, answers: { 'concept-vision': 'services' } })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    expect(await sectionOf('concept')).toEqual(winner.body.section);
  });

  it('refuses answers that do not fit with a 400 naming each question and why, never a 500', async () => {
    const revision = (await sectionOf('profil'))?.revision ?? 0;
    const bad = await api.asCommune<ProblemDetails>(token, 'PUT', '/api/survey/sections/profil', {
      revision,
      answers: { 'profil-agent-fonction': 'maire', 'profil-informatique-personnes': 2.5, 'profil-echevin-matieres': ['numerique', 'numerique'], 'strategie-existe': 'oui', inconnue: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([
      { path: 'answers.profil-agent-fonction', message: 'not one of the options of the question' },
      { path: 'answers.profil-informatique-personnes', message: 'not a whole number' },
      { path: 'answers.profil-echevin-matieres', message: 'an option chosen twice' },
      { path: 'answers.strategie-existe', message: 'not a question of the section profil' },
      { path: 'answers.inconnue', message: 'not a question of the section profil' },
    ]);
    expect((await sectionOf('profil'))?.revision).toBe(revision);

    for (const [path, body, status] of [
      ['/api/survey/sections/inconnue', { revision: 0, answers: {} }, 404],
      ['/api/survey/sections/Profil!', { revision: 0, answers: {} }, 400],
      ['/api/survey/sections/profil', { revision: -1, answers: {} }, 400],
      ['/api/survey/sections/profil', { revision: 0 }, 400],
      ['/api/survey/sections/profil', { revision: 0, answers: { 'profil-cpas': true } }, 400],
      ['/api/survey/sections/profil', { revision: 0, answers: { 'profil-informatique-personnes': '3' } }, 400],
      ['/api/survey/sections/profil', [], 400],
    ] as const) {
      const answer = await api.asCommune<ProblemDetails>(token, 'PUT', path, body);
      expect([path, JSON.stringify(body), answer.status]).toEqual([path, JSON.stringify(body), status]);
      expect(answer.contentType).toContain('application/problem+json');
    }
  });

  it('lets a manager type in answers received on paper, recorded and audited as theirs', async () => {
    const saved = await callApi<SavedSurveySection>(api.baseUrl, 'PUT', `/api/engagements/${engagementId}/survey/sections/services`, api.manager, {
      revision: 0,
      answers: { 'services-site': 'mobile', 'services-guichet': 'non' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.section).toMatchObject({ sectionId: 'services', revision: 1 });
    expect(await api.database.dataSource.query(`SELECT "updated_by" FROM "survey_section_answers" WHERE "engagement_id" = $1 AND "section_id" = 'services'`, [engagementId])).toEqual([
      { updated_by: api.managerId },
    ]);
    expect(
      await api.database.dataSource.query(`SELECT "actor_user_id", "after" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" = 'survey-save'`, [engagementId]),
    ).toEqual([{ actor_user_id: api.managerId, after: { sectionId: 'services', revision: 1, questions: ['services-site', 'services-guichet'] } }]);
    // The commune's saves are not audited: they are the commune's own answers, saved as typed.
    expect(await api.database.dataSource.query(`SELECT count(*)::int AS n FROM "audit_entry" WHERE "entity_id" = $1 AND "actor_user_id" IS NULL`, [engagementId])).toEqual([{ n: 0 }]);
    // The commune sees them through its link.
    expect(await sectionOf('services')).toEqual(saved.body.section);
  });
});
