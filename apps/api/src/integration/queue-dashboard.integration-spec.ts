import { CSRF_HEADER } from '@bep/contracts';
import { DEMO_ACCOUNT, signIn, startDemoApi, type DemoApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

/** The queue dashboard at /admin/queues: administrators only, through the API's own session and CSRF rules. */
describe('the queue dashboard', () => {
  let api: DemoApi;

  beforeAll(async () => {
    api = await startDemoApi('queue_dashboard', startTestApi);
  });

  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${path}`, { headers });

  it('refuses anyone not signed in (401) and any role but admin (403), as problem details', async () => {
    const anonymous = await get('/admin/queues');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ status: 401, detail: 'Sign in first.' });

    for (const role of ['manager', 'consultant', 'finance'] as const) {
      const { browser } = await signIn(api.baseUrl, DEMO_ACCOUNT[role]);
      expect((await get('/admin/queues/api/queues', browser)).status).toBe(403);
    }
  });

  it('shows an administrator the board and every queue of the system', async () => {
    const { browser } = await signIn(api.baseUrl, DEMO_ACCOUNT.admin);
    const page = await get('/admin/queues', browser);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const queues = await get('/admin/queues/api/queues', browser);
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual(['billing', 'exports', 'reminders', 'system']);
  });

  it('asks a browser session for the CSRF token before any change', async () => {
    const { browser } = await signIn(api.baseUrl, DEMO_ACCOUNT.admin);
    const withoutToken = await fetch(`${api.baseUrl}/admin/queues/api/queues/pause`, { method: 'PUT', headers: { cookie: browser['cookie'] ?? '' } });
    expect(withoutToken.status).toBe(403);
    const withToken = await fetch(`${api.baseUrl}/admin/queues/api/queues/resume`, { method: 'PUT', headers: browser });
    expect(withToken.status).toBe(200);
    expect(browser[CSRF_HEADER]).toBeDefined();
  });
});
