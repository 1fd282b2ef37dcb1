import { UNSTORABLE_TEXT_MESSAGE, type ProblemDetails } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

/**
 * Text PostgreSQL cannot store (NUL) or that has no UTF-8 form (a lone surrogate) is refused with a
 * 400 naming the field, wherever it comes in: body, query, path, sign-in before anything is written.
 */
describe('text the database cannot store', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let manager: Record<string, string>;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('text', startTestApi);
    database = api.database;
    manager = (await signIn(api.baseUrl, 'manager@bep.demo')).bearer;
    admin = (await signIn(api.baseUrl, 'admin@bep.demo')).bearer;
  });

  afterAll(() => api?.close());

  const fieldsOf = (problem: ProblemDetails) => (problem.errors ?? []).map((error) => `${error.path}: ${error.message}`);

  it('is refused at sign-in before the throttle records the attempt', async () => {
    const attempts = async () => Number((await database.dataSource.query<{ n: string }[]>(`SELECT count(*) AS n FROM "login_attempt"`))[0]?.n);
    const before = await attempts();
    for (const email of ['manager@bep.demo\u0000', 'manager@bep.demo\uD800']) {
      const answer = await callApi<ProblemDetails>(api.baseUrl, 'POST', '/api/auth/login', {}, { email, password: 'demo-bep-2019' });
      expect(answer.status).toBe(400);
      expect(answer.contentType).toContain('application/problem+json');
      expect(fieldsOf(answer.body)).toEqual([`email: ${UNSTORABLE_TEXT_MESSAGE}`]);
    }
    expect(await attempts()).toBe(before);
  });

  it.each([
    ['a list filter', 'GET', '/api/engagements?q=Nam%00ur', 'q'],
    ['another list filter', 'GET', '/api/pipeline?arrondissement=Dinant%00', 'arrondissement'],
    ['the audit filters', 'GET', '/api/audit?action=create%00', 'action'],
    ['a path parameter', 'GET', '/api/communes/9214%00/contacts', 'nis'],
    ['an id in a path', 'GET', '/api/contacts/%00', 'id'],
  ])('is refused in %s', async (_case, method, path, field) => {
    const answer = await callApi<ProblemDetails>(api.baseUrl, method, path, path.startsWith('/api/audit') ? admin : manager);
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual([`${field}: ${UNSTORABLE_TEXT_MESSAGE}`]);
  });

  it.each([
    ['a NUL in a name', { name: 'Radioscopie\u0000', startsOn: '2020-01-01', endsOn: '2020-12-31', deadline: '2020-12-31', prices: { diagnostic: { priceCents: 1 } } }, 'name'],
    ['a lone surrogate in a name', { name: 'Radioscopie \uDC00', startsOn: '2020-01-01', endsOn: '2020-12-31', deadline: '2020-12-31', prices: { diagnostic: { priceCents: 1 } } }, 'name'],
    ['a lone surrogate in a field no schema knows', { name: 'Radioscopie 2020', extra: { note: 'x\uD83D' } }, 'extra.note'],
  ])('is refused in a body: %s', async (_case, body, field) => {
    const answer = await callApi<ProblemDetails>(api.baseUrl, 'POST', '/api/campaigns', manager, body);
    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual([`${field}: ${UNSTORABLE_TEXT_MESSAGE}`]);
    expect(await database.dataSource.query(`SELECT 1 FROM "campaign" WHERE "name" LIKE 'Radioscopie 2020%'`)).toEqual([]);
  });

  it('takes the text it can store, emoji included', async () => {
    const [engagement] = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "engagement" LIMIT 1`);
    const answer = await callApi<{ subject: string }>(api.baseUrl, 'POST', `/api/engagements/${engagement?.id}/activities`, manager, { type: 'note', subject: 'Appel 📞 de la commune' });
    expect(answer.status).toBe(201);
    expect(answer.body.subject).toBe('Appel 📞 de la commune');
  });
});
