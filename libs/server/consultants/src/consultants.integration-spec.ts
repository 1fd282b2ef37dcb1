import type { ConsultantSummary, Workload } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { ConsultantsModule } from './consultants.module';

describe('consultants', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  const headers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    api = await startDemoApi('consultants', [ConsultantsModule]);
    database = api.database;
    for (const email of ['manager@bep.demo', 'consultant1@bep.demo', 'admin@bep.demo', 'finance@bep.demo']) {
      headers[email] = (await signIn(api.baseUrl, email)).bearer;
    }
  });

  afterAll(() => api?.close());

  const get = <T>(path: string, as = 'manager@bep.demo') => callApi<T>(api.baseUrl, 'GET', path, headers[as]);

  it('lists the consultants filtered by text, office and activity', async () => {
    const list = async (query: string) => (await get<{ items: { name: string }[]; total: number }>(`/api/consultants?${query}`)).body;
    expect((await list('office=FR')).items.map((c) => c.name)).toEqual(['Léa Moreau']);
    expect((await list('q=DUBOIS')).items.map((c) => c.name)).toEqual(['Camille Dubois']);
    expect(await list('active=false')).toMatchObject({ total: 0, items: [] });
    expect((await list('limit=2')).items).toHaveLength(2);
    expect((await get('/api/consultants?office=US')).status).toBe(400);
  });

  it('counts active engagements and the scheduled hours of four Brussels weeks against capacity', async () => {
    // Gembloux and its lead, Camille Dubois, as the demo data has them.
    const [gembloux] = await database.dataSource.query<{ id: string; lead: string }[]>(
      `SELECT e."id", a."consultant_id" AS lead
         FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
         JOIN "engagement_assignment" a ON a."engagement_id" = e."id" AND a."is_lead"
        WHERE c."name" = 'Gembloux'`,
    );
    const camille = gembloux?.lead;
    // The demo's diagnostic: Tuesday 24 March 2026, 10:00 in Brussels, three hours, with Camille (the
    // tests' calendar starts on Tuesday 17 March). Added here: a workshop at 00:30 on Monday 30 March in
    // Brussels (still Sunday in UTC, the day after the clocks went forward), three hours; a note (no time) that counts nothing.
    const [activity] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "activity" ("engagement_id", "type", "subject", "scheduled_at", "duration_minutes")
       VALUES ($1, 'workshop', 'Atelier', '2026-03-30T00:30:00+02:00', 180),
              ($1, 'note', 'Note', NULL, 0)
       RETURNING "id"`,
      [gembloux?.id],
    );
    await database.dataSource.query(`INSERT INTO "activity_participant" ("activity_id", "consultant_id") VALUES ($1, $2)`, [activity?.id, camille]);

    const { status, body } = await get<Workload>('/api/consultants/workload');
    expect(status).toBe(200);
    expect(body.campaign?.name).toBe('Radioscopie numérique 2026');
    const mine = body.items.find((item) => item.consultant.id === camille);
    expect(mine?.consultant).toMatchObject({ name: 'Camille Dubois', weeklyCapacityHours: 32 });
    expect(mine?.activeEngagements).toEqual({ total: 1, lead: 1, byStage: { diagnostic_requested: 1 } });
    // This week and the next three, Mondays in Brussels, from the application clock.
    expect(mine?.weeks.map((w) => [w.weekStart, w.scheduledActivities, w.plannedMinutes])).toEqual([
      ['2026-03-16', 0, 0],
      ['2026-03-23', 1, 180],
      ['2026-03-30', 1, 180],
      ['2026-04-06', 0, 0],
    ]);
    expect(mine?.weeks[1]?.load).toBe(0.09); // 3 h of 32 h
    const others = body.items.filter((item) => item.consultant.id !== camille);
    expect(others.every((item) => item.weeks.every((w) => w.plannedMinutes === 0))).toBe(true);
  });

  it('leaves closed engagements out', async () => {
    await database.dataSource.query(`UPDATE "engagement" e SET "stage" = 'declined' FROM "commune" c WHERE c."nis" = e."commune_nis" AND c."name" = 'Gembloux'`);
    const mine = (await get<Workload>('/api/consultants/workload')).body.items.find((item) => item.consultant.name === 'Camille Dubois');
    expect(mine?.activeEngagements.total).toBe(0);
  });

  it('gives the workload to managers and administrators only', async () => {
    expect((await get('/api/consultants/workload', 'consultant1@bep.demo')).status).toBe(403);
    expect((await get('/api/consultants/workload?campaignId=x')).status).toBe(400);
  });

  describe('consultant records', () => {
    const send = <T>(method: string, path: string, body: unknown, as = 'manager@bep.demo') => callApi<T>(api.baseUrl, method, path, headers[as], body);
    const nora = { name: 'Nora Petit', email: 'Nora.Petit@Ocalia.be', office: 'BE', weeklyCapacityHours: 24 };

    it('creates one (active, e-mail lower-cased) and audits it', async () => {
      const { status, body } = await send<ConsultantSummary>('POST', '/api/consultants', nora);
      expect(status).toBe(201);
      expect(body).toEqual({ id: expect.any(String), name: 'Nora Petit', email: 'nora.petit@ocalia.be', office: 'BE', weeklyCapacityHours: 24, active: true });
      const [entry] = await database.dataSource.query<{ action: string; after: ConsultantSummary }[]>(
        `SELECT "action", "after" FROM "audit_entry" WHERE "entity_type" = 'consultant' AND "entity_id" = $1`,
        [body.id],
      );
      expect(entry).toMatchObject({ action: 'create', after: { name: 'Nora Petit', weeklyCapacityHours: 24 } });
    });

    it('refuses an e-mail another consultant uses, regardless of case (409)', async () => {
      expect((await send('POST', '/api/consultants', { ...nora, email: 'NORA.petit@ocalia.be' })).status).toBe(409);
      const [camille] = (await get<{ items: ConsultantSummary[] }>('/api/consultants?q=Camille')).body.items;
      expect((await send('PATCH', `/api/consultants/${camille?.id}`, { email: 'nora.petit@ocalia.be' })).status).toBe(409);
    });

    it.each([
      [{ ...nora, email: 'no-at-sign' }, 'email'],
      [{ ...nora, name: '  ' }, 'name'],
      [{ ...nora, office: 'NL' }, 'office'],
      [{ ...nora, weeklyCapacityHours: 81 }, 'weeklyCapacityHours'],
      [{ ...nora, weeklyCapacityHours: 12.5 }, 'weeklyCapacityHours'],
    ])('refuses %p (400 naming %s)', async (body, path) => {
      const { status, body: problem } = await send<{ errors: { path: string }[] }>('POST', '/api/consultants', body);
      expect(status).toBe(400);
      expect(problem.errors.map((e) => e.path)).toContain(path);
    });

    it('changes what the patch names, audits the changed fields only, and deactivating keeps the history', async () => {
      const [lea] = (await get<{ items: ConsultantSummary[] }>('/api/consultants?q=Moreau')).body.items;
      const id = lea?.id ?? '';
      const [before] = await database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "engagement_assignment" WHERE "consultant_id" = $1`, [id]);
      const { status, body } = await send<ConsultantSummary>('PATCH', `/api/consultants/${id}`, { weeklyCapacityHours: 8, active: false }, 'admin@bep.demo');
      expect(status).toBe(200);
      expect(body).toMatchObject({ name: 'Léa Moreau', office: 'FR', weeklyCapacityHours: 8, active: false });
      const [entry] = await database.dataSource.query<{ before: object; after: object }[]>(
        `SELECT "before", "after" FROM "audit_entry" WHERE "entity_type" = 'consultant' AND "entity_id" = $1 AND "action" = 'update'`,
        [id],
      );
      expect(entry).toEqual({ before: { weeklyCapacityHours: 16, active: true }, after: { weeklyCapacityHours: 8, active: false } });
      const [after] = await database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM "engagement_assignment" WHERE "consultant_id" = $1`, [id]);
      expect(after?.n).toBe(before?.n);
      expect((await get<{ items: ConsultantSummary[] }>('/api/consultants?active=false')).body.items.map((c) => c.name)).toEqual(['Léa Moreau']);
      expect((await send('PATCH', `/api/consultants/${id}`, {})).status).toBe(400);
      expect((await send('PATCH', '/api/consultants/3f1c1e1e-0000-4000-8000-000000000000', { active: true })).status).toBe(404);
    });

    it('lets managers and administrators write records, not consultants nor finance (403)', async () => {
      const [camille] = (await get<{ items: ConsultantSummary[] }>('/api/consultants?q=Camille')).body.items;
      for (const as of ['consultant1@bep.demo', 'finance@bep.demo']) {
        expect((await send('POST', '/api/consultants', { ...nora, email: `x-${as}` }, as)).status).toBe(403);
        expect((await send('PATCH', `/api/consultants/${camille?.id}`, { weeklyCapacityHours: 40 }, as)).status).toBe(403);
      }
      expect((await send('POST', '/api/consultants', { ...nora, email: 'admin-made@ocalia.be' }, 'admin@bep.demo')).status).toBe(201);
      expect((await send('PATCH', `/api/consultants/${camille?.id}`, { weeklyCapacityHours: 30 })).status).toBe(200);
    });
  });
});
