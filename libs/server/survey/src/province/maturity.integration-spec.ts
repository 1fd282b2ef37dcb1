import type { ProblemDetails, ProvinceMaturity } from '@bep/contracts';
import { callApi, DEMO_ACCOUNT, signIn } from '@bep/server/core/test-api';
import { parse } from 'csv-parse';
import { Workbook } from 'exceljs';
import { startSurveyApi, type SurveyApi } from '../testing/survey-api';

/** What the fixture stores for a commune: its scores by the model, its answers, how it was submitted. */
interface Fixture {
  commune: string;
  overall: number;
  dimensions: Record<string, number | null>;
  answers: Record<string, unknown>;
  via: 'link' | 'manager';
}

const DIMENSIONS = ['digital-strategy', 'digital-readiness', 'human-centric', 'data-security', 'interoperability', 'green-digital'];
const scores = (...values: (number | null)[]) => Object.fromEntries(DIMENSIONS.map((id, index) => [id, values[index] ?? null]));

/** Gembloux is led by consultant1 (the demo's consultant account); the two others are not theirs. */
const GEMBLOUX: Fixture = {
  commune: 'Gembloux',
  overall: 60,
  dimensions: scores(50, 60, 70, 80, 90, 20),
  answers: { 'freins-obstacles': ['budget', 'personnel'], 'freins-craintes': ['cyberattaque'], 'projets-themes': { mobilite: 'en-cours', securite: 'envisage' }, 'freins-remarques': '=HYPERLINK("x")' },
  via: 'link',
};
const SECOND: Fixture = {
  commune: '',
  overall: 40,
  dimensions: scores(30, 40, 50, 60, 70, 40),
  answers: { 'freins-obstacles': ['budget'], 'freins-craintes': ['cyberattaque', 'couts'], 'projets-themes': { mobilite: 'realise', 'environnement-energie': 'en-cours', 'participation-citoyenne': 'en-preparation' } },
  via: 'manager',
};
const THIRD: Fixture = {
  commune: '',
  overall: 80,
  dimensions: scores(70, 80, 90, 100, 60, null),
  answers: { 'freins-obstacles': ['budget', 'temps'], 'freins-craintes': [] },
  via: 'link',
};

const parseCsv = (text: string) =>
  new Promise<string[][]>((resolve, reject) => parse(text, { delimiter: ';', bom: true }, (error, records: string[][]) => (error ? reject(error) : resolve(records))));

/**
 * The province's maturity view and its exports, through HTTP on the demo: three communes submitted
 * and scored (stored as the submission stores them), one still answering. Exact counts, medians,
 * the consultant's scope, finance refused, bad campaign ids.
 */
