import type { Contact, ContactPage, ProblemDetails } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { ContactsModule } from './contacts.module';

const GEMBLOUX = '92142';
const CINEY = '91030';
const VIROINVAL = '93090';
const FERNELMONT = '92138';
/** Communes the other cases leave alone: consultant1@bep.demo is put on the first's team and off the second's. */
const ASSIGNED = '92003';
const NOT_ASSIGNED = '91005';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const marie = { name: 'Marie Lefèvre', function: 'agent', email: 'Marie.Lefevre@Gembloux.be', phone: '081 62 63 64', isBinome: true };

describe('contacts: create, read, change and delete per commune', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  const headers = new Map<string, Record<string, string>>();

  async function call<T = unknown>(as: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T; contentType: string | null }> {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { ...headers.get(as), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T, contentType: response.headers.get('content-type') };
  }

  const create = (nis: string, contact: object) => call<Contact>('manager', 'POST', `/api/communes/${nis}/contacts`, contact);

  async function auditOf(id: string): Promise<{ action: string; before: unknown; after: unknown }[]> {
    return database.dataSource.query(`SELECT "action", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'contact' AND "entity_id" = $1 ORDER BY "id"`, [id]);
  }

  beforeAll(async () => {
    api = await startDemoApi('contacts', [ContactsModule]);
    database = api.database;
    for (const [role, email] of [
      ['manager', 'manager@bep.demo'],
      ['consultant', 'consultant1@bep.demo'],
      ['finance', 'finance@bep.demo'],
      ['admin', 'admin@bep.demo'],
    ]) {
      headers.set(role as string, (await signIn(api.baseUrl, email as string)).bearer);
    }
  });

  afterAll(() => api?.close());

  it('creates, reads, changes and deletes a contact, each change audited by field names without the values', async () => {
    const created = await create(GEMBLOUX, marie);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      communeNis: GEMBLOUX,
      name: 'Marie Lefèvre',
      function: 'agent',
      email: 'marie.lefevre@gembloux.be',
      phone: '+3281626364',
      isBinome: true,
      erasedAt: null,
    });
    const id = created.body.id;

    for (const role of ['manager', 'consultant', 'finance', 'admin']) {
      const read = await call<Contact>(role, 'GET', `/api/contacts/${id}`);
      expect(`${role}: ${read.status}`).toBe(`${role}: 200`);
      expect(read.body).toEqual(created.body);
    }

    const changed = await call<Contact>('manager', 'PATCH', `/api/contacts/${id}`, { phone: '+32 81 62 63 65', name: 'Marie Lefèvre' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Marie Lefèvre', phone: '+3281626365', email: 'marie.lefevre@gembloux.be' });
    expect(Date.parse(changed.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.updatedAt));

    const unchanged = await call<Contact>('manager', 'PATCH', `/api/contacts/${id}`, { function: 'agent' });
    expect(unchanged.status).toBe(200);

    const deleted = await call('manager', 'DELETE', `/api/contacts/${id}`);
    expect(deleted.status).toBe(204);
    expect((await call('manager', 'GET', `/api/contacts/${id}`)).status).toBe(404);
    expect(await database.dataSource.query(`SELECT 1 FROM "contact" WHERE "id" = $1`, [id])).toEqual([]);

    const audit = await auditOf(id);
    expect(audit).toEqual([
      { action: 'create', before: null, after: { communeNis: GEMBLOUX, fields: ['name', 'function', 'email', 'phone', 'isBinome'] } },
      // The patch that changed nothing wrote nothing.
      { action: 'update', before: null, after: { fields: ['phone'] } },
      { action: 'delete', before: { communeNis: GEMBLOUX }, after: null },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Marie|Lef|gembloux\.be|8162/);
  });

  it('refuses bad input with 400 problem details naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...marie, email: 'marie.lefevre@' }, 'email'],
      [{ ...marie, phone: '081 62 63' }, 'phone'],
      [{ ...marie, function: 'Échevine du numérique' }, 'function'],
      [{ ...marie, name: '  ' }, 'name'],
      [{ ...marie, name: 'x'.repeat(201) }, 'name'],
      [{ ...marie, isBinome: 'yes' }, 'isBinome'],
      [{ name: 'Sans moyen de contact', function: 'other' }, 'email'],
      [{ ...marie, communeNis: CINEY }, ''],
    ];
    for (const [body, path] of cases) {
      const response = await call<ProblemDetails>('manager', 'POST', `/api/communes/${GEMBLOUX}/contacts`, body);
      expect(`${JSON.stringify(body)}: ${response.status}`).toBe(`${JSON.stringify(body)}: 400`);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.errors?.map((e) => e.path)).toContain(path);
    }
    const notJson = await fetch(`${api.baseUrl}/api/communes/${GEMBLOUX}/contacts`, { method: 'POST', headers: { ...headers.get('manager'), 'content-type': 'application/json' }, body: '{"name":' });
    expect(notJson.status).toBe(400);

    for (const nis of ['9214', '921420', 'gembl']) {
      expect((await call('manager', 'GET', `/api/communes/${nis}/contacts`)).status).toBe(400);
      expect((await call('manager', 'POST', `/api/communes/${nis}/contacts`, marie)).status).toBe(400);
    }
    for (const query of ['includeErased=maybe', 'limit=0', 'limit=500', 'offset=-1', 'function=mayor']) {
      expect(`${query}: ${(await call('manager', 'GET', `/api/communes/${GEMBLOUX}/contacts?${query}`)).status}`).toBe(`${query}: 400`);
    }
    expect((await call('manager', 'GET', '/api/contacts/not-a-uuid')).status).toBe(400);
    expect((await call('manager', 'PATCH', `/api/contacts/${UNKNOWN_ID}`, {})).status).toBe(400);
    expect((await call('manager', 'PATCH', `/api/contacts/${UNKNOWN_ID}`, { email: 'nope' })).status).toBe(400);
    // Nothing was written by any of them.
    expect(await database.dataSource.query(`SELECT 1 FROM "contact" WHERE "commune_nis" = $1`, [GEMBLOUX])).toEqual([]);
  });

  it('answers 404 for an unknown commune or contact', async () => {
    expect((await call('manager', 'GET', '/api/communes/99999/contacts')).status).toBe(404);
    expect((await call('manager', 'POST', '/api/communes/99999/contacts', marie)).status).toBe(404);
    expect((await call('manager', 'GET', `/api/contacts/${UNKNOWN_ID}`)).status).toBe(404);
    expect((await call('manager', 'PATCH', `/api/contacts/${UNKNOWN_ID}`, { name: 'Personne' })).status).toBe(404);
    expect((await call('manager', 'DELETE', `/api/contacts/${UNKNOWN_ID}`)).status).toBe(404);
  });

  /**
   * Puts consultant1@bep.demo on the team of the commune's engagement in the current campaign, or
   * takes them off it: each case states the assignment it needs rather than relying on the demo's.
   */
  async function setConsultant1On(nis: string, assigned: boolean): Promise<void> {
    const engagement = `SELECT e."id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" WHERE e."commune_nis" = $1`;
    const consultant = `SELECT "consultant_id" FROM "app_user" WHERE "email" = 'consultant1@bep.demo'`;
    await database.dataSource.query(
      assigned
        ? `INSERT INTO "engagement_assignment" ("engagement_id", "consultant_id", "is_lead") SELECT (${engagement}), (${consultant}), false ON CONFLICT DO NOTHING`
        : `DELETE FROM "engagement_assignment" WHERE "engagement_id" = (${engagement}) AND "consultant_id" = (${consultant})`,
      [nis],
    );
  }

  const contactsOf = async (nis: string) => (await call<ContactPage>('manager', 'GET', `/api/communes/${nis}/contacts`)).body.total;

  it('lets a consultant add a contact to a commune assigned to them, audited exactly like a manager\'s creation', async () => {
    const nis = ASSIGNED;
    await setConsultant1On(nis, true);
    const byConsultant = await call<Contact>('consultant', 'POST', `/api/communes/${nis}/contacts`, { name: 'Julie Masset', function: 'echevin', phone: '0470 12 34 56' });
    expect(byConsultant.status).toBe(201);
    expect(byConsultant.body).toMatchObject({ communeNis: nis, name: 'Julie Masset', phone: '+32470123456', email: null, isBinome: false });
    const byManager = await create(nis, { name: 'Jean Dubois', function: 'echevin', phone: '0470 65 43 21' });
    const [consultantEntry] = await auditOf(byConsultant.body.id);
    const [managerEntry] = await auditOf(byManager.body.id);
    // The same shape, only the author differs.
    expect(consultantEntry).toEqual(managerEntry);
    expect(consultantEntry).toEqual({ action: 'create', before: null, after: { communeNis: nis, fields: ['name', 'function', 'phone', 'isBinome'] } });
    const [author] = await database.dataSource.query<{ email: string }[]>(
      `SELECT u."email" FROM "audit_entry" a JOIN "app_user" u ON u."id" = a."actor_user_id" WHERE a."entity_type" = 'contact' AND a."entity_id" = $1`,
      [byConsultant.body.id],
    );
    expect(author?.email).toBe('consultant1@bep.demo');
  });

  it('lets only managers change or delete, and a consultant add only where assigned: everyone else gets 403 and nothing changes', async () => {
    const unassigned = NOT_ASSIGNED;
    await setConsultant1On(unassigned, false);
    const before = await contactsOf(unassigned);
    const { body: contact } = await create(unassigned, { name: 'Paul Collard', function: 'directeur_general', email: 'dg@commune.be' });
    for (const role of ['consultant', 'finance', 'admin']) {
      const attempts = [
        await call<ProblemDetails>(role, 'POST', `/api/communes/${unassigned}/contacts`, marie),
        await call<ProblemDetails>(role, 'PATCH', `/api/contacts/${contact.id}`, { name: 'Autre' }),
        await call<ProblemDetails>(role, 'DELETE', `/api/contacts/${contact.id}`),
      ];
      expect(attempts.map((a) => `${role}: ${a.status}`)).toEqual([`${role}: 403`, `${role}: 403`, `${role}: 403`]);
      expect(attempts[0]?.body.detail).toBeTruthy();
    }
    // A consultant cannot change or delete a contact even on a commune assigned to them.
    await setConsultant1On(ASSIGNED, true);
    const { body: own } = await call<Contact>('consultant', 'POST', `/api/communes/${ASSIGNED}/contacts`, { name: 'Anne Noël', function: 'agent', email: 'anne.noel@commune.be' });
    expect((await call('consultant', 'PATCH', `/api/contacts/${own.id}`, { name: 'Autre' })).status).toBe(403);
    expect((await call('consultant', 'DELETE', `/api/contacts/${own.id}`)).status).toBe(403);
    expect((await call('anonymous', 'GET', `/api/contacts/${contact.id}`)).status).toBe(401);
    expect((await call<Contact>('manager', 'GET', `/api/contacts/${contact.id}`)).body).toEqual(contact);
    expect((await auditOf(contact.id)).map((e) => e.action)).toEqual(['create']);
    // Only the manager's contact was added.
    expect(await contactsOf(unassigned)).toBe(before + 1);
  });

  it('keeps the binôme to two members: a third is a 422 naming the rule, created or changed', async () => {
    const agent = await create(CINEY, { ...marie, name: 'Agent de Ciney', email: 'agent@ciney.be' });
    const echevin = await create(CINEY, { name: 'Échevin de Ciney', function: 'echevin', email: 'echevin@ciney.be', isBinome: true });
    expect([agent.status, echevin.status]).toEqual([201, 201]);

    const third = await create(CINEY, { name: 'Bourgmestre de Ciney', function: 'bourgmestre', email: 'bourgmestre@ciney.be', isBinome: true });
    expect(third.status).toBe(422);
    expect(third.contentType).toContain('application/problem+json');
    expect(third.body).toMatchObject({ type: 'urn:bep:contact-rule:binome-size', title: 'Contact rule broken', status: 422 });
    expect((third.body as unknown as ProblemDetails).detail).toMatch(/binôme has at most 2 members/);

    const outside = await create(CINEY, { name: 'Bourgmestre de Ciney', function: 'bourgmestre', email: 'bourgmestre@ciney.be' });
    expect(outside.status).toBe(201);
    const joins = await call<ProblemDetails>('manager', 'PATCH', `/api/contacts/${outside.body.id}`, { isBinome: true });
    expect(joins.status).toBe(422);
    expect(joins.body.type).toBe('urn:bep:contact-rule:binome-size');
    // A member may still be edited, and may leave; then the seat is free.
    expect((await call('manager', 'PATCH', `/api/contacts/${agent.body.id}`, { function: 'directeur_general', isBinome: true })).status).toBe(200);
    expect((await call('manager', 'PATCH', `/api/contacts/${agent.body.id}`, { isBinome: false })).status).toBe(200);
    expect((await call('manager', 'PATCH', `/api/contacts/${outside.body.id}`, { isBinome: true })).status).toBe(200);
    // An erased member no longer holds a seat.
    expect((await call('manager', 'POST', `/api/contacts/${echevin.body.id}/erase`)).status).toBe(200);
    expect((await create(CINEY, { name: 'Nouvel échevin', function: 'echevin', phone: '083 21 01 11', isBinome: true })).status).toBe(201);
  });

  it('admits two binôme members out of eight concurrent requests, never more', async () => {
    const FOSSES = '92048';
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, index) => create(FOSSES, { name: `Membre ${index}`, function: index % 2 ? 'echevin' : 'agent', email: `membre${index}@fosses.be`, isBinome: true })),
    );
    expect(attempts.map((a) => a.status).sort()).toEqual([201, 201, 422, 422, 422, 422, 422, 422]);
    const members = await database.dataSource.query(`SELECT 1 FROM "contact" WHERE "commune_nis" = $1 AND "is_binome"`, [FOSSES]);
    expect(members).toHaveLength(2);
  });

  it('keeps a way to reach the contact: clearing both e-mail and phone is a 422', async () => {
    const { body: contact } = await create(GEMBLOUX, { name: 'Joséphine Marchal', function: 'finance', email: 'finances@gembloux.be', phone: '081 62 63 00' });
    expect((await call<Contact>('manager', 'PATCH', `/api/contacts/${contact.id}`, { phone: null })).body.phone).toBeNull();
    const both = await call<ProblemDetails>('manager', 'PATCH', `/api/contacts/${contact.id}`, { email: null });
    expect(both.status).toBe(422);
    expect(both.body.type).toBe('urn:bep:contact-rule:reachable');
    expect((await call<Contact>('manager', 'GET', `/api/contacts/${contact.id}`)).body.email).toBe('finances@gembloux.be');
    await call('manager', 'DELETE', `/api/contacts/${contact.id}`);
  });

  it('refuses to change an erased contact (409) and leaves it as erased', async () => {
    const { body: contact } = await create(GEMBLOUX, { name: 'Jeanne Dupont', function: 'echevin', email: 'jeanne.dupont@gembloux.be' });
    expect((await call('admin', 'POST', `/api/contacts/${contact.id}/erase`)).status).toBe(200);
    const edit = await call<ProblemDetails>('manager', 'PATCH', `/api/contacts/${contact.id}`, { email: 'jeanne.dupont@gembloux.be' });
    expect(edit.status).toBe(409);
    expect(edit.body.detail).toMatch(/erased/);
    expect((await call<Contact>('manager', 'GET', `/api/contacts/${contact.id}`)).body).toMatchObject({ name: 'Contact effacé', email: null, phone: null });
    expect(JSON.stringify(await auditOf(contact.id))).not.toMatch(/Jeanne|Dupont/);
  });

  it('will not delete a contact that other records refer to (409: erase it instead), and changes nothing', async () => {
    // Activities will refer to their participants; a throwaway table stands for them here.
    await database.dataSource.query(`CREATE TABLE "contact_reference_probe" ("contact_id" uuid NOT NULL REFERENCES "contact" ("id"))`);
    try {
      const { body: contact } = await create(VIROINVAL, { name: 'Participant', function: 'agent', email: 'participant@viroinval.be' });
      await database.dataSource.query(`INSERT INTO "contact_reference_probe" VALUES ($1)`, [contact.id]);
      const response = await call<ProblemDetails>('manager', 'DELETE', `/api/contacts/${contact.id}`);
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ type: 'urn:bep:contact-referenced', status: 409 });
      expect(response.body.detail).toContain(`/api/contacts/${contact.id}/erase`);
      expect((await call('manager', 'GET', `/api/contacts/${contact.id}`)).status).toBe(200);
      expect((await auditOf(contact.id)).map((e) => e.action)).toEqual(['create']);
      // Erasure is the way out, and then the row is kept.
      expect((await call('manager', 'POST', `/api/contacts/${contact.id}/erase`)).status).toBe(200);
      await call('manager', 'DELETE', `/api/contacts/${contact.id}`).then((r) => expect(r.status).toBe(409));
    } finally {
      await database.dataSource.query(`DROP TABLE "contact_reference_probe"`);
    }
  });

  it('lists the contacts of one commune, binôme first, filtered and paginated; erased ones only when asked', async () => {
    const PROFONDEVILLE = '92101';
    const people = [
      { name: 'Anne Binôme', function: 'agent', email: 'anne@profondeville.be', isBinome: true },
      { name: 'Bernard Échevin', function: 'echevin', phone: '081 42 02 11', isBinome: true },
      { name: 'Claire Finances', function: 'finance', email: 'finances@profondeville.be' },
      { name: 'David Directeur', function: 'directeur_general', email: 'dg@profondeville.be', phone: '+32 81 42 02 00' },
      { name: 'Émile Bourgmestre', function: 'bourgmestre', email: 'bourgmestre@profondeville.be' },
    ];
    const ids: string[] = [];
    for (const person of people) {
      const response = await create(PROFONDEVILLE, person);
      expect(response.status).toBe(201);
      ids.push(response.body.id);
    }
    await create(FERNELMONT, { name: 'Ailleurs', function: 'agent', email: 'agent@fernelmont.be' });
    await call('manager', 'POST', `/api/contacts/${ids[4]}/erase`);

    const list = (query = '', as = 'manager') => call<ContactPage>(as, 'GET', `/api/communes/${PROFONDEVILLE}/contacts${query}`);
    const all = await list();
    expect(all.status).toBe(200);
    expect(all.body.items.map((c) => c.name)).toEqual(['Anne Binôme', 'Bernard Échevin', 'Claire Finances', 'David Directeur']);
    expect(all.body).toMatchObject({ total: 4, limit: 50, offset: 0 });

    for (const role of ['consultant', 'finance', 'admin']) {
      expect((await list('', role)).body.total).toBe(4);
    }

    const withErased = await list('?includeErased=true');
    expect(withErased.body.total).toBe(5);
    expect(withErased.body.items.find((c) => c.id === ids[4])).toMatchObject({ name: 'Contact effacé', email: null });

    const page = await list('?limit=2&offset=2');
    expect(page.body).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect(page.body.items.map((c) => c.name)).toEqual(['Claire Finances', 'David Directeur']);

    expect((await list('?function=finance')).body.items.map((c) => c.name)).toEqual(['Claire Finances']);
    expect((await list('?q=DIRECT')).body.items.map((c) => c.name)).toEqual(['David Directeur']);
    expect((await list('?q=finances%40')).body.items.map((c) => c.name)).toEqual(['Claire Finances']);
    expect((await list(`?q=${encodeURIComponent('081 42 02')}`)).body.items.map((c) => c.name)).toEqual(['Bernard Échevin', 'David Directeur']);
    expect((await list('?q=%25')).body.total).toBe(0);
    expect((await list('?function=echevin&q=bernard')).body.total).toBe(1);
    expect((await list('?q=Bourgmestre')).body.total).toBe(0);
    expect((await list('?q=Bourgmestre&includeErased=true')).body.total).toBe(0);
  });

  it('describes every contact route in the OpenAPI document, with examples and problem responses', async () => {
    const document = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as {
      paths: Record<string, Record<string, { summary?: string; requestBody?: { content: Record<string, { examples?: object }> }; responses: Record<string, unknown> }>>;
    };
    const list = document.paths['/api/communes/{nis}/contacts'];
    const one = document.paths['/api/contacts/{id}'];
    expect(Object.keys(list ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(one ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    for (const operation of [list?.['get'], list?.['post'], one?.['get'], one?.['patch'], one?.['delete']]) {
      expect(operation?.summary).toBeTruthy();
      expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['400', '403', '404']));
    }
    expect(Object.keys(list?.['post']?.responses ?? {})).toEqual(expect.arrayContaining(['201', '422']));
    expect(Object.keys(one?.['patch']?.responses ?? {})).toEqual(expect.arrayContaining(['409', '422']));
    expect(Object.keys(one?.['delete']?.responses ?? {})).toEqual(expect.arrayContaining(['204', '409']));
    expect(JSON.stringify(list?.['post']?.requestBody)).toContain('Marie Lefèvre');
    expect(JSON.stringify(one?.['patch']?.requestBody?.content['application/json']?.examples)).toContain('081 62 63 65');
  });
});
