import type { EngagementPage, PipelineStats } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { EngagementsModule } from './engagements.module';

describe('GET /api/stats', () => {
  let database: MigratedDatabase;
  let api: DemoApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('stats', [EngagementsModule]);
    database = api.database;
    headers = (await signIn(api.baseUrl, 'manager@bep.demo')).bearer;
  });

  afterAll(() => api?.close());

  const get = <T>(path: string) => callApi<T>(api.baseUrl, 'GET', path, headers);
  const stats = async (query = '') => (await get<PipelineStats>(`/api/stats${query}`)).body;
  const engagementOf = async (commune: string) => (await get<EngagementPage>(`/api/engagements?q=${commune}`)).body.items[0] as EngagementPage['items'][number];

  it('counts the demo campaign per stage, how far each got, and the conversion between stages', async () => {
    const body = await stats();
    expect(body.campaign?.name).toBe('Radioscopie numérique 2019');
    expect(body.total).toBe(37);
    expect(body.stages.map((s) => [s.stage, s.count, s.reached])).toEqual([
      ['survey_sent', 32, 37],
      ['survey_answered', 0, 5],
      ['diagnostic_requested', 5, 5],
      ['workshop_held', 0, 0],
      ['accompaniment', 0, 0],
      ['declined', 0, null],
      ['withdrawn', 0, null],
    ]);
    expect(body.conversion).toEqual([
      { from: 'survey_sent', to: 'survey_answered', rate: 5 / 37 },
      { from: 'survey_answered', to: 'diagnostic_requested', rate: 1 },
      { from: 'diagnostic_requested', to: 'workshop_held', rate: 0 },
      { from: 'workshop_held', to: 'accompaniment', rate: null },
    ]);
  });

  it('gives the median stay per stage in days', async () => {
    const answered = (await stats()).stages.find((s) => s.stage === 'survey_answered');
    // Answered -> requested: 0.95, 1.07, 2.16, 2.74 and 2.90 days (demo data); the median is Fernelmont's.
    expect(answered?.medianDays).toBe(2.2);
    expect((await stats()).stages.find((s) => s.stage === 'workshop_held')?.medianDays).toBeNull();
  });

  it('lists late items by the campaign reminder settings', async () => {
    const before = await stats();
    // Every 2019 questionnaire still unanswered is late, as is every diagnostic requested in May 2019.
    expect(before.late.counts).toEqual({ 'survey-unanswered': 32, 'diagnostic-not-scheduled': 5, 'activity-overdue': 0 });
    expect(before.late.items[0]).toMatchObject({ kind: 'survey-unanswered', since: '2019-05-13T07:00:00.000Z', activity: null });

    // A survey sent ten days ago is late after 7 days, not after the default 14.
    const andenne = await engagementOf('Andenne');
    await database.dataSource.query(`UPDATE "engagement" SET "stage_entered_at" = now() - interval '10 days' WHERE "id" = $1`, [andenne.id]);
    expect((await stats()).late.counts['survey-unanswered']).toBe(31);
    await database.dataSource.query(`UPDATE "campaign" SET "reminder_settings" = '{"surveyUnanswered": {"firstAfterDays": 7}}' WHERE "is_current"`);
    const andenneLate = (await stats()).late.items.find((item) => item.engagementId === andenne.id);
    expect(andenneLate?.daysLate).toBe(3);

    // A diagnostic scheduled in the past and not done: no longer "not scheduled", but overdue.
    const gembloux = await engagementOf('Gembloux');
    const activity = (
      await database.dataSource.query<{ id: string }[]>(
        `INSERT INTO "activity" ("engagement_id", "type", "subject", "scheduled_at") VALUES ($1, 'diagnostic', 'Diagnostic', now() - interval '2 days') RETURNING "id"`,
        [gembloux.id],
      )
    )[0]?.id;
    const after = await stats();
    expect(after.late.counts).toEqual({ 'survey-unanswered': 32, 'diagnostic-not-scheduled': 4, 'activity-overdue': 1 });
    expect(after.late.items.find((item) => item.kind === 'activity-overdue')).toMatchObject({ engagementId: gembloux.id, commune: { name: 'Gembloux' }, activity: { id: activity } });
  });

  it('follows the filters and refuses bad ones', async () => {
    expect((await stats('?arrondissement=Dinant')).total).toBe(15);
    expect((await get('/api/stats?campaignId=nope')).status).toBe(400);
    const none = await stats('?campaignId=00000000-0000-4000-8000-000000000000');
    expect(none).toMatchObject({ campaign: null, total: 0 });
  });
});