describe('province maturity', () => {
  let api: SurveyApi;
  let consultant: Record<string, string>;
  let consultantId: string;
  let finance: Record<string, string>;
  const query = <T>(sql: string, params: unknown[] = []) => api.database.dataSource.query<T[]>(sql, params);
  const get = <T>(path: string, headers = api.manager) => callApi<T>(api.baseUrl, 'GET', path, headers);
  const download = async (path: string, headers = api.manager) => {
    const response = await fetch(`${api.baseUrl}${path}`, { headers });
    return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    api = await startSurveyApi('province_maturity');
    const signedIn = await signIn(api.baseUrl, DEMO_ACCOUNT.consultant);
    consultant = signedIn.bearer;
    consultantId = signedIn.login.user.consultantId ?? '';
    finance = (await signIn(api.baseUrl, DEMO_ACCOUNT.finance)).bearer;
    // Whatever the demo answered, the fixture alone stands.
    await query(`DELETE FROM "maturity_score"`);
    await query(`DELETE FROM "survey_response"`);
    const others = await query<{ name: string }>(
      `SELECT m."name" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" JOIN "commune" m ON m."nis" = e."commune_nis"
        WHERE NOT EXISTS (SELECT 1 FROM "engagement_assignment" a WHERE a."engagement_id" = e."id" AND a."consultant_id" = $1) ORDER BY m."name" LIMIT 3`,
      [consultantId],
    );
    SECOND.commune = others[0]?.name ?? '';
    THIRD.commune = others[1]?.name ?? '';
    const [version] = await query<{ questionnaire: string; model: string }>(
      `SELECT c."questionnaire_version_id" AS questionnaire, (SELECT s."id" FROM "scoring_model_version" s WHERE s."questionnaire_version_id" = c."questionnaire_version_id" ORDER BY s."version" DESC LIMIT 1) AS model
         FROM "campaign" c WHERE c."is_current"`,
    );
    const store = async (fixture: Fixture, submittedAt: string | null) => {
      const engagement = await api.engagementOf(fixture.commune);
      await query(`INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at", "submitted_at", "submitted_via", "submitted_by") VALUES ($1, $2, $3, $4, $5, $6)`, [
        engagement.id,
        version?.questionnaire,
        '2026-03-01T09:00:00Z',
        submittedAt,
        submittedAt ? fixture.via : null,
        submittedAt && fixture.via === 'manager' ? api.managerId : null,
      ]);
      await query(`INSERT INTO "survey_section_answers" ("engagement_id", "section_id", "answers", "revision", "updated_at") VALUES ($1, 'freins', $2::jsonb, 1, $3)`, [
        engagement.id,
        JSON.stringify(fixture.answers),
        '2026-03-01T09:00:00Z',
      ]);
      if (submittedAt) {
        await query(`INSERT INTO "maturity_score" ("engagement_id", "scoring_model_version_id", "dimensions", "overall", "computed_at") VALUES ($1, $2, $3::jsonb, $4, $5)`, [
          engagement.id,
          version?.model,
          JSON.stringify(fixture.dimensions),
          fixture.overall,
          submittedAt,
        ]);
      }
    };
    await store(GEMBLOUX, '2026-03-02T13:05:00Z');
    await store(SECOND, '2026-03-03T08:00:00Z');
    await store(THIRD, '2026-03-04T08:00:00Z');
    await store({ ...THIRD, commune: others[2]?.name ?? '' }, null);
  });

  afterAll(async () => {
    await api?.close();
  });

  it("gives a manager every answering commune's scores, the province's medians and what the communes cite, the most cited first", async () => {
    const { status, body } = await get<ProvinceMaturity>('/api/maturity');
    expect(status).toBe(200);
    const [engaged] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"`);
    expect(body.communes).toEqual({ engaged: engaged?.n, answered: 3 });
    expect(body.model?.dimensions.map((dimension) => dimension.id)).toEqual(DIMENSIONS);
    expect(body.rows.map((row) => row.name)).toEqual([GEMBLOUX, SECOND, THIRD].map((fixture) => fixture.commune).sort((a, b) => a.localeCompare(b, 'fr')));
    expect(body.rows.find((row) => row.name === 'Gembloux')).toMatchObject({ overall: 60, dimensions: GEMBLOUX.dimensions, submittedAt: '2026-03-02T13:05:00.000Z' });
    // 40, 60, 80; a dimension a commune has no score for leaves it out: (20 + 40) / 2.
    expect(body.median).toEqual({ overall: 60, dimensions: { ...scores(50, 60, 70, 80, 70, 30) } });
    expect(body.obstacles.slice(0, 4)).toEqual([
      { id: 'budget', label: 'Le manque de moyens financiers', count: 3, share: 1 },
      { id: 'personnel', label: 'Le manque de personnel', count: 1, share: 1 / 3 },
      { id: 'temps', label: "Le manque de temps face à d'autres priorités", count: 1, share: 1 / 3 },
      expect.objectContaining({ id: 'competences', count: 0 }),
    ]);
    expect(body.fears.slice(0, 2).map(({ id, count }) => [id, count])).toEqual([
      ['cyberattaque', 2],
      ['couts', 1],
    ]);
    // A theme only envisaged or in preparation is no project yet.
    expect(body.themes.slice(0, 3).map(({ id, count }) => [id, count])).toEqual([
      ['mobilite', 2],
      ['environnement-energie', 1],
      ['mobilite-partagee', 0],
    ]);
  });

  it("gives a consultant the communes of their team only, beside the whole province's medians; finance reads none (403)", async () => {
    const { status, body } = await get<ProvinceMaturity>('/api/maturity', consultant);
    expect(status).toBe(200);
    const [team] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"
        WHERE EXISTS (SELECT 1 FROM "engagement_assignment" a WHERE a."engagement_id" = e."id" AND a."consultant_id" = $1)`,
      [consultantId],
    );
    expect(body.communes).toEqual({ engaged: team?.n, answered: 1 });
    expect(body.rows.map((row) => row.name)).toEqual(['Gembloux']);
    expect(body.median.overall).toBe(60);
    expect(body.obstacles.slice(0, 2).map(({ id, count, share }) => [id, count, share])).toEqual([
      ['budget', 1, 1],
      ['personnel', 1, 1],
    ]);
    expect((await download('/api/maturity/export.csv', consultant)).bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(2);
    for (const path of ['/api/maturity', '/api/maturity/export.csv', '/api/maturity/export.xlsx']) {
      expect((await get<ProblemDetails>(path, finance)).status).toBe(403);
    }
  });

  it('pages and sorts the rows on the server, the communes without the score last, and refuses a sort it does not know', async () => {
    const page = async (query: string) => (await get<ProvinceMaturity>(`/api/maturity?${query}`)).body.rows.map((row) => row.name);
    expect(await page('sort=overall&order=desc')).toEqual([THIRD, GEMBLOUX, SECOND].map((fixture) => fixture.commune));
    expect(await page('sort=overall&order=asc&limit=2')).toEqual([SECOND, GEMBLOUX].map((fixture) => fixture.commune));
    expect(await page('sort=overall&order=asc&limit=2&offset=2')).toEqual([THIRD.commune]);
    // THIRD has no green-digital score: last in either order.
    expect(await page('sort=green-digital&order=desc')).toEqual([SECOND, GEMBLOUX, THIRD].map((fixture) => fixture.commune));
    expect(await page('sort=green-digital&order=asc')).toEqual([GEMBLOUX, SECOND, THIRD].map((fixture) => fixture.commune));
    const unknown = await get<ProblemDetails>('/api/maturity?sort=charisma');
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toContain('digital-strategy');
    expect((await get<ProblemDetails>('/api/maturity?limit=0')).status).toBe(400);
    // The counts and medians stay the whole campaign's whatever the page.
    expect((await get<ProvinceMaturity>('/api/maturity?limit=1')).body.communes.answered).toBe(3);
  });

  it('shows a questionnaire scored since the last read at once', async () => {
    const before = (await get<ProvinceMaturity>('/api/maturity')).body;
    const [other] = await query<{ id: string; model: string }>(
      `SELECT e."id", (SELECT s."id" FROM "scoring_model_version" s WHERE s."questionnaire_version_id" = c."questionnaire_version_id" ORDER BY s."version" DESC LIMIT 1) AS model
         FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"
        WHERE NOT EXISTS (SELECT 1 FROM "survey_response" r WHERE r."engagement_id" = e."id") ORDER BY e."commune_nis" LIMIT 1`,
    );
    await query(
      `INSERT INTO "survey_response" ("engagement_id", "questionnaire_version_id", "started_at", "submitted_at", "submitted_via") SELECT $1, c."questionnaire_version_id", $2, $2, 'link' FROM "campaign" c WHERE c."is_current"`,
      [other?.id, '2026-03-05T08:00:00Z'],
    );
    await query(`INSERT INTO "maturity_score" ("engagement_id", "scoring_model_version_id", "dimensions", "overall", "computed_at") VALUES ($1, $2, $3::jsonb, 10, $4)`, [
      other?.id,
      other?.model,
      JSON.stringify(scores(10, 10, 10, 10, 10, 10)),
      '2026-03-05T08:00:00Z',
    ]);
    try {
      const after = (await get<ProvinceMaturity>('/api/maturity')).body;
      expect(after.communes.answered).toBe(before.communes.answered + 1);
      expect(after.median.overall).toBe(50);
    } finally {
      await query(`DELETE FROM "maturity_score" WHERE "engagement_id" = $1`, [other?.id]);
      await query(`DELETE FROM "survey_response" WHERE "engagement_id" = $1`, [other?.id]);
    }
    expect((await get<ProvinceMaturity>('/api/maturity')).body.communes.answered).toBe(before.communes.answered);
  });

  it('answers a campaign id that is no id with a 400 and an unknown campaign with a 404, as problem details', async () => {
    const bad = await get<ProblemDetails>('/api/maturity?campaignId=abc');
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect((await get<ProblemDetails>('/api/maturity/export.csv?campaignId=abc')).status).toBe(400);
    const unknown = await get<ProblemDetails>('/api/maturity?campaignId=00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
    expect((await get<ProblemDetails>('/api/maturity/export.xlsx?campaignId=00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('exports a CSV for a French-speaking spreadsheet: the scores, then a 0/1 column per option of a multiple choice, a column per matrix row', async () => {
    const file = await download('/api/maturity/export.csv');
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toBe('attachment; filename="maturite-radioscopie-numerique-2026-2026-03-17.csv"');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header = [], ...rows] = await parseCsv(file.bytes.toString('utf8'));
    expect(header.slice(0, 6)).toEqual(['Code INS', 'Commune', 'Soumis le', 'Soumis par', 'Indice global', 'Stratégie et investissements numériques']);
    expect(rows).toHaveLength(3);
    const cell = (commune: string, column: string) => rows.find((row) => row[1] === commune)?.[header.indexOf(column)];
    expect(header.indexOf('freins-obstacles — Le manque de moyens financiers')).toBeGreaterThan(10);
    expect(cell('Gembloux', 'Soumis le')).toBe('02/03/2026 14:05');
    expect(cell('Gembloux', 'Soumis par')).toBe('la commune (lien)');
    expect(cell(SECOND.commune, 'Soumis par')).toBe('BEP (réponses sur papier)');
    expect(cell('Gembloux', 'Indice global')).toBe('60');
    expect(cell('Gembloux', 'freins-obstacles — Le manque de personnel')).toBe('1');
    expect(cell('Gembloux', 'freins-obstacles — Le manque de compétences en interne')).toBe('0');
    // A multiple choice left open is no 0: an average leaves it out.
    expect(cell(THIRD.commune, 'freins-craintes — Des coûts qui dérapent')).toBe('');
    expect(cell('Gembloux', 'projets-themes — Mobilité (stationnement, circulation, transports en commun)')).toBe('En cours');
    // Text typed by a commune never runs as a formula.
    expect(cell('Gembloux', header.find((column) => column.startsWith('freins-remarques')) ?? '')).toBe(`'=HYPERLINK("x")`);
  });

  it('exports a workbook with the scores, the answers and the questions, a sheet each, numbers as numbers', async () => {
    const file = await download('/api/maturity/export.xlsx');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Scores', 'Réponses', 'Questions']);
    const scoresSheet = workbook.getWorksheet('Scores');
    const gembloux = scoresSheet?.getRows(2, 3)?.find((row) => row.getCell(2).value === 'Gembloux');
    expect(gembloux?.getCell(3).value).toEqual(new Date('2026-03-02T14:05:00Z'));
    expect(gembloux?.getCell(5).value).toBe(60);
    const answers = workbook.getWorksheet('Réponses');
    const headers = answers?.getRow(1).values as unknown[];
    const obstacle = headers.indexOf('freins-obstacles — Le manque de moyens financiers');
    expect(answers?.getRows(2, 3)?.map((row) => row.getCell(obstacle).value)).toEqual([1, 1, 1]);
    const questions = workbook.getWorksheet('Questions');
    expect(questions?.getRow(1).values).toEqual([undefined, 'Identifiant', 'Section', 'Type', 'Question', 'Options']);
    expect(questions?.rowCount).toBe(55);
  });
});
