import type { AuditEntry, AuditPage } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { randomUUID } from 'node:crypto';
import { UsersModule } from './users.module';

/**
 * The audit log names each entry's commune and record, and filters by commune. The entries are
 * written here as the services write them (same kinds, same before/after), on the demo's records.
 */
describe('the audit log in words: commune and record of each entry', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let admin: Record<string, string>;
  const ids: Record<string, string> = {};

  const audit = (entityType: string, entityId: string, action: string, before: object | null, after: object | null) =>
    database.dataSource.query(
      `INSERT INTO "audit_entry" ("occurred_at", "action", "entity_type", "entity_id", "before", "after") VALUES (now(), $1, $2, $3, $4, $5)`,
      [action, entityType, entityId, before, after],
    );
  const engagementOf = async (commune: string) =>
    (await database.dataSource.query<{ id: string }[]>(`SELECT e."id" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis" WHERE c."name" = $1`, [commune]))[0]?.id ?? '';
  const page = async (query: string) => {
    const answer = await callApi<AuditPage>(api.baseUrl, 'GET', `/api/audit?${query}`, admin);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const entry = (list: AuditPage, entityId: string) => list.items.find((item) => item.entityId === entityId) as AuditEntry;

  beforeAll(async () => {
    api = await startDemoApi('audit-subjects', [UsersModule]);
    database = api.database;
    admin = (await signIn(api.baseUrl, 'admin@bep.demo')).bearer;
    ids['gembloux'] = await engagementOf('Gembloux');
    ids['ciney'] = await engagementOf('Ciney');
    const [marie, erased] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "contact" ("commune_nis", "full_name", "function", "erased_at") VALUES ('92142', 'Marie Dupont', 'Agent', NULL), ('92142', 'Contact effacé', 'Agent', now()) RETURNING "id"`,
    );
    ids['marie'] = marie?.id ?? '';
    ids['erased'] = erased?.id ?? '';
    const [activity] = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "activity" WHERE "engagement_id" = $1 LIMIT 1`, [ids['gembloux']]);
    ids['activity'] = activity?.id ?? '';
    ids['deletedActivity'] = randomUUID();
    const finance = (await signIn(api.baseUrl, 'finance@bep.demo')).login.user;
    ids['user'] = finance.id;
    ids['userName'] = finance.name;

    await audit('engagement', ids['gembloux'], 'transition', { stage: 'diagnostic_requested', version: 3 }, { stage: 'workshop_held', version: 4 });
    await audit('engagement', ids['ciney'], 'transition', { stage: 'diagnostic_requested', version: 2 }, { stage: 'diagnostic_scheduled', version: 3 });
    await audit('contact', ids['marie'], 'create', null, { communeNis: '92142', fields: ['fullName', 'function'] });
    await audit('contact', ids['erased'], 'erase', null, { erasedAt: new Date().toISOString() });
    await audit('activity', ids['activity'], 'update', { engagementId: ids['gembloux'], type: 'diagnostic' }, { engagementId: ids['gembloux'], type: 'diagnostic' });
    await audit('activity', ids['deletedActivity'], 'delete', { engagementId: ids['gembloux'], type: 'note' }, null);
    await audit('commune', '92142', 'update', { billing: null }, { billing: {} });
    await audit('user', ids['user'], 'update', { email: 'finance@bep.demo' }, { email: 'compta@bep.demo' });
  });

  afterAll(() => api?.close());

  it("gives each entry its record's commune, through the engagement, the contact, the activity (even deleted) or the commune itself", async () => {
    const list = await page('limit=50');
    const gembloux = { nis: '92142', name: 'Gembloux' };
    expect(entry(list, ids['gembloux'] ?? '').commune).toEqual(gembloux);
    expect(entry(list, ids['marie'] ?? '').commune).toEqual(gembloux);
    expect(entry(list, ids['activity'] ?? '').commune).toEqual(gembloux);
    expect(entry(list, ids['deletedActivity'] ?? '').commune).toEqual(gembloux);
    expect(entry(list, '92142').commune).toEqual(gembloux);
    expect(entry(list, ids['ciney'] ?? '').commune?.name).toBe('Ciney');
    expect(entry(list, ids['user'] ?? '').commune).toBeNull();
  });

  it('names the record as it is now: the contact, the user; not an erased contact', async () => {
    const list = await page('limit=50');
    expect(entry(list, ids['marie'] ?? '').subject).toBe('Marie Dupont');
    expect(entry(list, ids['user'] ?? '').subject).toBe(ids['userName']);
    expect(entry(list, ids['erased'] ?? '').subject).toBeNull();
    expect(entry(list, ids['gembloux'] ?? '').subject).toBeNull();
  });

  it("filters by commune: that commune's entries only, counted, with the other filters", async () => {
    const gembloux = await page('communeNis=92142&limit=50');
    expect(gembloux.items.map((item) => item.entityId).sort()).toEqual([ids['gembloux'], ids['marie'], ids['erased'], ids['activity'], ids['deletedActivity'], '92142'].sort());
    expect(gembloux.total).toBe(6);
    expect(gembloux.items.every((item) => item.commune?.nis === '92142')).toBe(true);
    const transitions = await page('communeNis=92142&action=transition');
    expect(transitions).toMatchObject({ total: 1, items: [{ entityId: ids['gembloux'], before: { stage: 'diagnostic_requested' }, after: { stage: 'workshop_held' } }] });
    expect((await page('communeNis=91030&limit=10')).total).toBe(1);
    expect((await page('communeNis=91005')).total).toBe(0);
    expect((await callApi(api.baseUrl, 'GET', '/api/audit?communeNis=Gembloux', admin)).status).toBe(400);
  });

  it('filters by person and period alongside the commune', async () => {
    const me = (await signIn(api.baseUrl, 'admin@bep.demo')).login.user.id;
    expect((await page(`communeNis=92142&actorId=${me}`)).total).toBe(0);
    const future = encodeURIComponent('2100-01-01T00:00:00+01:00');
    expect((await page(`communeNis=92142&from=${future}`)).total).toBe(0);
  });
});
