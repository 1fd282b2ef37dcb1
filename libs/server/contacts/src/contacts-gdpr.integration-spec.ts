import type { Contact, ContactExport } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { ContactsModule } from './contacts.module';

describe('contacts: GDPR export and erasure', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let manager: Record<string, string>;
  let contactId: string;

  beforeAll(async () => {
    api = await startDemoApi('gdpr', [ContactsModule]);
    database = api.database;
    manager = (await signIn(api.baseUrl, 'manager@bep.demo')).bearer;
    const [row] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "contact" ("commune_nis", "full_name", "function", "email", "phone", "is_binome")
       VALUES ('92142', 'Jeanne Dupont', 'echevin', 'jeanne.dupont@gembloux.be', '+3281626300', true) RETURNING "id"`,
    );
    contactId = row?.id ?? '';
  });

  afterAll(() => api?.close());

  it('exports everything held about a contact as JSON, and audits the export without copying the data', async () => {
    const response = await fetch(`${api.baseUrl}/api/contacts/${contactId}/export`, { headers: manager });
    expect(response.status).toBe(200);
    const body = (await response.json()) as ContactExport;
    expect(body.contact).toMatchObject({ name: 'Jeanne Dupont', email: 'jeanne.dupont@gembloux.be', phone: '+3281626300', isBinome: true, erasedAt: null });
    expect(body.commune).toEqual({ nis: '92142', name: 'Gembloux' });
    const [entry] = await database.dataSource.query<{ action: string; before: unknown; after: unknown }[]>(
      `SELECT "action", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'contact' AND "entity_id" = $1`,
      [contactId],
    );
    expect(entry).toEqual({ action: 'export', before: null, after: null });
  });

  it('erases a contact in place: the row stays, nothing identifies the person, the erasure is audited', async () => {
    const response = await fetch(`${api.baseUrl}/api/contacts/${contactId}/erase`, { method: 'POST', headers: manager });
    expect(response.status).toBe(200);
    expect((await response.json()) as Contact).toMatchObject({ id: contactId, name: 'Contact effacé', email: null, phone: null, function: 'echevin' });
    const rows = await database.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM "contact" WHERE "id" = $1`, [contactId]);
    expect(JSON.stringify(rows)).not.toMatch(/Jeanne|Dupont|gembloux\.be|626300/);
    const audit = await database.dataSource.query<Record<string, unknown>[]>(`SELECT * FROM "audit_entry" WHERE "entity_id" = $1`, [contactId]);
    expect(audit.map((e) => e['action'])).toEqual(['export', 'erase']);
    expect(JSON.stringify(audit)).not.toMatch(/Jeanne|Dupont/);

    expect((await fetch(`${api.baseUrl}/api/contacts/${contactId}/erase`, { method: 'POST', headers: manager })).status).toBe(409);
  });

  it('answers 404 for an unknown contact and 400 for a malformed id', async () => {
    expect((await fetch(`${api.baseUrl}/api/contacts/00000000-0000-4000-8000-000000000000/export`, { headers: manager })).status).toBe(404);
    expect((await fetch(`${api.baseUrl}/api/contacts/not-a-uuid/export`, { headers: manager })).status).toBe(400);
  });

  it('is not for consultants or finance', async () => {
    for (const email of ['consultant1@bep.demo', 'finance@bep.demo']) {
      const headers = (await signIn(api.baseUrl, email)).bearer;
      expect((await fetch(`${api.baseUrl}/api/contacts/${contactId}/export`, { headers })).status).toBe(403);
    }
  });
});
