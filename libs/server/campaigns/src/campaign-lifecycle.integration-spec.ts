import type { Campaign, CampaignPage, CommuneList, PipelineStats, ProblemDetails } from '@bep/contracts';
import { FixedClock } from '@bep/server/core/clock';
import { MailSender } from '@bep/server/core/mail';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START, testRuntimeConfig } from '@bep/server/core/testing';
import { CommunesModule } from '@bep/server/communes';
import { EngagementsModule } from '@bep/server/engagements';
import { ReminderDelivery, RemindersModule } from '@bep/server/reminders';
import { CampaignsModule } from './campaigns.module';

const NEXT_YEAR = { name: 'Radioscopie numérique 2027', startsOn: '2027-04-26', endsOn: '2027-12-31', deadline: '2027-12-17', prices: { diagnostic: { priceCents: 520_000 } } };

/**
 * A campaign's lifecycle on the demo (Tuesday 17 March 2026, 10:00 in Brussels): open, closed
 * (no late item, no reminder), reopened, archived (read-only). The reminders' delivery runs
 * in-process on the same database, as the worker would, writing to the in-app outbox (no SMTP).
 */
describe('campaign lifecycle: close, reopen, archive', () => {
  let api: DemoApi;
  let database: MigratedDatabase;
  let delivery: ReminderDelivery;
  const headers = new Map<string, Record<string, string>>();
  let managerId = '';
  let demo: Campaign;
  let next: Campaign;
  let keyCount = 0;

  const call = <T = Campaign>(method: string, path: string, as = 'manager@bep.demo', body?: unknown) => callApi<T>(api.baseUrl, method, path, headers.get(as), body);
  const query = <T>(sql: string, params: unknown[] = []) => database.dataSource.query<T[]>(sql, params);

  /**
   * A weekly digest due now in the demo campaign, to the managers, as the planner writes it (its
   * rule is on: nothing else holds it back); or one whose delivery failed, waiting for a manager.
   */
  async function scheduledReminder(status: 'scheduled' | 'failed' = 'scheduled'): Promise<string> {
    const [row] = await query<{ id: string }>(
      `INSERT INTO "reminder" ("key", "campaign_id", "engagement_id", "rule", "occurrence", "due_at", "send_at", "status")
       VALUES ('weeklyDigest/' || $1 || '/lifecycle-' || $2, $1::uuid, NULL, 'weeklyDigest', 1, $3, $3, $4) RETURNING "id"`,
      [demo.id, ++keyCount, '2026-03-17T08:00:00Z', status],
    );
    if (!row) throw new Error('The reminder was not written');
    return row.id;
  }
  const reminderState = async (id: string) => (await query<{ status: string; skip_reason: string | null }>(`SELECT "status", "skip_reason" FROM "reminder" WHERE "id" = $1`, [id]))[0];
  /** What left for the reminder: the managers' notifications. */
  const notificationsOf = async (id: string) => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "notification" WHERE "reminder_id" = $1`, [id]))[0]?.n);
  const deliver = (reminderId: string) => delivery.deliver({ reminderId, sendAt: new Date('2026-03-17T08:00:00Z').getTime() }, true);

  beforeAll(async () => {
    api = await startDemoApi('campaign_lifecycle', [CampaignsModule, CommunesModule, EngagementsModule, RemindersModule]);
    database = api.database;
    for (const email of ['manager@bep.demo', 'consultant1@bep.demo', 'finance@bep.demo']) {
      const signedIn = await signIn(api.baseUrl, email);
      headers.set(email, signedIn.browser);
      if (email === 'manager@bep.demo') managerId = signedIn.login.user.id;
    }
    const config = testRuntimeConfig(database.url);
    delivery = new ReminderDelivery(database.dataSource, new FixedClock(TEST_CLOCK_START), new MailSender(config.mail), config);
    demo = (await call<Campaign>('GET', '/api/campaigns/current')).body;
    next = (await call<Campaign>('POST', '/api/campaigns', 'manager@bep.demo', NEXT_YEAR)).body;
  });

  afterAll(() => api?.close());

  it('answers every campaign open, with no closing date', async () => {
    expect([demo.status, demo.closedAt, demo.archivedAt]).toEqual(['open', null, null]);
    expect([next.status, next.isCurrent]).toEqual(['open', false]);
  });

  it('refuses consultants and finance every change of status (403) and changes nothing', async () => {
    for (const as of ['consultant1@bep.demo', 'finance@bep.demo']) {
      for (const change of ['close', 'reopen', 'archive']) {
        expect([as, change, (await call<ProblemDetails>('POST', `/api/campaigns/${demo.id}/${change}`, as)).status]).toEqual([as, change, 403]);
      }
    }
    expect((await query<{ status: string }>(`SELECT DISTINCT "status" FROM "campaign"`)).map((row) => row.status)).toEqual(['open']);
  });

  it('shows, on the pages that show one campaign, the campaign a switcher names (campaignId), else the current one', async () => {
    const communes = (await call<CommuneList>('GET', `/api/communes?campaignId=${next.id}&limit=1000`)).body;
    expect(communes.campaign).toEqual({ id: next.id, name: NEXT_YEAR.name });
    expect(new Set(communes.items.filter((commune) => commune.engagement).map((commune) => commune.engagement?.stage))).toEqual(new Set(['survey_sent']));
    expect((await call<CommuneList>('GET', '/api/communes?limit=1000')).body.campaign?.id).toBe(demo.id);
    const board = (await call<PipelineStats>('GET', `/api/stats?campaignId=${next.id}`)).body;
    expect([board.campaign?.id, board.total]).toEqual([next.id, 37]);
  });

  it('sends a due reminder while the campaign is open (what the closing then stops)', async () => {
    const id = await scheduledReminder();
    expect(await deliver(id)).toBe('sent');
    expect(await reminderState(id)).toEqual({ status: 'sent', skip_reason: null });
    expect(await notificationsOf(id)).toBeGreaterThan(0);
  });

  it('closes the current campaign: its late items are gone from the figures, its pending reminders cancelled in the same step, audited', async () => {
    const before = (await call<PipelineStats>('GET', `/api/stats?campaignId=${demo.id}`)).body;
    const lateBefore = Object.values(before.late.counts).reduce((sum, n) => sum + n, 0);
    expect(lateBefore).toBeGreaterThan(0);
    expect(before.late.items.length).toBeGreaterThan(0);
    const pending = await scheduledReminder();
    const failed = await scheduledReminder('failed');

    const { status, body } = await call('POST', `/api/campaigns/${demo.id}/close`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'closed', closedAt: expect.stringMatching(/^2026-03-17T09:0/), archivedAt: null, isCurrent: true });

    const after = (await call<PipelineStats>('GET', '/api/stats')).body;
    expect(after.late).toEqual({ counts: { 'survey-unanswered': 0, 'diagnostic-not-scheduled': 0, 'activity-overdue': 0 }, items: [] });
    // The rest of the figures stay: the campaign's engagements are still there.
    expect([after.campaign?.id, after.total]).toEqual([demo.id, before.total]);

    expect(await reminderState(pending)).toEqual({ status: 'cancelled', skip_reason: 'cancelled' });
    expect(await reminderState(failed)).toEqual({ status: 'cancelled', skip_reason: 'cancelled' });
    const log = await query<{ kind: string; detail: string; actor_user_id: string }>(`SELECT "kind", "detail", "actor_user_id" FROM "reminder_event" WHERE "reminder_id" = $1`, [pending]);
    expect(log).toEqual([{ kind: 'cancelled', detail: 'campaign-closed', actor_user_id: managerId }]);
    expect(await deliver(pending)).toBe('already-handled');
    expect(await notificationsOf(pending)).toBe(0);

    const [audit] = await query(`SELECT "action", "actor_user_id", "before", "after" FROM "audit_entry" WHERE "entity_id" = $1 AND "action" = 'close'`, [demo.id]);
    expect(audit).toEqual({ action: 'close', actor_user_id: managerId, before: { status: 'open' }, after: { status: 'closed', remindersCancelled: 2 } });
  });

  it('refuses to send now a reminder of a closed campaign (409) and leaves it as it was', async () => {
    // A delivery under way at the closing, that failed afterwards.
    const failed = await scheduledReminder('failed');
    const { status, body } = await call<ProblemDetails>('POST', `/api/reminders/${failed}/send-now`);
    expect([status, body.type]).toEqual([409, 'urn:bep:campaign-status']);
    expect(body.detail).toContain('is closed');
    expect(await reminderState(failed)).toEqual({ status: 'failed', skip_reason: null });
    expect(await query(`SELECT 1 FROM "queue_outbox" WHERE "payload"->>'reminderId' = $1`, [failed])).toEqual([]);
  });

  it('sends nothing of a closed campaign: a reminder its closing did not reach is cancelled at send time, with the reason', async () => {
    const late = await scheduledReminder();
    expect(await deliver(late)).toBe('skipped');
    expect(await reminderState(late)).toEqual({ status: 'cancelled', skip_reason: 'cancelled' });
    expect(await query(`SELECT "kind", "detail", "actor_user_id" FROM "reminder_event" WHERE "reminder_id" = $1`, [late])).toEqual([
      { kind: 'cancelled', detail: 'campaign-closed', actor_user_id: null },
    ]);
    expect(await notificationsOf(late)).toBe(0);
  });

  it('refuses the transitions that do not start from the right status with a 409 problem, and changes nothing', async () => {
    const refusals: [string, string, string][] = [
      [`/api/campaigns/${demo.id}/close`, 'Only a campaign that is open can be closed', 'closed'],
      [`/api/campaigns/${next.id}/reopen`, 'Only a campaign that is closed can be reopened', 'open'],
      [`/api/campaigns/${next.id}/archive`, 'Only a campaign that is closed can be archived', 'open'],
      [`/api/campaigns/${demo.id}/archive`, 'The current campaign cannot be archived', 'closed'],
    ];
    for (const [path, detail, statusAfter] of refusals) {
      const { status, contentType, body } = await callApi<ProblemDetails>(api.baseUrl, 'POST', path, headers.get('manager@bep.demo'));
      expect([path, status, contentType?.includes('application/problem+json')]).toEqual([path, 409, true]);
      expect(body.detail).toContain(detail);
      const id = path.split('/')[3];
      expect((await call('GET', `/api/campaigns/${id}`)).body.status).toBe(statusAfter);
    }
    expect((await call<ProblemDetails>('POST', '/api/campaigns/00000000-0000-4000-8000-000000000000/close')).status).toBe(404);
    expect((await call<ProblemDetails>('POST', '/api/campaigns/nope/archive')).status).toBe(400);
  });

  it('reopens a closed campaign: its late items count again and its reminders are planned again', async () => {
    const { status, body } = await call('POST', `/api/campaigns/${demo.id}/reopen`);
    expect(status).toBe(200);
    expect([body.status, body.closedAt]).toEqual(['open', null]);
    const stats = (await call<PipelineStats>('GET', '/api/stats')).body;
    expect(Object.values(stats.late.counts).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    expect(await query(`SELECT "job_name" FROM "queue_outbox" WHERE "job_id" LIKE $1`, [`reconcile/${demo.id}/reopened-%`])).toEqual([{ job_name: 'reconcile' }]);
  });

  it('archives a closed campaign that is not current; an archived one is read-only and leaves the lists that ask for the others', async () => {
    expect((await call('POST', `/api/campaigns/${next.id}/close`)).body.status).toBe('closed');
    // A closed campaign's settings may still be corrected.
    expect((await call('PATCH', `/api/campaigns/${next.id}`, 'manager@bep.demo', { deadline: '2027-12-24' })).body.deadline).toBe('2027-12-24');
    const { status, body } = await call('POST', `/api/campaigns/${next.id}/archive`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'archived', closedAt: expect.stringMatching(/^2026-03-17T09:0/), archivedAt: expect.stringMatching(/^2026-03-17T09:0/), isCurrent: false });

    const edit = await call<ProblemDetails>('PATCH', `/api/campaigns/${next.id}`, 'manager@bep.demo', { deadline: '2027-12-10' });
    expect([edit.status, edit.body.type]).toEqual([409, 'urn:bep:campaign-status']);
    expect(edit.body.detail).toContain('read-only');
    expect((await call<ProblemDetails>('POST', `/api/campaigns/${next.id}/make-current`)).status).toBe(409);
    expect((await call<ProblemDetails>('POST', `/api/campaigns/${next.id}/reopen`)).status).toBe(409);
    // Its engagements no longer move either.
    const [engagement] = await query<{ id: string; version: number }>(`SELECT "id", "version" FROM "engagement" WHERE "campaign_id" = $1 LIMIT 1`, [next.id]);
    const move = await call<ProblemDetails>('POST', `/api/engagements/${engagement?.id}/transitions`, 'manager@bep.demo', { to: 'survey_answered', version: engagement?.version });
    expect([move.status, move.body.type]).toEqual([409, 'urn:bep:campaign-status']);
    expect((await query<{ stage: string }>(`SELECT "stage" FROM "engagement" WHERE "id" = $1`, [engagement?.id]))[0]?.stage).toBe('survey_sent');
    // Nor do their teams or activities change.
    const assign = await call<ProblemDetails>('PUT', `/api/engagements/${engagement?.id}/assignments`, 'manager@bep.demo', { consultantIds: [], leadId: null });
    const note = await call<ProblemDetails>('POST', `/api/engagements/${engagement?.id}/activities`, 'manager@bep.demo', { type: 'note', subject: 'Trop tard', scheduledAt: null, participants: { contactIds: [], consultantIds: [] } });
    expect([assign.status, assign.body.type, note.status, note.body.type]).toEqual([409, 'urn:bep:campaign-status', 409, 'urn:bep:campaign-status']);
    const [logged] = await query<{ id: string }>(`INSERT INTO "activity" ("engagement_id", "type", "subject") VALUES ($1, 'note', 'Avant l''archivage') RETURNING "id"`, [engagement?.id]);
    const corrected = await call<ProblemDetails>('PATCH', `/api/activities/${logged?.id}`, 'manager@bep.demo', { subject: 'Corrigé' });
    const removed = await call<ProblemDetails>('DELETE', `/api/activities/${logged?.id}`);
    expect([corrected.status, removed.status]).toEqual([409, 409]);
    expect(await query(`SELECT "subject" FROM "activity" WHERE "engagement_id" = $1`, [engagement?.id])).toEqual([{ subject: "Avant l'archivage" }]);
    expect((await call('GET', `/api/campaigns/${next.id}`)).body).toMatchObject({ deadline: '2027-12-24', isCurrent: false, status: 'archived' });

    const active = (await call<CampaignPage>('GET', '/api/campaigns?status=open,closed')).body;
    expect(active.items.map((campaign) => campaign.name)).toEqual([demo.name]);
    expect((await call<CampaignPage>('GET', '/api/campaigns?status=archived')).body.items.map((campaign) => campaign.name)).toEqual([NEXT_YEAR.name]);
    // Without a filter, every campaign, as before.
    expect((await call<CampaignPage>('GET', '/api/campaigns')).body.total).toBe(2);
    expect((await call<ProblemDetails>('GET', '/api/campaigns?status=gone')).status).toBe(400);

    const audits = await query<{ action: string }>(`SELECT "action" FROM "audit_entry" WHERE "entity_id" = $1 ORDER BY "occurred_at", "id"`, [next.id]);
    expect(audits.map((row) => row.action)).toEqual(['create', 'close', 'update', 'archive']);
  });

  it('keeps the status and its dates together in the database, and never archives the current campaign', async () => {
    await expect(query(`UPDATE "campaign" SET "status" = 'closed' WHERE "id" = $1`, [demo.id])).rejects.toThrow(/campaign_status_dates/);
    await expect(query(`UPDATE "campaign" SET "status" = 'archived', "closed_at" = now(), "archived_at" = now() WHERE "id" = $1`, [demo.id])).rejects.toThrow(
      /campaign_current_not_archived/,
    );
  });

  it('describes the lifecycle routes in the OpenAPI document, with their problems', async () => {
    const document = (await (await fetch(`${api.baseUrl}/api/docs-json`)).json()) as { paths: Record<string, Record<string, { summary?: string; responses: Record<string, unknown> }>> };
    for (const change of ['close', 'reopen', 'archive']) {
      const operation = document.paths[`/api/campaigns/{id}/${change}`]?.['post'];
      expect(operation?.summary).toBeTruthy();
      expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    }
  });
});
