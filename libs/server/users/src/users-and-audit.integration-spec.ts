import type { AuditPage, CreateUserResponse, User, UserList } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { UsersModule } from './users.module';

describe('user administration and the audit log', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('users', [UsersModule]);
    database = api.database;
    admin = (await signIn(api.baseUrl, 'admin@bep.demo')).browser;
  });

  afterAll(() => api?.close());

  const call = (method: string, path: string, body?: unknown, headers = admin) =>
    fetch(`${api.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

  it('creates an account with a temporary password that must be changed at first sign-in, and audits it', async () => {
    const response = await call('POST', '/api/users', { email: 'Compta@BEP.be', name: 'Service comptable', roles: ['finance'] });
    expect(response.status).toBe(201);
    const { user, temporaryPassword } = (await response.json()) as CreateUserResponse;
    expect(user).toMatchObject({ email: 'compta@bep.be', roles: ['finance'], active: true, mustChangePassword: true, consultantId: null });

    const login = await signIn(api.baseUrl, 'compta@bep.be', temporaryPassword);
    expect(login.login.user.mustChangePassword).toBe(true);

    const [entry] = await database.dataSource.query<{ action: string; after: { email: string }; actor_user_id: string }[]>(
      `SELECT "action", "after", "actor_user_id" FROM "audit_entry" WHERE "entity_type" = 'user' AND "entity_id" = $1`,
      [user.id],
    );
    expect(entry).toMatchObject({ action: 'create', after: { email: 'compta@bep.be' } });
    expect(entry?.actor_user_id).toBeTruthy();
    const hash = await database.dataSource.query<{ password_hash: string }[]>(`SELECT "password_hash" FROM "app_user" WHERE "id" = $1`, [user.id]);
    expect(hash[0]?.password_hash).toMatch(/^\$argon2id\$/);
  });

  it.each([
    [{ email: 'not-an-email', name: 'X', roles: ['finance'] }, 400, 'email'],
    [{ email: 'x@bep.be', name: 'X', roles: [] }, 400, 'roles'],
    [{ email: 'x@bep.be', name: 'X', roles: ['owner'] }, 400, 'roles.0'],
    [{ email: 'x@bep.be', name: 'X', roles: ['finance'], consultantId: '3f1c1e1e-0000-4000-8000-000000000000' }, 400, 'consultantId'],
  ])('refuses %p with %i naming %s', async (body, status, path) => {
    const response = await call('POST', '/api/users', body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
  });

  it('refuses a second account with the same e-mail in another case (409)', async () => {
    const response = await call('POST', '/api/users', { email: 'MANAGER@bep.demo', name: 'Twin', roles: ['manager'] });
    expect(response.status).toBe(409);
  });

  it('deactivating a user ends their sessions at once', async () => {
    const finance = await signIn(api.baseUrl, 'finance@bep.demo');
    expect((await call('GET', '/api/auth/me', undefined, finance.bearer)).status).toBe(200);
    const response = await call('PATCH', `/api/users/${finance.login.user.id}`, { active: false });
    expect(response.status).toBe(200);
    expect(((await response.json()) as User).active).toBe(false);
    expect((await call('GET', '/api/auth/me', undefined, finance.bearer)).status).toBe(401);
    expect((await fetch(`${api.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'finance@bep.demo', password: 'demo-bep-2019' }) })).status).toBe(401);
    await call('PATCH', `/api/users/${finance.login.user.id}`, { active: true });
  });

  describe('correcting an e-mail', () => {
    it('changes it, lower-cased, and audits it before and after; the account signs in with it', async () => {
      const created = (await (await call('POST', '/api/users', { email: 'typo@bep.bee', name: 'Paul Coquille', roles: ['manager'] })).json()) as CreateUserResponse;
      const response = await call('PATCH', `/api/users/${created.user.id}`, { email: 'Paul.Coquille@BEP.be' });
      expect(response.status).toBe(200);
      expect(((await response.json()) as User).email).toBe('paul.coquille@bep.be');
      expect((await signIn(api.baseUrl, 'paul.coquille@bep.be', created.temporaryPassword)).login.user.id).toBe(created.user.id);
      const [entry] = await database.dataSource.query<{ before: User; after: User }[]>(
        `SELECT "before", "after" FROM "audit_entry" WHERE "entity_type" = 'user' AND "entity_id" = $1 AND "action" = 'update'`,
        [created.user.id],
      );
      expect([entry?.before.email, entry?.after.email]).toEqual(['typo@bep.bee', 'paul.coquille@bep.be']);
    });

    it("refuses another account's e-mail regardless of case (409 naming email), and accepts the account's own in another case", async () => {
      const manager = (await signIn(api.baseUrl, 'manager@bep.demo')).login.user;
      const taken = await call('PATCH', `/api/users/${manager.id}`, { email: 'FINANCE@bep.demo' });
      expect(taken.status).toBe(409);
      const problem = (await taken.json()) as { detail: string; errors: { path: string }[] };
      expect(problem.errors.map((e) => e.path)).toEqual(['email']);
      expect((await call('PATCH', `/api/users/${manager.id}`, { email: 'Manager@BEP.demo' })).status).toBe(200);
      expect((await call('PATCH', `/api/users/${manager.id}`, { email: 'not an e-mail' })).status).toBe(400);
    });
  });

  describe('the link between a consultant account and its consultant record', () => {
    const consultantNamed = async (name: string) =>
      (await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "consultant" WHERE "full_name" = $1`, [name]))[0]?.id ?? '';
    const errorPaths = async (response: Response) => ((await response.json()) as { errors?: { path: string }[] }).errors?.map((e) => e.path);

    it('refuses a consultant account without its consultant (400 naming consultantId)', async () => {
      const response = await call('POST', '/api/users', { email: 'seul@ocalia.be', name: 'Sans fiche', roles: ['consultant'] });
      expect(response.status).toBe(400);
      expect(await errorPaths(response)).toEqual(['consultantId']);
    });

    it('creates one linked to its consultant, and refuses to unlink it or to give the role without a link (422 naming consultantId)', async () => {
      const consultantId = await consultantNamed('Sarah Martin');
      const created = await call('POST', '/api/users', { email: 'sarah.martin@ocalia.be', name: 'Sarah Martin', roles: ['consultant'], consultantId });
      expect(created.status).toBe(201);
      const { user } = (await created.json()) as CreateUserResponse;
      expect(user.consultantId).toBe(consultantId);

      const unlinked = await call('PATCH', `/api/users/${user.id}`, { consultantId: null });
      expect(unlinked.status).toBe(422);
      expect(await errorPaths(unlinked)).toEqual(['consultantId']);

      const manager = (await signIn(api.baseUrl, 'manager@bep.demo')).login.user;
      const roleOnly = await call('PATCH', `/api/users/${manager.id}`, { roles: ['manager', 'consultant'] });
      expect(roleOnly.status).toBe(422);
      expect(await errorPaths(roleOnly)).toEqual(['consultantId']);
      const linked = await call('PATCH', `/api/users/${manager.id}`, { roles: ['manager', 'consultant'], consultantId: await consultantNamed('Thomas Renard') });
      expect(linked.status).toBe(200);
      // Taking the role away takes the link with it, or is refused.
      expect((await call('PATCH', `/api/users/${manager.id}`, { roles: ['manager'] })).status).toBe(422);
      expect((await call('PATCH', `/api/users/${manager.id}`, { roles: ['manager'], consultantId: null })).status).toBe(200);
    });

    it('leaves every demo consultant account linked to its consultant', async () => {
      const unlinked = await database.dataSource.query(`SELECT "email" FROM "app_user" WHERE 'consultant' = ANY("roles") AND "consultant_id" IS NULL`);
      expect(unlinked).toEqual([]);
    });

    it('still deactivates, or corrects the e-mail of, a consultant account made before the rule, left unlinked', async () => {
      const [legacy] = await database.dataSource.query<{ id: string }[]>(
        `INSERT INTO "app_user" ("email", "full_name", "password_hash", "roles") VALUES ('ancien@ocalia.be', 'Ancien compte', 'x', '{consultant}') RETURNING "id"`,
      );
      const corrected = await call('PATCH', `/api/users/${legacy?.id}`, { email: 'ancien.compte@ocalia.be' });
      expect(corrected.status).toBe(200);
      const deactivated = await call('PATCH', `/api/users/${legacy?.id}`, { active: false });
      expect(deactivated.status).toBe(200);
      expect(((await deactivated.json()) as User).active).toBe(false);
      // Touching the roles still asks for the link.
      expect((await call('PATCH', `/api/users/${legacy?.id}`, { roles: ['consultant'] })).status).toBe(422);
      await database.dataSource.query(`DELETE FROM "app_user" WHERE "id" = $1`, [legacy?.id]);
    });
  });

  it('keeps an administrator from locking themselves out (422)', async () => {
    const me = (await signIn(api.baseUrl, 'admin@bep.demo')).login.user;
    expect((await call('PATCH', `/api/users/${me.id}`, { active: false })).status).toBe(422);
    expect((await call('PATCH', `/api/users/${me.id}`, { roles: ['manager'] })).status).toBe(422);
  });

  it('lists the accounts without their password hashes', async () => {
    const list = (await (await call('GET', '/api/users')).json()) as UserList;
    expect(list.items.map((u) => u.email)).toEqual(expect.arrayContaining(['manager@bep.demo', 'consultant5@bep.demo']));
    expect(JSON.stringify(list)).not.toContain('argon2');
  });

  it('filters the accounts by text, role and activity, and paginates', async () => {
    const list = async (query: string) => (await (await call('GET', `/api/users?${query}`)).json()) as UserList;
    expect((await list('role=consultant')).items.map((u) => u.email).filter((email) => email.endsWith('@bep.demo'))).toHaveLength(5);
    expect((await list('q=FINANCE@')).items.map((u) => u.email)).toEqual(['finance@bep.demo']);
    expect((await list('active=true&limit=2')).items).toHaveLength(2);
    const all = await list('limit=500');
    expect(all.total).toBe(all.items.length);
    expect((await call('GET', '/api/users?role=boss')).status).toBe(400);
  });

  it('writes the change and its audit entry together or not at all', async () => {
    // Make the audit insert fail after the user row was written in the same transaction.
    await database.dataSource.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "test_refuse_user_entries" CHECK ("entity_type" <> 'user') NOT VALID`);
    try {
      const response = await call('POST', '/api/users', { email: 'halfway@bep.be', name: 'Halfway', roles: ['manager'] });
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toMatch(/test_refuse|INSERT|audit_entry/);
    } finally {
      await database.dataSource.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "test_refuse_user_entries"`);
    }
    const rows = await database.dataSource.query(`SELECT 1 FROM "app_user" WHERE "email" = 'halfway@bep.be'`);
    expect(rows).toHaveLength(0);
  });

  it('keeps the audit log append-only', async () => {
    await expect(database.dataSource.query(`UPDATE "audit_entry" SET "action" = 'tampered'`)).rejects.toThrow('append-only');
    await expect(database.dataSource.query(`DELETE FROM "audit_entry"`)).rejects.toThrow('append-only');
    await expect(database.dataSource.query(`TRUNCATE "audit_entry"`)).rejects.toThrow('append-only');
  });

  it('lets administrators browse and filter the audit log, newest first', async () => {
    const page = (await (await call('GET', '/api/audit?entityType=user&action=create&limit=10')).json()) as AuditPage;
    expect(page.total).toBeGreaterThanOrEqual(1);
    expect(page.items.every((e) => e.entityType === 'user' && e.action === 'create')).toBe(true);
    expect(page.items[0]?.actor?.name).toBe('Alice Administratrice');
    const logins = (await (await call('GET', '/api/audit?action=login&limit=2')).json()) as AuditPage;
    expect(logins.items).toHaveLength(2);
    expect(logins.total).toBeGreaterThan(2);
    expect(Date.parse(logins.items[0]?.occurredAt ?? '')).toBeGreaterThanOrEqual(Date.parse(logins.items[1]?.occurredAt ?? ''));
    expect((await call('GET', '/api/audit?limit=1000')).status).toBe(400);
    expect((await call('GET', '/api/audit?from=yesterday')).status).toBe(400);
  });
});
