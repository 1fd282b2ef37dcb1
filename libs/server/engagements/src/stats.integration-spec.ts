import type { EngagementPage, PipelineStats } from '@bep/contracts';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START } from '@bep/server/core/testing';
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

  // The demo on the tests' calendar: questionnaire sent on Monday 23 February 2026, counted on Tuesday 17 March at 10:00.
  it('counts the demo campaign per stage, how far each got, and the conversion between stages', async () => {
    const body = await stats();
    expect(body.campaign).toEqual({ id: expect.any(String), name: 'Radioscopie numérique 2026', deadline: '2026-10-31' });
    expect(Date.parse(body.asOf)).toBeGreaterThanOrEqual(Date.parse(TEST_CLOCK_START));
    expect(body.total).toBe(37);
    expect(body.stages.map((s) => [s.stage, s.count, s.reached])).toEqual([
      ['survey_sent', 28, 37],
      ['survey_answered', 4, 9],
      ['diagnostic_requested', 5, 5],
      ['workshop_held', 0, 0],
      ['accompaniment', 0, 0],
      ['declined', 0, null],
      ['withdrawn', 0, null],
    ]);
    expect(body.conversion).toEqual([
      { from: 'survey_sent', to: 'survey_answered', rate: 9 / 37 },
      { from: 'survey_answered', to: 'diagnostic_requested', rate: 5 / 9 },
      { from: 'diagnostic_requested', to: 'workshop_held', rate: 0 },
      { from: 'workshop_held', to: 'accompaniment', rate: null },
    ]);
  });

  it('gives the median stay per stage in days, up to the application clock for the stays not over', async () => {
    const answered = (await stats()).stages.find((s) => s.stage === 'survey_answered');
    // Answered -> requested: 0.95, 1.07, 2.16, 2.74 and 2.90 days; still answered on 17 March at 10:00:
    // 5.01, 6.73, 12.00 and 13.82 days. The median is Ciney's.
    expect(answered?.medianDays).toBe(2.9);
    expect((await stats()).stages.find((s) => s.stage === 'workshop_held')?.medianDays).toBeNull();
  });

  it('lists late items by the campaign reminder settings, on the application clock', async () => {
    const before = await stats();
    // Every questionnaire of 23 February still unanswered is late since 9 March (14 days); the
    // diagnostics asked for on 27 February and 2 March are not late yet (21 days).
    expect(before.late.counts).toEqual({ 'survey-unanswered': 28, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 });
    expect(before.late.items[0]).toMatchObject({ kind: 'survey-unanswered', since: '2026-03-09T08:00:00.000Z', daysLate: 8, activity: null });

    // A survey sent ten days ago is late after 7 days, not after the default 14.
    const andenne = await engagementOf('Andenne');
    await database.dataSource.query(`UPDATE "engagement" SET "stage_entered_at" = $2::timestamptz - interval '10 days' WHERE "id" = $1`, [andenne.id, TEST_CLOCK_START]);
    expect((await stats()).late.counts['survey-unanswered']).toBe(27);
    await database.dataSource.query(
      `UPDATE "campaign" SET "reminder_settings" = '{"surveyUnanswered": {"firstAfterDays": 7}, "diagnosticNotScheduled": {"afterDays": 7}}' WHERE "is_current"`,
    );
    const shorter = await stats();
    expect(shorter.late.items.find((item) => item.engagementId === andenne.id)?.daysLate).toBe(3);
    // Asked for more than 7 days ago and not scheduled: every diagnostic but Gembloux's (scheduled next week) and Viroinval's (done).
    const notScheduled = shorter.late.items.filter((item) => item.kind === 'diagnostic-not-scheduled').map((item) => item.commune.name);
    expect(notScheduled.sort()).toEqual(['Ciney', 'Fernelmont', 'Profondeville']);

    // A diagnostic scheduled in the past and not done: no longer "not scheduled", but overdue.
    const profondeville = await engagementOf('Profondeville');
    const activity = (
      await database.dataSource.query<{ id: string }[]>(
        `INSERT INTO "activity" ("engagement_id", "type", "subject", "scheduled_at") VALUES ($1, 'diagnostic', 'Diagnostic', $2::timestamptz - interval '2 days') RETURNING "id"`,
        [profondeville.id, TEST_CLOCK_START],
      )
    )[0]?.id;
    const after = await stats();
    expect(after.late.counts).toEqual({ 'survey-unanswered': 28, 'diagnostic-not-scheduled': 2, 'activity-overdue': 1 });
    expect(after.late.items.find((item) => item.kind === 'activity-overdue')).toMatchObject({
      engagementId: profondeville.id,
      commune: { name: 'Profondeville' },
      daysLate: 2,
      activity: { id: activity },
    });
    // What needs a person first, however long the questionnaires have waited: the diagnostics, the
    // overdue activity, then the questionnaires (the reminders chase them); the longest late first in each.
    const kinds = after.late.items.map((item) => item.kind);
    expect(kinds.slice(0, 3)).toEqual(['diagnostic-not-scheduled', 'diagnostic-not-scheduled', 'activity-overdue']);
    expect(kinds.slice(3).every((kind) => kind === 'survey-unanswered')).toBe(true);
    const sinces = after.late.items.slice(3).map((item) => item.since);
    expect(sinces).toEqual([...sinces].sort());
  });

  it('follows the filters and refuses bad ones', async () => {
    expect((await stats('?arrondissement=Dinant')).total).toBe(15);
    expect((await get('/api/stats?campaignId=nope')).status).toBe(400);
    const none = await stats('?campaignId=00000000-0000-4000-8000-000000000000');
    expect(none).toMatchObject({ campaign: null, total: 0 });
  });

  it("gives every stage's median stay as PostgreSQL's percentile_cont over the whole history, stays under way among the finished", async () => {
    // Two questionnaires answered one and four days ago: stays under way shorter than the finished
    // ones of the demo (0.95 to 2.90 days), and a stay of survey_sent ended in between.
    for (const [commune, daysAgo] of [
      ['Andenne', 1],
      ['Anhée', 4],
    ] as const) {
      const { id } = await engagementOf(commune);
      await database.dataSource.query(
        `INSERT INTO "stage_change" ("engagement_id", "from_stage", "to_stage", "changed_at") VALUES ($1, 'survey_sent', 'survey_answered', $2::timestamptz - make_interval(days => $3))`,
        [id, TEST_CLOCK_START, daysAgo],
      );
      await database.dataSource.query(`UPDATE "engagement" SET "stage" = 'survey_answered', "stage_entered_at" = $2::timestamptz - make_interval(days => $3) WHERE "id" = $1`, [
        id,
        TEST_CLOCK_START,
        daysAgo,
      ]);
    }
    const body = await stats();
    // Each stay's end from the next move (a window over the history, as the figures no longer read it), or the instant counted.
    const expected = await database.dataSource.query<{ stage: string; median: number }[]>(
      `WITH stays AS (
         SELECT h."to_stage" AS stage,
                EXTRACT(EPOCH FROM COALESCE(lead(h."changed_at") OVER (PARTITION BY h."engagement_id" ORDER BY h."changed_at"), $1::timestamptz) - h."changed_at") / 86400 AS days
           FROM "stage_change" h JOIN "engagement" e ON e."id" = h."engagement_id" JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current")
       SELECT "stage", round((percentile_cont(0.5) WITHIN GROUP (ORDER BY "days"))::numeric, 1)::float8 AS median FROM stays GROUP BY "stage"`,
      [body.asOf],
    );
    expect(expected.find((row) => row.stage === 'survey_answered')?.median).toBe(2.9);
    expect(body.stages.map((row) => [row.stage, row.medianDays])).toEqual(
      body.stages.map((row) => [row.stage, expected.find((candidate) => candidate.stage === row.stage)?.median ?? null]),
    );
  });
});
