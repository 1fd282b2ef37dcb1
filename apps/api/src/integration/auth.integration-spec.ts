import type { CurrentUserResponse, LoginResponse } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

describe('sign-in and sessions', () => {
  let database: MigratedDatabase;
  let api: DemoApi;

  beforeAll(async () => {
    api = await startDemoApi('auth', startTestApi);
    database = api.database;
  });

  afterAll(() => api?.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const me = (headers: Record<string, string>) => fetch(`${api.baseUrl}/api/auth/me`, { headers });

  it('signs a demo account in: the user, a bearer token and an httpOnly, SameSite session cookie', async () => {
    const response = await post('/api/auth/login', { email: 'Manager@BEP.demo', password: 'demo-bep-2019' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as LoginResponse;
    expect(body.user).toEqual({ id: expect.any(String), email: 'manager@bep.demo', name: 'Marie Gestionnaire', roles: ['manager'], consultantId: null, mustChangePassword: false });
    expect(body.accessToken).toMatch(/^[\w-]{43}$/);
    const cookies = response.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('bep_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('bep_session='))).toMatch(/SameSite=Strict/i);
    expect(cookies.find((c) => c.startsWith('bep_csrf='))).not.toMatch(/HttpOnly/i);
    expect(((await (await me({ authorization: `Bearer ${body.accessToken}` })).json()) as CurrentUserResponse).user.email).toBe('manager@bep.demo');
  });

  it('links a consultant account to its consultant record', async () => {
    const { login } = await signIn(api.baseUrl, 'consultant1@bep.demo');
    const [consultant] = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "consultant" WHERE "email" = 'consultant1@ocalia.demo'`);
    expect(login.user).toMatchObject({ roles: ['consultant'], consultantId: consultant?.id });
  });

  it('answers a wrong password and an unknown e-mail alike, with 401', async () => {
    const wrongPassword = await post('/api/auth/login', { email: 'finance@bep.demo', password: 'nope' });
    const unknownEmail = await post('/api/auth/login', { email: 'nobody@bep.demo', password: 'nope' });
    expect([wrongPassword.status, unknownEmail.status]).toEqual([401, 401]);
    const [a, b] = [(await wrongPassword.json()) as { detail: string }, (await unknownEmail.json()) as { detail: string }];
    expect(a.detail).toBe('Invalid e-mail or password.');
    expect(b.detail).toBe(a.detail);
  });

  it('refuses malformed sign-in input with 400 problem details', async () => {
    const response = await post('/api/auth/login', { email: '', password: 42 });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['email', 'password']);
  });

  it('throttles an account after repeated failures (429 with Retry-After), even with the right password, and logs the attempts', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await post('/api/auth/login', { email: 'consultant5@bep.demo', password: `wrong-${attempt}` })).status).toBe(401);
    }
    const throttled = await post('/api/auth/login', { email: 'consultant5@bep.demo', password: 'demo-bep-2019' });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    const [row] = await database.dataSource.query<{ failures: string }[]>(
      `SELECT count(*) AS failures FROM "login_attempt" WHERE "email" = 'consultant5@bep.demo' AND NOT "succeeded"`,
    );
    expect(row?.failures).toBe('5');
  });

  it('throttles an address that tries many accounts', async () => {
    await database.dataSource.query(
      `INSERT INTO "login_attempt" ("email", "ip", "succeeded") SELECT 'guess' || n || '@bep.demo', '127.0.0.1', false FROM generate_series(1, 20) n`,
    );
    const response = await post('/api/auth/login', { email: 'admin@bep.demo', password: 'demo-bep-2019' });
    await database.dataSource.query(`DELETE FROM "login_attempt" WHERE "email" LIKE 'guess%'`);
    expect(response.status).toBe(429);
  });

  it('needs the CSRF token for cookie-authenticated changes, not for bearer ones', async () => {
    const browser = (await signIn(api.baseUrl, 'finance@bep.demo')).browser;
    const withoutToken = await post('/api/auth/logout', {}, { cookie: browser['cookie'] ?? '' });
    expect(withoutToken.status).toBe(403);
    expect(((await withoutToken.json()) as { detail: string }).detail).toContain('CSRF');
    const wrongToken = await post('/api/auth/logout', {}, { ...browser, 'x-csrf-token': 'forged' });
    expect(wrongToken.status).toBe(403);
    expect((await me(browser)).status).toBe(200);
    expect((await post('/api/auth/logout', {}, browser)).status).toBe(204);

    const bearer = (await signIn(api.baseUrl, 'finance@bep.demo')).bearer;
    expect((await post('/api/auth/logout', {}, bearer)).status).toBe(204);
  });

  it('revokes the session at logout: the same token is refused at once', async () => {
    const { bearer } = await signIn(api.baseUrl, 'admin@bep.demo');
    expect((await me(bearer)).status).toBe(200);
    expect((await post('/api/auth/logout', {}, bearer)).status).toBe(204);
    expect((await me(bearer)).status).toBe(401);
  });

  it('ends expired sessions', async () => {
    const { bearer, login } = await signIn(api.baseUrl, 'manager@bep.demo');
    await database.dataSource.query(`UPDATE "session" SET "expires_at" = now() - interval '1 second' WHERE "user_id" = $1`, [login.user.id]);
    const response = await me(bearer);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { detail: string }).detail).toContain('expired');
  });

  it('records sign-in and sign-out in the audit log with the request id', async () => {
    const { bearer, login } = await signIn(api.baseUrl, 'consultant2@bep.demo');
    await post('/api/auth/logout', {}, { ...bearer, 'x-request-id': 'trace-logout-42' });
    const entries = await database.dataSource.query<{ action: string; actor_user_id: string; request_id: string }[]>(
      `SELECT "action", "actor_user_id", "request_id" FROM "audit_entry" WHERE "actor_user_id" = $1 ORDER BY "id"`,
      [login.user.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['login', 'logout']);
    expect(entries[1]?.request_id).toBe('trace-logout-42');
  });

  it('changes a password: the old one stops working, other sessions end, the current one goes on', async () => {
    const first = await signIn(api.baseUrl, 'consultant3@bep.demo');
    const second = await signIn(api.baseUrl, 'consultant3@bep.demo');
    const tooShort = await post('/api/auth/password', { currentPassword: 'demo-bep-2019', newPassword: 'short' }, first.bearer);
    expect(tooShort.status).toBe(400);
    const wrongCurrent = await post('/api/auth/password', { currentPassword: 'wrong', newPassword: 'a much longer password' }, first.bearer);
    expect(wrongCurrent.status).toBe(401);
    expect((await post('/api/auth/password', { currentPassword: 'demo-bep-2019', newPassword: 'a much longer password' }, first.bearer)).status).toBe(204);
    expect((await me(first.bearer)).status).toBe(200);
    expect((await me(second.bearer)).status).toBe(401);
    expect((await post('/api/auth/login', { email: 'consultant3@bep.demo', password: 'demo-bep-2019' })).status).toBe(401);
    await expect(signIn(api.baseUrl, 'consultant3@bep.demo', 'a much longer password')).resolves.toBeDefined();
  });
});
