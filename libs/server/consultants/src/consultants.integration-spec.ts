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
    // A workshop next Tuesday at 10:00 Brussels time, three hours, with Camille; a note (no time) that counts nothing.
    const [activity] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "activity" ("engagement_id", "type", "subject", "scheduled_at", "duration_minutes")
       VALUES ($1, 'workshop', 'Atelier', (date_trunc('week', now() AT TIME ZONE 'Europe/Brussels') + interval '8 days 10 hours') AT TIME ZONE 'Europe/Brussels', 180),
              ($1, 'note', 'Note', NULL, 0)
       RETURNING "id"`,
      [gembloux?.id],
    );
    await database.dataSource.query(`INSERT INTO "activity_participant" ("activity_id", "consultant_id") VALUES ($1, $2)`, [activity?.id, camille]);

    const { status, body } = await get<Workload>('/api/consultants/workload');
    expect(status).toBe(200);
    expect(body.campaign?.name).toBe('Radioscopie numérique 2019');
    const mine = body.items.find((item) => item.consultant.id === camille);
    expect(mine?.consultant).toMatchObject({ name: 'Camille Dubois', weeklyCapacityHours: 32 });
    expect(mine?.activeEngagements).toEqual({ total: 1, lead: 1, byStage: { diagnostic_requested: 1 } });
    expect(mine?.weeks.map((w) => [w.scheduledActivities, w.plannedMinutes])).toEqual([
      [0, 0],
      [1, 180],
      [0, 0],
      [0, 0],
    ]);
    expect(mine?.weeks[1]?.load).toBe(0.09); // 3 h of 32 h
    const mondays = mine?.weeks.map((w) => new Date(`${w.weekStart}T12:00:00Z`).getUTCDay());
    expect(mondays).toEqual([1, 1, 1, 1]);
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
