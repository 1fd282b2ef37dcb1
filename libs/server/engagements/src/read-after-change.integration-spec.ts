import type { EngagementPage, Pipeline, PipelineStats, TransitionResult } from '@bep/contracts';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { EngagementsModule } from './engagements.module';

/**
 * The board, the figures and the list keep what they read of a campaign for as long as its
 * revision stands (CampaignRevisionCache): every change, through the API or written by another
 * process straight into the database, must show in the very next read.
 */
describe('reads after a change', () => {
  let api: DemoApi;
  let headers: Record<string, string>;

  beforeAll(async () => {
    api = await startDemoApi('read-after-change', [EngagementsModule]);
    headers = (await signIn(api.baseUrl, 'manager@bep.demo')).bearer;
  });

  afterAll(() => api?.close());

  const get = async <T>(path: string) => {
    const response = await callApi<T>(api.baseUrl, 'GET', path, headers);
    expect(response.status).toBe(200);
    return response.body;
  };
  const sql = <T>(query: string, params: unknown[] = []) => api.database.dataSource.query<T>(query, params);
  const columnCount = (board: Pipeline, stage: string) => board.columns.find((column) => column.stage === stage)?.count;
  const stageCount = (stats: PipelineStats, stage: string) => stats.stages.find((row) => row.stage === stage)?.count;
  const engagementOf = async (commune: string) => (await get<EngagementPage>(`/api/engagements?q=${encodeURIComponent(commune)}`)).items[0] as EngagementPage['items'][number];

  it('shows a stage move on the board, in the figures and in a filtered list at once', async () => {
    const [board, stats, answered] = await Promise.all([get<Pipeline>('/api/pipeline'), get<PipelineStats>('/api/stats'), get<EngagementPage>('/api/engagements?stage=survey_answered')]);
    const mettet = await engagementOf('Mettet');
    expect(mettet.stage).toBe('survey_sent');

    const moved = await callApi<TransitionResult>(api.baseUrl, 'POST', `/api/engagements/${mettet.id}/transitions`, headers, { to: 'survey_answered', version: mettet.version });
    expect(moved.status).toBe(200);

    const boardAfter = await get<Pipeline>('/api/pipeline');
    expect(columnCount(boardAfter, 'survey_answered')).toBe((columnCount(board, 'survey_answered') ?? 0) + 1);
    expect(columnCount(boardAfter, 'survey_sent')).toBe((columnCount(board, 'survey_sent') ?? 0) - 1);
    expect(boardAfter.columns.find((column) => column.stage === 'survey_answered')?.cards.map((card) => card.commune.name)).toContain('Mettet');
    const statsAfter = await get<PipelineStats>('/api/stats');
    expect(stageCount(statsAfter, 'survey_answered')).toBe((stageCount(stats, 'survey_answered') ?? 0) + 1);
    expect(statsAfter.late.counts['survey-unanswered']).toBe(stats.late.counts['survey-unanswered'] - 1);
    const answeredAfter = await get<EngagementPage>('/api/engagements?stage=survey_answered');
    expect(answeredAfter.total).toBe(answered.total + 1);
    expect(answeredAfter.items.map((item) => item.commune.name)).toContain('Mettet');
  });

  it('shows what another process wrote: a commune renamed, a consultant renamed, a team changed, an activity scheduled', async () => {
    await get<Pipeline>('/api/pipeline');
    await get<EngagementPage>('/api/engagements');
    await sql(`UPDATE "commune" SET "name" = 'Gembloux (renommée)' WHERE "name" = 'Gembloux'`);
    const cards = (await get<Pipeline>('/api/pipeline')).columns.flatMap((column) => column.cards);
    expect(cards.map((card) => card.commune.name)).toContain('Gembloux (renommée)');
    expect((await get<EngagementPage>('/api/engagements?limit=200')).items.map((item) => item.commune.name)).toContain('Gembloux (renommée)');

    const led = cards.find((card) => card.lead !== null);
    expect(led).toBeDefined();
    await sql(`UPDATE "consultant" SET "full_name" = "full_name" || ' (renommé)' WHERE "id" = $1`, [led?.lead?.id]);
    const relabelled = (await get<Pipeline>('/api/pipeline')).columns.flatMap((column) => column.cards).find((card) => card.engagementId === led?.engagementId);
    expect(relabelled?.lead?.name).toBe(`${led?.lead?.name} (renommé)`);

    const consultantId = led?.lead?.id as string;
    const before = await get<EngagementPage>(`/api/engagements?consultantId=${consultantId}`);
    await sql(`DELETE FROM "engagement_assignment" WHERE "engagement_id" = $1`, [led?.engagementId]);
    expect((await get<EngagementPage>(`/api/engagements?consultantId=${consultantId}`)).total).toBe(before.total - 1);

    const statsBefore = await get<PipelineStats>('/api/stats');
    const ciney = await engagementOf('Ciney');
    await sql(`INSERT INTO "activity" ("engagement_id", "type", "subject", "scheduled_at") VALUES ($1, 'call', 'Appel', TIMESTAMPTZ '2026-03-01T10:00:00Z')`, [ciney.id]);
    expect((await get<PipelineStats>('/api/stats')).late.counts['activity-overdue']).toBe(statsBefore.late.counts['activity-overdue'] + 1);
  });

  it('pages through the whole list with cursors, in the order offsets give, even when a row leaves the list meanwhile', async () => {
    const whole = await get<EngagementPage>('/api/engagements?limit=200');
    const seen: string[] = [];
    let page = await get<EngagementPage>('/api/engagements?limit=10');
    seen.push(...page.items.map((item) => item.id));
    while (page.nextCursor) {
      page = await get<EngagementPage>(`/api/engagements?limit=10&cursor=${page.nextCursor}`);
      expect(page.offset).toBe(seen.length);
      seen.push(...page.items.map((item) => item.id));
    }
    expect(seen).toEqual(whole.items.map((item) => item.id));
    expect(whole.nextCursor).toBeNull();

    // A filtered page's last row moves out of the filter: the next page starts where it would have.
    const first = await get<EngagementPage>('/api/engagements?stage=survey_sent&limit=5');
    const second = await get<EngagementPage>(`/api/engagements?stage=survey_sent&limit=5&offset=5`);
    const last = first.items.at(-1) as EngagementPage['items'][number];
    await sql(`UPDATE "engagement" SET "stage" = 'declined', "version" = "version" + 1 WHERE "id" = $1`, [last.id]);
    const next = await get<EngagementPage>(`/api/engagements?stage=survey_sent&limit=5&cursor=${first.nextCursor}`);
    expect(next.offset).toBe(4);
    expect(next.items.map((item) => item.id)).toEqual(second.items.map((item) => item.id));
  });

  it('refuses a cursor no page gave with a problem', async () => {
    const response = await callApi<{ status: number; detail: string }>(api.baseUrl, 'GET', '/api/engagements?cursor=bm90LWEtY3Vyc29y', headers);
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/cursor/);
    expect((await callApi(api.baseUrl, 'GET', '/api/engagements?cursor=has%20spaces', headers)).status).toBe(400);
  });
});
