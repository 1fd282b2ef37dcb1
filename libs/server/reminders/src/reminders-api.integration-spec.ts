import type { EngagementDetail, MailMessagePage, NotificationPage, ProblemDetails, Reminder, ReminderDetail, ReminderPage } from '@bep/contracts';
import type { ReminderRuleName, ReminderSkipReason, ReminderStatus } from '@bep/domain';
import type { MigratedDatabase } from '@bep/server/core/database/testing';
import { callApi, DEMO_ACCOUNT, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { EngagementsModule } from '@bep/server/engagements';
import { reminderRecipients } from './reminder-recipients';
import { RemindersModule } from './reminders.module';

const GEMBLOUX = '92142';
const CINEY = '91030';
const VIROINVAL = '93090';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

interface Arranged {
  engagementId: string | null;
  rule: ReminderRuleName;
  occurrence?: number;
  status: ReminderStatus;
  sendAt: string;
  sentAt?: string;
  /** When it last changed (a skip, a failure); the send time unless told. */
  updatedAt?: string;
  skipReason?: ReminderSkipReason;
  lastError?: string;
  attempts?: number;
}

/**
 * The reminders' HTTP API on the tests' calendar (Tuesday 17 March 2026, 10:00 in Brussels). The
 * worker does not run here: reminders, their log, mail messages and notifications are arranged in
 * SQL, as the worker would have written them.
 */
describe('reminders: list, log, cancel, send now, the outbox, notifications and the timeline', () => {
  let api: DemoApi;
  let database: MigratedDatabase;
  const headers = new Map<string, Record<string, string>>();
  const userIds = new Map<string, string>();
  let campaignId: string;
  const engagements = new Map<string, string>();
  let keyCount = 0;
  /** The reminders arranged before the tests, by name. */
  const r = {} as Record<'gSkipped' | 'gSent' | 'gNext' | 'gLater' | 'cFailed' | 'cScheduled' | 'vInvoice' | 'digest', string>;

  const call = <T>(as: string, method: string, path: string, body?: unknown) => callApi<T>(api.baseUrl, method, path, headers.get(as), body);

  async function addReminder(values: Arranged): Promise<string> {
    const [row] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "reminder" ("key", "campaign_id", "engagement_id", "rule", "occurrence", "due_at", "send_at", "status", "attempts", "skip_reason", "last_error", "sent_at", "created_at", "updated_at")
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $8, $9, $10, $11, $6, $12) RETURNING "id"`,
      [
        `${values.rule}/${values.engagementId ?? campaignId}/test-${++keyCount}`,
        campaignId,
        values.engagementId,
        values.rule,
        values.occurrence ?? 1,
        values.sendAt,
        values.status,
        values.attempts ?? (values.status === 'sent' || values.status === 'failed' ? 1 : 0),
        values.skipReason ?? null,
        values.lastError ?? null,
        values.sentAt ?? null,
        values.updatedAt ?? values.sentAt ?? values.sendAt,
      ],
    );
    return row?.id ?? '';
  }

  async function addEvent(reminderId: string, at: string, kind: string, detail: string | null): Promise<void> {
    await database.dataSource.query(`INSERT INTO "reminder_event" ("reminder_id", "at", "kind", "detail") VALUES ($1, $2, $3, $4)`, [reminderId, at, kind, detail]);
  }

  async function addMail(reminderId: string, sentAt: string, to: { name: string; email: string }[], subject: string): Promise<string> {
    const [row] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "mail_message" ("reminder_id", "transport", "message_id", "from_address", "to_addresses", "subject", "text_body", "html_body", "sent_at")
       VALUES ($1, 'outbox', $2, 'BEP <rappels@bep.demo>', $3::jsonb, $4, 'Bonjour,', '<p>Bonjour,</p><script>alert(1)</script>', $5) RETURNING "id"`,
      [reminderId, `<${reminderId}@bep.demo>`, JSON.stringify(to), subject, sentAt],
    );
    return row?.id ?? '';
  }

  async function addNotification(user: string, title: string, createdAt: string, readAt: string | null = null): Promise<string> {
    const [row] = await database.dataSource.query<{ id: string }[]>(
      `INSERT INTO "notification" ("user_id", "title", "body", "link", "created_at", "read_at") VALUES ($1, $2, 'Voir la commune.', '/communes/92142', $3, $4) RETURNING "id"`,
      [userIds.get(user), title, createdAt, readAt],
    );
    return row?.id ?? '';
  }

  const ids = (page: ReminderPage) => page.items.map((item) => item.id);

  beforeAll(async () => {
    api = await startDemoApi('reminders_api', [RemindersModule, EngagementsModule]);
    database = api.database;
    for (const [name, email] of [...Object.entries(DEMO_ACCOUNT), ['consultant2', 'consultant2@bep.demo'], ['consultant3', 'consultant3@bep.demo']] as [string, string][]) {
      const session = await signIn(api.baseUrl, email);
      headers.set(name, session.bearer);
      userIds.set(name, session.login.user.id);
    }
    const rows = await database.dataSource.query<{ id: string; nis: string; campaign_id: string }[]>(
      `SELECT e."id", e."commune_nis" AS nis, e."campaign_id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current"`,
    );
    campaignId = rows[0]?.campaign_id ?? '';
    for (const row of rows) engagements.set(row.nis, row.id);
    const gembloux = engagements.get(GEMBLOUX) ?? null;
    const ciney = engagements.get(CINEY) ?? null;

    r['gSkipped'] = await addReminder({ engagementId: gembloux, rule: 'surveyUnanswered', status: 'skipped', skipReason: 'stage-left', sendAt: '2026-03-09T08:00:00Z', updatedAt: '2026-03-09T08:00:01Z' });
    r['gSent'] = await addReminder({ engagementId: gembloux, rule: 'diagnosticNotScheduled', status: 'sent', sendAt: '2026-03-10T08:00:00Z', sentAt: '2026-03-10T08:00:05Z' });
    await addEvent(r['gSent'], '2026-03-02T09:00:00Z', 'queued', '2026-03-10T08:00:00.000Z');
    await addEvent(r['gSent'], '2026-03-10T08:00:05Z', 'sent', 'outbox');
    await addMail(r['gSent'], '2026-03-10T08:00:05Z', [{ name: 'Camille Dubois', email: 'consultant1@ocalia.demo' }], 'Diagnostic à planifier : Gembloux');
    r['gNext'] = await addReminder({ engagementId: gembloux, rule: 'upcomingEvent', status: 'scheduled', sendAt: '2026-03-20T08:00:00Z' });
    r['gLater'] = await addReminder({ engagementId: gembloux, rule: 'upcomingEvent', status: 'scheduled', sendAt: '2026-03-27T08:00:00Z' });
    r['cFailed'] = await addReminder({ engagementId: ciney, rule: 'diagnosticNotScheduled', status: 'failed', attempts: 5, lastError: '554 relay refused', sendAt: '2026-03-12T08:00:00Z' });
    r['cScheduled'] = await addReminder({ engagementId: ciney, rule: 'surveyUnanswered', occurrence: 2, status: 'scheduled', sendAt: '2026-03-18T08:00:00Z' });
    r['vInvoice'] = await addReminder({ engagementId: engagements.get(VIROINVAL) ?? null, rule: 'invoiceOverdue', status: 'scheduled', sendAt: '2026-03-19T08:00:00Z' });
    r['digest'] = await addReminder({ engagementId: null, rule: 'weeklyDigest', status: 'scheduled', sendAt: '2026-03-23T07:00:00Z' });
  });

  afterAll(() => api?.close());

  it('lists the upcoming reminders first, soonest first, then the others, the most recent first', async () => {
    const { status, body } = await call<ReminderPage>('manager', 'GET', '/api/reminders');
    expect(status).toBe(200);
    expect(ids(body)).toEqual([r['cScheduled'], r['vInvoice'], r['gNext'], r['digest'], r['gLater'], r['cFailed'], r['gSent'], r['gSkipped']]);
    expect(body).toMatchObject({ total: 8, limit: 50, offset: 0 });
    expect(body.items.find((item) => item.id === r['gSent'])).toEqual({
      id: r['gSent'],
      rule: 'diagnosticNotScheduled',
      status: 'sent',
      occurrence: 1,
      dueAt: '2026-03-10T08:00:00.000Z',
      sendAt: '2026-03-10T08:00:00.000Z',
      sentAt: '2026-03-10T08:00:05.000Z',
      skipReason: null,
      lastError: null,
      attempts: 1,
      engagement: { id: engagements.get(GEMBLOUX) ?? '', communeNis: GEMBLOUX, communeName: 'Gembloux' },
      subjectId: null,
      recipients: [{ name: 'Camille Dubois', email: 'consultant1@ocalia.demo' }],
    } satisfies Reminder);
    expect(body.items.find((item) => item.id === r['digest'])).toMatchObject({ engagement: null, recipients: null });

    const paged = await call<ReminderPage>('manager', 'GET', '/api/reminders?limit=2&offset=5');
    expect(ids(paged.body)).toEqual([r['cFailed'], r['gSent']]);
    expect(paged.body.total).toBe(8);
  });

  it('shows in the next read what changed since the last one, even when another process (the worker) changed it', async () => {
    const before = ids((await call<ReminderPage>('manager', 'GET', '/api/reminders')).body);
    const soonest = before[0];
    await database.dataSource.query(`UPDATE "reminder" SET "status" = 'sent', "sent_at" = "send_at", "attempts" = 1 WHERE "id" = $1`, [soonest]);
    try {
      const after = ids((await call<ReminderPage>('manager', 'GET', '/api/reminders')).body);
      expect(after).toHaveLength(before.length);
      expect(after[0]).toBe(before[1]);
      expect(after.indexOf(soonest ?? '')).toBeGreaterThan(0);
    } finally {
      await database.dataSource.query(`UPDATE "reminder" SET "status" = 'scheduled', "sent_at" = NULL, "attempts" = 0 WHERE "id" = $1`, [soonest]);
    }
    expect(ids((await call<ReminderPage>('manager', 'GET', '/api/reminders')).body)).toEqual(before);
  });

  it('filters by engagement, commune, rule, status and period', async () => {
    const list = async (query: string) => {
      const answer = await call<ReminderPage>('manager', 'GET', `/api/reminders?${query}`);
      expect(`${query}: ${answer.status}`).toBe(`${query}: 200`);
      return ids(answer.body);
    };
    expect(await list(`engagementId=${engagements.get(CINEY)}`)).toEqual([r['cScheduled'], r['cFailed']]);
    expect(await list(`communeNis=${GEMBLOUX}`)).toEqual([r['gNext'], r['gLater'], r['gSent'], r['gSkipped']]);
    expect(await list('rule=upcomingEvent')).toEqual([r['gNext'], r['gLater']]);
    expect(await list('status=scheduled')).toEqual([r['cScheduled'], r['vInvoice'], r['gNext'], r['digest'], r['gLater']]);
    expect(await list('status=sent,failed')).toEqual([r['cFailed'], r['gSent']]);
    expect(await list('status=skipped&communeNis=92142')).toEqual([r['gSkipped']]);
    // Brussels days, inclusive, on sentAt once sent and sendAt otherwise.
    expect(await list('from=2026-03-10&to=2026-03-12')).toEqual([r['cFailed'], r['gSent']]);
    expect(await list('from=2026-03-23')).toEqual([r['digest'], r['gLater']]);
    expect(await list(`campaignId=${UNKNOWN_ID}`)).toEqual([]);
    expect(await list(`engagementId=${UNKNOWN_ID}`)).toEqual([]);
  });

  it('shows a consultant the reminders of their own engagements only, whatever the query says', async () => {
    // consultant1 leads Gembloux; Ciney is consultant3's.
    const mine = await call<ReminderPage>('consultant', 'GET', '/api/reminders');
    expect(ids(mine.body)).toEqual([r['gNext'], r['gLater'], r['gSent'], r['gSkipped']]);
    expect((await call<ReminderPage>('consultant', 'GET', `/api/reminders?communeNis=${CINEY}`)).body.items).toEqual([]);
    expect(ids((await call<ReminderPage>('consultant3', 'GET', '/api/reminders')).body)).toEqual([r['cScheduled'], r['cFailed']]);

    const other = await call<ProblemDetails>('consultant', 'GET', `/api/reminders?engagementId=${engagements.get(CINEY)}`);
    expect(other.status).toBe(403);
    expect(other.contentType).toContain('application/problem+json');
    expect(other.body.detail).toMatch(/engagements assigned to them/);
    expect((await call<ProblemDetails>('consultant', 'GET', `/api/reminders/${r['cFailed']}`)).status).toBe(403);
    expect((await call<ProblemDetails>('consultant', 'GET', `/api/reminders/${r['digest']}`)).status).toBe(403);
    expect((await call<ReminderDetail>('consultant', 'GET', `/api/reminders/${r['gSent']}`)).status).toBe(200);
  });

  it('shows finance staff the overdue-invoice reminders only, and administrators all of them', async () => {
    expect(ids((await call<ReminderPage>('finance', 'GET', '/api/reminders')).body)).toEqual([r['vInvoice']]);
    expect(ids((await call<ReminderPage>('finance', 'GET', `/api/reminders?engagementId=${engagements.get(VIROINVAL)}`)).body)).toEqual([r['vInvoice']]);
    expect((await call<ProblemDetails>('finance', 'GET', '/api/reminders?rule=surveyUnanswered')).status).toBe(403);
    expect((await call<ProblemDetails>('finance', 'GET', `/api/reminders/${r['gSent']}`)).status).toBe(403);
    expect((await call<ReminderDetail>('finance', 'GET', `/api/reminders/${r['vInvoice']}`)).status).toBe(200);
    expect((await call<ReminderPage>('admin', 'GET', '/api/reminders')).body.total).toBe(8);
  });

  it("keeps an overdue invoice from the engagement's consultants: not listed, not read, not on the timeline, not notified", async () => {
    // consultant2 leads Viroinval, whose invoice is overdue; a reminder of the team's, later, beside it.
    const viroinval = engagements.get(VIROINVAL) ?? '';
    const workshop = await addReminder({ engagementId: viroinval, rule: 'upcomingEvent', status: 'scheduled', sendAt: '2026-03-25T08:00:00Z' });
    try {
      expect(ids((await call<ReminderPage>('consultant2', 'GET', '/api/reminders')).body)).toEqual([workshop]);
      expect(ids((await call<ReminderPage>('consultant2', 'GET', `/api/reminders?engagementId=${viroinval}`)).body)).toEqual([workshop]);
      const byRule = await call<ProblemDetails>('consultant2', 'GET', '/api/reminders?rule=invoiceOverdue');
      expect(byRule.status).toBe(403);
      expect(byRule.body.detail).toMatch(/except the overdue-invoice ones/);
      expect((await call<ProblemDetails>('consultant2', 'GET', `/api/reminders/${r['vInvoice']}`)).status).toBe(403);
      expect((await call<ReminderDetail>('consultant2', 'GET', `/api/reminders/${workshop}`)).status).toBe(200);

      // On the timeline, the next reminder to leave is the next one the viewer reads.
      const timeline = async (as: string) =>
        (await call<EngagementDetail>(as, 'GET', `/api/engagements/${viroinval}`)).body.timeline.filter((entry) => entry.kind === 'reminder').map((entry) => entry.details['reminderId']);
      expect(await timeline('consultant2')).toEqual([workshop]);
      expect(await timeline('admin')).toEqual([workshop]);
      expect(await timeline('manager')).toEqual([r['vInvoice']]);
      expect(await timeline('finance')).toEqual([r['vInvoice']]);
    } finally {
      await database.dataSource.query(`DELETE FROM "reminder" WHERE "id" = $1`, [workshop]);
    }

    // The commune's finance contact and BEP's finance staff are told (SPEC, "Reminders"); the team is not.
    const recipients = await reminderRecipients(database.dataSource.manager, 'invoiceOverdue', viroinval);
    expect(recipients.mail.map((person) => person.email).sort()).toEqual(['finance@bep.demo', 'finances@viroinval.demo']);
    expect(recipients.users).toEqual([userIds.get('finance')]);
  });

  it('answers one reminder with its log, oldest line first', async () => {
    const { status, body } = await call<ReminderDetail>('manager', 'GET', `/api/reminders/${r['gSent']}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: r['gSent'], status: 'sent', recipients: [{ email: 'consultant1@ocalia.demo' }] });
    expect(body.events).toEqual([
      { at: '2026-03-02T09:00:00.000Z', kind: 'queued', detail: '2026-03-10T08:00:00.000Z', actor: null },
      { at: '2026-03-10T08:00:05.000Z', kind: 'sent', detail: 'outbox', actor: null },
    ]);
  });

  it("puts the engagement's reminders on its timeline: those sent, skipped, failed or cancelled, and the next one to leave", async () => {
    const { status, body } = await call<EngagementDetail>('manager', 'GET', `/api/engagements/${engagements.get(GEMBLOUX)}`);
    expect(status).toBe(200);
    const reminders = body.timeline.filter((entry) => entry.kind === 'reminder');
    expect(reminders.map((entry) => [entry.at, entry.details['reminderId'], entry.details['status']])).toEqual([
      ['2026-03-09T08:00:01.000Z', r['gSkipped'], 'skipped'],
      ['2026-03-10T08:00:05.000Z', r['gSent'], 'sent'],
      ['2026-03-20T08:00:00.000Z', r['gNext'], 'scheduled'],
    ]);
    expect(reminders[0]).toMatchObject({ actor: null, summary: 'Rappel « questionnaire sans réponse » n° 1 : non envoyé (stage-left)', details: { rule: 'surveyUnanswered', skipReason: 'stage-left' } });
    // Merged with the engagement's own entries by date.
    expect(body.timeline.map((entry) => entry.at)).toEqual([...body.timeline.map((entry) => entry.at)].sort());
  });

  it('cancels a scheduled reminder (logged with the manager, audited), and refuses another status with 422 naming it', async () => {
    expect((await call<ProblemDetails>('consultant', 'POST', `/api/reminders/${r['gLater']}/cancel`)).status).toBe(403);

    const cancelled = await call<Reminder>('manager', 'POST', `/api/reminders/${r['gLater']}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ id: r['gLater'], status: 'cancelled', skipReason: 'cancelled', sentAt: null });
    const detail = await call<ReminderDetail>('manager', 'GET', `/api/reminders/${r['gLater']}`);
    expect(detail.body.events).toEqual([{ at: expect.any(String), kind: 'cancelled', detail: 'cancelled', actor: { id: userIds.get('manager'), name: 'Marie Gestionnaire' } }]);
    const audit = await database.dataSource.query(`SELECT "action", "actor_user_id", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'reminder' AND "entity_id" = $1`, [r['gLater']]);
    expect(audit).toEqual([{ action: 'cancel', actor_user_id: userIds.get('manager'), before: { status: 'scheduled' }, after: { status: 'cancelled' } }]);

    for (const [id, status] of [
      [r['gLater'], 'cancelled'],
      [r['gSent'], 'sent'],
    ] as const) {
      const refused = await call<ProblemDetails>('manager', 'POST', `/api/reminders/${id}/cancel`);
      expect(refused.status).toBe(422);
      expect(refused.contentType).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ type: 'urn:bep:reminder-status', detail: `Only a scheduled reminder can be cancelled; this one is ${status}.` });
    }

    // On the timeline, the cancellation names who cancelled.
    const { body } = await call<EngagementDetail>('manager', 'GET', `/api/engagements/${engagements.get(GEMBLOUX)}`);
    const entry = body.timeline.find((item) => item.details['reminderId'] === r['gLater']);
    expect(entry).toMatchObject({ kind: 'reminder', actor: { name: 'Marie Gestionnaire' }, details: { status: 'cancelled' } });
  });

  it('sends a failed reminder now: scheduled at this instant, attempts from zero, a forced job in the outbox, logged and audited', async () => {
    const sent = await call<Reminder>('manager', 'POST', `/api/reminders/${r['cFailed']}/send-now`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ id: r['cFailed'], status: 'scheduled', attempts: 0, sentAt: null });
    // On the tests' calendar: Tuesday 17 March 2026, 10:00 in Brussels and moving on.
    const sendAt = Date.parse(sent.body.sendAt);
    expect(sendAt).toBeGreaterThanOrEqual(Date.parse('2026-03-17T09:00:00Z'));
    expect(sendAt).toBeLessThan(Date.parse('2026-03-17T09:10:00Z'));

    const [reminder] = await database.dataSource.query<{ key: string }[]>(`SELECT "key" FROM "reminder" WHERE "id" = $1`, [r['cFailed']]);
    const jobs = await database.dataSource.query<{ queue: string; job_name: string; job_id: string; payload: unknown; run_at: Date }[]>(
      `SELECT "queue", "job_name", "job_id", "payload", "run_at" FROM "queue_outbox" WHERE "job_id" LIKE $1 || '/%'`,
      [reminder?.key],
    );
    expect(jobs).toEqual([{ queue: 'reminders', job_name: 'deliver', job_id: `${reminder?.key}/now/${sendAt}`, payload: { reminderId: r['cFailed'], sendAt, force: true }, run_at: new Date(sendAt) }]);

    const detail = await call<ReminderDetail>('manager', 'GET', `/api/reminders/${r['cFailed']}`);
    expect(detail.body.events).toEqual([{ at: sent.body.sendAt, kind: 'resent', detail: sent.body.sendAt, actor: { id: userIds.get('manager'), name: 'Marie Gestionnaire' } }]);
    const audit = await database.dataSource.query(`SELECT "action", "before", "after" FROM "audit_entry" WHERE "entity_type" = 'reminder' AND "entity_id" = $1`, [r['cFailed']]);
    expect(audit).toEqual([{ action: 'send-now', before: { status: 'failed', sendAt: '2026-03-12T08:00:00.000Z' }, after: { status: 'scheduled', sendAt: sent.body.sendAt } }]);

    // A scheduled one may be sent now too; a sent or cancelled one may not.
    expect((await call<Reminder>('manager', 'POST', `/api/reminders/${r['cScheduled']}/send-now`)).body).toMatchObject({ status: 'scheduled', attempts: 0 });
    const refused = await call<ProblemDetails>('manager', 'POST', `/api/reminders/${r['gSent']}/send-now`);
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe('Only a scheduled or failed reminder can be sent now; this one is sent.');
    expect((await call<ProblemDetails>('admin', 'POST', `/api/reminders/${r['cScheduled']}/send-now`)).status).toBe(403);
  });

  it('lists the outbox for managers and administrators, newest first, by reminder or commune', async () => {
    const viroinvalMail = await addMail(r['vInvoice'], '2026-03-16T08:00:00Z', [{ name: 'Anne Collard', email: 'finances@viroinval.demo' }], 'Facture échue : Viroinval');
    const { status, body } = await call<MailMessagePage>('manager', 'GET', '/api/mail-messages');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.items[0]).toEqual({
      id: viroinvalMail,
      reminderId: r['vInvoice'],
      transport: 'outbox',
      from: 'BEP <rappels@bep.demo>',
      to: [{ name: 'Anne Collard', email: 'finances@viroinval.demo' }],
      subject: 'Facture échue : Viroinval',
      text: 'Bonjour,',
      // As sent: the client shows it in a sandboxed iframe.
      html: '<p>Bonjour,</p><script>alert(1)</script>',
      sentAt: '2026-03-16T08:00:00.000Z',
    });
    expect(body.items[1]?.reminderId).toBe(r['gSent']);
    expect((await call<MailMessagePage>('admin', 'GET', `/api/mail-messages?reminderId=${r['gSent']}`)).body.items.map((m) => m.reminderId)).toEqual([r['gSent']]);
    expect((await call<MailMessagePage>('manager', 'GET', `/api/mail-messages?communeNis=${VIROINVAL}`)).body.items.map((m) => m.id)).toEqual([viroinvalMail]);
    expect((await call<MailMessagePage>('manager', 'GET', `/api/mail-messages?communeNis=${CINEY}&limit=1`)).body).toEqual({ items: [], total: 0, limit: 1, offset: 0 });
    for (const role of ['consultant', 'finance']) {
      expect((await call<ProblemDetails>(role, 'GET', '/api/mail-messages')).status).toBe(403);
    }
  });

  it("shows each user their own notifications with the unread count, and marks only theirs as read", async () => {
    const newest = await addNotification('manager', 'Diagnostic à planifier : Ciney', '2026-03-16T08:00:00Z');
    const read = await addNotification('manager', 'Résumé de la semaine', '2026-03-15T08:00:00Z', '2026-03-15T09:00:00Z');
    const oldest = await addNotification('manager', 'Diagnostic à planifier : Gembloux', '2026-03-14T08:00:00Z');
    const consultants = await addNotification('consultant', 'Atelier dans deux jours : Gembloux', '2026-03-16T08:00:00Z');

    const mine = await call<NotificationPage>('manager', 'GET', '/api/notifications');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ total: 3, unread: 2, limit: 50, offset: 0 });
    expect(mine.body.items.map((n) => n.id)).toEqual([newest, read, oldest]);
    expect(mine.body.items[0]).toEqual({ id: newest, reminderId: null, title: 'Diagnostic à planifier : Ciney', body: 'Voir la commune.', link: '/communes/92142', createdAt: '2026-03-16T08:00:00.000Z', readAt: null });
    const unread = await call<NotificationPage>('manager', 'GET', '/api/notifications?unreadOnly=true&limit=1');
    expect(unread.body).toMatchObject({ total: 2, unread: 2, limit: 1 });
    expect(unread.body.items.map((n) => n.id)).toEqual([newest]);
    expect((await call<NotificationPage>('consultant', 'GET', '/api/notifications')).body.items.map((n) => n.id)).toEqual([consultants]);
    expect((await call<NotificationPage>('finance', 'GET', '/api/notifications')).body).toEqual({ items: [], total: 0, unread: 0, limit: 50, offset: 0 });

    // Someone else's id is ignored, not marked.
    const marked = await call<null>('manager', 'POST', '/api/notifications/read', { ids: [newest, consultants] });
    expect(marked.status).toBe(204);
    expect((await call<NotificationPage>('manager', 'GET', '/api/notifications')).body.unread).toBe(1);
    expect((await call<NotificationPage>('consultant', 'GET', '/api/notifications')).body.unread).toBe(1);

    expect((await call<null>('manager', 'POST', '/api/notifications/read', {})).status).toBe(204);
    expect((await call<null>('consultant', 'POST', '/api/notifications/read')).status).toBe(204);
    expect((await call<NotificationPage>('consultant', 'GET', '/api/notifications')).body.unread).toBe(0);
    const after = await call<NotificationPage>('manager', 'GET', '/api/notifications');
    expect(after.body.unread).toBe(0);
    // One already read keeps the time it was first read.
    expect(after.body.items.find((n) => n.id === read)?.readAt).toBe('2026-03-15T09:00:00.000Z');
    expect(after.body.items.every((n) => n.readAt !== null)).toBe(true);
  });

  it('answers bad ids, filters and bodies with problem details', async () => {
    const cases: [string, string, string, unknown, number][] = [
      ['manager', 'GET', '/api/reminders/not-a-uuid', undefined, 400],
      ['manager', 'GET', `/api/reminders/${UNKNOWN_ID}`, undefined, 404],
      ['consultant', 'GET', `/api/reminders/${UNKNOWN_ID}`, undefined, 404],
      ['manager', 'POST', `/api/reminders/${UNKNOWN_ID}/cancel`, undefined, 404],
      ['manager', 'POST', `/api/reminders/${UNKNOWN_ID}/send-now`, undefined, 404],
      ['manager', 'POST', '/api/reminders/42/send-now', undefined, 400],
      ['manager', 'GET', '/api/reminders?status=bogus', undefined, 400],
      ['manager', 'GET', '/api/reminders?status=sent,', undefined, 400],
      ['manager', 'GET', '/api/reminders?rule=weekly', undefined, 400],
      ['manager', 'GET', '/api/reminders?engagementId=ciney', undefined, 400],
      ['manager', 'GET', '/api/reminders?communeNis=9214', undefined, 400],
      ['manager', 'GET', '/api/reminders?from=2026-03-20&to=2026-03-10', undefined, 400],
      ['manager', 'GET', '/api/reminders?from=2026-02-30', undefined, 400],
      ['manager', 'GET', '/api/reminders?limit=201', undefined, 400],
      ['manager', 'GET', '/api/mail-messages?reminderId=x', undefined, 400],
      ['manager', 'GET', '/api/notifications?unreadOnly=yes', undefined, 400],
      ['manager', 'POST', '/api/notifications/read', { ids: ['x'] }, 400],
      ['manager', 'POST', '/api/notifications/read', { ids: [] }, 400],
      ['manager', 'POST', '/api/notifications/read', { all: true }, 400],
    ];
    for (const [as, method, path, body, expected] of cases) {
      const answer = await call<ProblemDetails>(as, method, path, body);
      expect(`${method} ${path}: ${answer.status}`).toBe(`${method} ${path}: ${expected}`);
      expect(answer.contentType).toContain('application/problem+json');
    }
    const bad = await call<ProblemDetails>('manager', 'GET', '/api/reminders?status=scheduled,bogus');
    expect(bad.body.errors).toEqual([{ path: 'status', message: expect.stringContaining('scheduled, sending, sent, skipped, cancelled, failed') }]);
  });
});
