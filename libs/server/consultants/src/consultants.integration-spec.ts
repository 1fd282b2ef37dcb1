import type { Workload } from '@bep/contracts';
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
    for (const email of ['manager@bep.demo', 'consultant1@bep.demo']) {
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
});
