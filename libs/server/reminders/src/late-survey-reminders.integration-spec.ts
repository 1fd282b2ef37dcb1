import type { LateSurveyRemindersSent, PipelineStats, ProblemDetails } from '@bep/contracts';
import type { ReminderStatus } from '@bep/domain';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, DEMO_ACCOUNT, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { EngagementsModule } from '@bep/server/engagements';
import { RemindersModule } from './reminders.module';

const PATH = '/api/reminders/late-surveys/send-now';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface ReminderState {
  status: ReminderStatus;
  send_at: Date;
  attempts: number;
}

/**
 * The managers' "send a reminder now" to every commune late for its questionnaire, on the demo
 * (questionnaire sent on Monday 23 February 2026, late since 9 March) and the tests' calendar
 * (Tuesday 17 March 2026, 10:00 in Brussels). The worker does not run here: the reminders are
 * arranged in SQL, as the planner and the delivery would have left them.
 */
describe('POST /api/reminders/late-surveys/send-now', () => {
  let api: DemoApi;
  let database: MigratedDatabase;
  const headers = new Map<string, Record<string, string>>();
  let managerId = '';
  let campaignId = '';
  let keyCount = 0;
  /** The reminders arranged, by name: `aNext` and `bFailed` are the ones to leave now. */
  const r = {} as Record<'aSent' | 'aNext' | 'aLast' | 'bFailed' | 'notLateYet' | 'answered', string>;

  const call = <T>(as: string, body?: unknown) => callApi<T>(api.baseUrl, 'POST', PATH, headers.get(as), body);
  const query = <T>(sql: string, params: unknown[] = []) => database.dataSource.query<T[]>(sql, params);

  async function addReminder(engagementId: string, occurrence: number, status: ReminderStatus, sendAt: string, attempts = 0): Promise<string> {
    const [row] = await query<{ id: string }>(
      `INSERT INTO "reminder" ("key", "campaign_id", "engagement_id", "rule", "occurrence", "due_at", "send_at", "status", "attempts", "sent_at", "created_at", "updated_at")
       VALUES ($1, $2, $3, 'surveyUnanswered', $4, $5, $5, $6, $7, $8, $5, $5) RETURNING "id"`,
      [`surveyUnanswered/${engagementId}/late-${++keyCount}`, campaignId, engagementId, occurrence, sendAt, status, attempts, status === 'sent' ? sendAt : null],
    );
    if (!row) throw new Error('The reminder was not written');
    return row.id;
  }

  const stateOf = async (id: string) => (await query<ReminderState>(`SELECT "status", "send_at", "attempts" FROM "reminder" WHERE "id" = $1`, [id]))[0];
  const jobsOf = (id: string) => query<{ job_name: string; payload: unknown; run_at: Date }>(`SELECT "job_name", "payload", "run_at" FROM "queue_outbox" WHERE "payload"->>'reminderId' = $1`, [id]);
  const outboxSize = async () => Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "queue_outbox"`))[0]?.n);
  const lateCount = async () => (await callApi<PipelineStats>(api.baseUrl, 'GET', '/api/stats', headers.get('manager'))).body.late.counts['survey-unanswered'];

  beforeAll(async () => {
    api = await startDemoApi('late_survey_reminders', [RemindersModule, EngagementsModule]);
    database = api.database;
    for (const [role, email] of Object.entries(DEMO_ACCOUNT)) {
      const session = await signIn(api.baseUrl, email);
      headers.set(role, session.bearer);
      if (role === 'manager') managerId = session.login.user.id;
    }
    const engagements = await query<{ id: string; stage: string; campaign_id: string }>(
      `SELECT e."id", e."stage", e."campaign_id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" ORDER BY e."commune_nis"`,
    );
    campaignId = engagements[0]?.campaign_id ?? '';
    const waiting = engagements.filter((engagement) => engagement.stage === 'survey_sent').map((engagement) => engagement.id);
    const [a, b, c, notLateYet] = waiting as [string, string, string, string];
    const answered = engagements.find((engagement) => engagement.stage === 'survey_answered')?.id ?? '';

    // a: its first reminder sent, the second and third to come; b: its first failed for good;
    // c: its series over (three sent).
    r.aSent = await addReminder(a, 1, 'sent', '2026-03-09T08:00:00Z', 1);
    r.aNext = await addReminder(a, 2, 'scheduled', '2026-03-23T07:00:00Z');
    r.aLast = await addReminder(a, 3, 'scheduled', '2026-03-30T06:00:00Z');
    r.bFailed = await addReminder(b, 1, 'failed', '2026-03-09T08:00:00Z', 5);
    for (const [occurrence, sendAt] of [[1, '2026-03-09T08:00:00Z'], [2, '2026-03-16T07:00:00Z'], [3, '2026-03-17T07:00:00Z']] as const) {
      await addReminder(c, occurrence, 'sent', sendAt, 1);
    }
    // Not late: a questionnaire sent a week ago (late on 24 March), one answered (a reminder the planner has not withdrawn yet).
    await query(`UPDATE "engagement" SET "stage_entered_at" = '2026-03-10T09:00:00Z' WHERE "id" = $1`, [notLateYet]);
    r.notLateYet = await addReminder(notLateYet, 1, 'scheduled', '2026-03-24T08:00:00Z');
    r.answered = await addReminder(answered, 2, 'scheduled', '2026-03-18T07:00:00Z');
  });

  afterAll(() => api?.close());

  it('refuses consultants, finance staff and administrators (403), and sends nothing', async () => {
    const before = await outboxSize();
    for (const role of ['consultant', 'finance', 'admin']) {
      const refused = await call<ProblemDetails>(role);
      expect([role, refused.status]).toEqual([role, 403]);
      expect(refused.contentType).toContain('application/problem+json');
    }
    expect(await outboxSize()).toBe(before);
    expect(await stateOf(r.aNext)).toMatchObject({ status: 'scheduled', send_at: new Date('2026-03-23T07:00:00Z') });
  });

  it('answers a bad or unknown campaign with problem details', async () => {
    const bad = await call<ProblemDetails>('manager', { campaignId: 'radioscopie-2026' });
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
    expect(bad.body.errors?.map((error) => error.path)).toEqual(['campaignId']);
    expect((await call<ProblemDetails>('manager', { campaignId, all: true })).status).toBe(400);

    const unknown = await call<ProblemDetails>('manager', { campaignId: UNKNOWN_ID });
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
    expect(unknown.body.detail).toBe(`No campaign ${UNKNOWN_ID}.`);
  });

  it("sends now the next questionnaire reminder of every commune the dashboard counts late, and counts those whose series is over", async () => {
    const late = await lateCount();
    const { status, body } = await call<LateSurveyRemindersSent>('manager');
    expect(status).toBe(200);
    // Every late engagement is either sent a reminder or has none left: the dashboard's count, all of them.
    expect(body).toEqual({ sent: 2, without: late - 2 } satisfies LateSurveyRemindersSent);

    // On the tests' calendar: Tuesday 17 March 2026, 10:00 in Brussels and moving on.
    const now = (await stateOf(r.aNext))?.send_at ?? new Date(0);
    expect(now.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-17T09:00:00Z'));
    expect(now.getTime()).toBeLessThan(Date.parse('2026-03-17T09:10:00Z'));
    // The soonest of a's two to come; b's failed one with its attempts counted from zero.
    expect(await stateOf(r.aNext)).toEqual({ status: 'scheduled', send_at: now, attempts: 0 });
    expect(await stateOf(r.bFailed)).toEqual({ status: 'scheduled', send_at: now, attempts: 0 });
    expect(await stateOf(r.aLast)).toEqual({ status: 'scheduled', send_at: new Date('2026-03-30T06:00:00Z'), attempts: 0 });
    expect(await stateOf(r.aSent)).toMatchObject({ status: 'sent' });
    expect(await stateOf(r.notLateYet)).toEqual({ status: 'scheduled', send_at: new Date('2026-03-24T08:00:00Z'), attempts: 0 });
    expect(await stateOf(r.answered)).toEqual({ status: 'scheduled', send_at: new Date('2026-03-18T07:00:00Z'), attempts: 0 });

    // Each with its forced delivery job, its log line naming the manager, its audit entry; nothing for the others.
    for (const [id, before] of [
      [r.aNext, { status: 'scheduled', sendAt: '2026-03-23T07:00:00.000Z' }],
      [r.bFailed, { status: 'failed', sendAt: '2026-03-09T08:00:00.000Z' }],
    ] as const) {
      expect(await jobsOf(id)).toEqual([{ job_name: 'deliver', payload: { reminderId: id, sendAt: now.getTime(), force: true }, run_at: now }]);
      expect(await query(`SELECT "kind", "detail", "actor_user_id" FROM "reminder_event" WHERE "reminder_id" = $1`, [id])).toEqual([
        { kind: 'resent', detail: now.toISOString(), actor_user_id: managerId },
      ]);
      expect(await query(`SELECT "action", "actor_user_id", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'reminder' AND "entity_id" = $1`, [id])).toEqual([
        { action: 'send-now', actor_user_id: managerId, before, after: { status: 'scheduled', sendAt: now.toISOString() } },
      ]);
    }
    for (const id of [r.aLast, r.aSent, r.notLateYet, r.answered]) {
      expect(await jobsOf(id)).toEqual([]);
      expect(await query(`SELECT 1 FROM "reminder_event" WHERE "reminder_id" = $1`, [id])).toEqual([]);
    }
    expect(await query(`SELECT "entity_id" FROM "audit_entry" WHERE "action" = 'send-now'`)).toHaveLength(2);
  });

  it('reaches the campaign named as it reaches the current one', async () => {
    const { status, body } = await call<LateSurveyRemindersSent>('manager', { campaignId });
    expect(status).toBe(200);
    expect(body).toEqual({ sent: 2, without: (await lateCount()) - 2 });
    expect((await jobsOf(r.aNext)).length).toBe(2);
    expect(await jobsOf(r.aLast)).toEqual([]);
  });

  it('refuses a campaign that is not open (409) and leaves its reminders as they were', async () => {
    await query(`UPDATE "campaign" SET "status" = 'closed', "closed_at" = '2026-03-17T09:00:00Z' WHERE "id" = $1`, [campaignId]);
    const before = await stateOf(r.aNext);
    const outbox = await outboxSize();
    for (const body of [undefined, { campaignId }]) {
      const refused = await call<ProblemDetails>('manager', body);
      expect([refused.status, refused.body.type]).toEqual([409, 'urn:bep:campaign-status']);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body.detail).toBe('Only a reminder of an open campaign can be sent now; "Radioscopie numérique 2026" is closed.');
    }
    expect(await stateOf(r.aNext)).toEqual(before);
    expect(await outboxSize()).toBe(outbox);
  });
});
