import { PASSWORD_CHANGE_REQUIRED_TYPE, type CreateUserResponse, type ProblemDetails } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { testRuntimeConfig } from '@bep/server/core/testing';
import { createApp } from '../app/create-app';
import { listen } from '../app/listen';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { startTestApi } from './test-api';

describe('security details', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('security', startTestApi);
    database = api.database;
    admin = (await signIn(api.baseUrl, 'admin@bep.demo')).bearer;
  });

  afterAll(() => api?.close());

  async function accountWithTemporaryPassword(email: string, roles: string[]): Promise<string> {
    const created = await callApi<CreateUserResponse>(api.baseUrl, 'POST', '/api/users', admin, { email, name: 'Compte provisoire', roles });
    expect(created.status).toBe(201);
    return created.body.temporaryPassword;
  }

  describe('an account that must replace its temporary password', () => {
    it('may only read me, change its password and sign out until it does', async () => {
      const temporaryPassword = await accountWithTemporaryPassword('provisoire@bep.be', ['admin']);
      const session = await signIn(api.baseUrl, 'provisoire@bep.be', temporaryPassword);
      expect(session.login.user.mustChangePassword).toBe(true);

      for (const [method, path] of [
        ['GET', '/api/communes'],
        ['GET', '/api/users'],
        ['GET', '/api/audit'],
        ['POST', '/api/users'],
      ] as const) {
        const refused = await callApi<ProblemDetails>(api.baseUrl, method, path, session.bearer, method === 'POST' ? { email: 'x@bep.be', name: 'X', roles: ['finance'] } : undefined);
        expect(`${method} ${path}: ${refused.status} ${refused.body.type}`).toBe(`${method} ${path}: 403 ${PASSWORD_CHANGE_REQUIRED_TYPE}`);
        expect(refused.contentType).toContain('application/problem+json');
        expect(refused.body.detail).toContain('/api/auth/password');
      }
      // Browsers sign in with the cookie: the same rule, whatever the way in.
      expect((await callApi(api.baseUrl, 'GET', '/api/communes', session.browser)).status).toBe(403);

      const me = await callApi<{ user: { mustChangePassword: boolean } }>(api.baseUrl, 'GET', '/api/auth/me', session.bearer);
      expect(me.status).toBe(200);
      expect(me.body.user.mustChangePassword).toBe(true);

      const changed = await callApi(api.baseUrl, 'POST', '/api/auth/password', session.bearer, { currentPassword: temporaryPassword, newPassword: 'Une phrase de passe assez longue' });
      expect(changed.status).toBe(204);
      expect((await callApi(api.baseUrl, 'GET', '/api/communes', session.bearer)).status).toBe(200);
      expect((await callApi(api.baseUrl, 'GET', '/api/users', session.bearer)).status).toBe(200);
    });

    it('may sign out before changing it', async () => {
      const temporaryPassword = await accountWithTemporaryPassword('provisoire2@bep.be', ['finance']);
      const session = await signIn(api.baseUrl, 'provisoire2@bep.be', temporaryPassword);
      expect((await callApi(api.baseUrl, 'POST', '/api/auth/logout', session.bearer)).status).toBe(204);
      expect((await callApi(api.baseUrl, 'GET', '/api/auth/me', session.bearer)).status).toBe(401);
    });
  });

  it('sends Cache-Control: no-store with tokens and personal data', async () => {
    const login = await fetch(`${api.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'manager@bep.demo', password: 'demo-bep-2019' }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('cache-control')).toBe('no-store');
    const manager = (await signIn(api.baseUrl, 'manager@bep.demo')).bearer;
    const me = await fetch(`${api.baseUrl}/api/auth/me`, { headers: manager });
    expect(me.headers.get('cache-control')).toBe('no-store');

    const [contact] = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "contact" ORDER BY "id" LIMIT 1`);
    const exported = await fetch(`${api.baseUrl}/api/contacts/${contact?.id}/export`, { headers: manager });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('cache-control')).toBe('no-store');
    // Errors too: a refusal may name the account or the record.
    expect((await fetch(`${api.baseUrl}/api/auth/me`)).headers.get('cache-control')).toBe('no-store');
  });

  it('forbids framing in both headers browsers read, in agreement', async () => {
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  describe('the address the API listens on', () => {
    it.each([
      ['this machine only when HOST is not set', undefined, '127.0.0.1'],
      ['the address HOST names', '0.0.0.0', '0.0.0.0'],
    ])('is %s', async (_case, host, expected) => {
      // The configuration as read from an environment without HOST, or with it.
      const defaults = testRuntimeConfig(database.url);
      const config = host ? { ...defaults, host } : defaults;
      const app = await createApp(config, { logger: false });
      try {
        const address = await listen(app, { ...config, port: 0 });
        expect(address.address).toBe(expected);
      } finally {
        await app.close();
      }
    });
  });
});
