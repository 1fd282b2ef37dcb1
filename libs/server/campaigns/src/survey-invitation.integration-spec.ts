import type { TestingModule } from '@nestjs/testing';
import { SURVEY_TOKEN_HEADER, type Campaign, type CommunesWithoutContact, type MailMessagePage, type SurveyForm } from '@bep/contracts';
import { callApi, type DemoApi, signIn, startDemoApi } from '@bep/server/core/test-api';
import { TEST_CLOCK_START } from '@bep/server/core/testing';
import { EngagementsModule } from '@bep/server/engagements';
import { ReminderDelivery, ReminderReconciler, RemindersModule } from '@bep/server/reminders';
import { compileRemindersWorker } from '@bep/server/reminders/testing';
import { SurveyModule } from '@bep/server/survey';
import { CampaignsModule } from './campaigns.module';

/** Opened the day before the tests' today (Tuesday 17 March 2026, 10:00 in Brussels): its invitations' day has passed. */
const OPENED_YESTERDAY = { name: 'Radioscopie numérique 2026 (relance)', startsOn: '2026-03-16', endsOn: '2026-12-31', deadline: '2026-12-18', prices: { diagnostic: { priceCents: 500_000 } } };
const LINK = /\/questionnaire#([A-Za-z0-9_-]{43})/;

/**
 * Opening a campaign through HTTP, then the worker (in-process, on the same database, writing to
 * the in-app outbox: no SMTP) sending its questionnaire invitations: each commune's link issued
 * with the campaign, carried by its invitation and reminders, and the communes no e-mail reaches.
 */
describe('the questionnaire invitation when a campaign opens', () => {
  let api: DemoApi;
  let worker: TestingModule;
  let manager: Record<string, string>;
  let managerId = '';
  let campaign: Campaign;

  const query = <T>(sql: string, params: unknown[] = []) => api.database.dataSource.query<T[]>(sql, params);
  const call = <T>(method: string, path: string, body?: unknown) => callApi<T>(api.baseUrl, method, path, manager, body);
  const engagementOf = async (commune: string) => {
    const [row] = await query<{ id: string }>(`SELECT e."id" FROM "engagement" e JOIN "commune" m ON m."nis" = e."commune_nis" WHERE e."campaign_id" = $1 AND m."name" = $2`, [campaign.id, commune]);
    if (!row) throw new Error(`No engagement for ${commune}`);
    return row.id;
  };
  const reminderOf = async (commune: string, rule: string) => {
    const [row] = await query<{ id: string; status: string; skip_reason: string | null; send_at: Date }>(
      `SELECT "id", "status", "skip_reason", "send_at" FROM "reminder" WHERE "engagement_id" = $1 AND "rule" = $2 ORDER BY "occurrence" LIMIT 1`,
      [await engagementOf(commune), rule],
    );
    if (!row) throw new Error(`No ${rule} reminder for ${commune}`);
    return row;
  };
  const outboxOf = async (reminderId: string) => {
    const page = await call<MailMessagePage>('GET', `/api/mail-messages?reminderId=${reminderId}`);
    expect(page.status).toBe(200);
    return page.body.items;
  };
  const deliver = (reminder: { id: string; send_at: Date }, force = false) => worker.get(ReminderDelivery).deliver({ reminderId: reminder.id, sendAt: reminder.send_at.getTime(), force }, true);

  beforeAll(async () => {
    api = await startDemoApi('survey_invitation', [CampaignsModule, EngagementsModule, SurveyModule, RemindersModule]);
    const session = await signIn(api.baseUrl, 'manager@bep.demo');
    manager = session.bearer;
    managerId = session.login.user.id;
    worker = await compileRemindersWorker(api.database.url);
    const created = await call<Campaign>('POST', '/api/campaigns', OPENED_YESTERDAY);
    expect(created.status).toBe(201);
    campaign = created.body;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('issues each engagement its link in force with the campaign, by its creator, and asks the worker to plan at once', async () => {
    const links = await query<{ engagements: number; in_force: number; by_creator: number }>(
      `SELECT count(DISTINCT e."id")::int AS engagements, count(l."id")::int AS in_force, count(l."id") FILTER (WHERE l."created_by" = $2)::int AS by_creator
         FROM "engagement" e LEFT JOIN "survey_link" l ON l."engagement_id" = e."id" AND l."revoked_at" IS NULL WHERE e."campaign_id" = $1`,
      [campaign.id, managerId],
    );
    expect(links).toEqual([{ engagements: 37, in_force: 37, by_creator: 37 }]);
    expect(await query(`SELECT "job_name" FROM "queue_outbox" WHERE "job_id" LIKE $1`, [`reconcile/${campaign.id}/created-%`])).toEqual([{ job_name: 'reconcile' }]);
  });

  it('lists the communes that no e-mail reaches, by name; any other commune is not listed', async () => {
    const listed = await call<CommunesWithoutContact>('GET', `/api/campaigns/${campaign.id}/communes-without-contact`);
    expect(listed.status).toBe(200);
    const names = listed.body.items.map((item) => item.name);
    expect(names).toEqual(expect.arrayContaining(['Ciney', 'Gembloux', 'Profondeville']));
    expect(names).not.toContain('Viroinval');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const reachable = await query<{ nis: string }>(`SELECT DISTINCT "commune_nis" AS nis FROM "contact" WHERE "erased_at" IS NULL AND "email" IS NOT NULL`);
    expect(listed.body.items.filter((item) => reachable.some((row) => row.nis === item.nis))).toEqual([]);
    expect(listed.body.items[0]).toEqual({ nis: expect.any(String), name: names[0], stage: 'survey_sent' });

    // A commune that withdrew is written to no more: it leaves the list.
    await query(`UPDATE "engagement" SET "stage" = 'withdrawn' WHERE "id" = $1`, [await engagementOf('Profondeville')]);
    const after = await call<CommunesWithoutContact>('GET', `/api/campaigns/${campaign.id}/communes-without-contact`);
    expect(after.body.items.map((item) => item.name)).toEqual(names.filter((name) => name !== 'Profondeville'));
    await query(`UPDATE "engagement" SET "stage" = 'survey_sent' WHERE "id" = $1`, [await engagementOf('Profondeville')]);
  });

  it('answers 404 for an unknown campaign and 400 for a malformed id, never a 500', async () => {
    expect((await call('GET', '/api/campaigns/00000000-0000-4000-8000-000000000000/communes-without-contact')).status).toBe(404);
    expect((await call('GET', '/api/campaigns/nope/communes-without-contact')).status).toBe(400);
  });

  it("plans each commune's invitation, once, at the next sending slot since its day has passed", async () => {
    expect((await call('POST', `/api/campaigns/${campaign.id}/make-current`)).status).toBe(200);
    await worker.get(ReminderReconciler).reconcile();
    await worker.get(ReminderReconciler).reconcile();
    const planned = await query<{ n: number; send_at: Date }>(
      `SELECT count(*)::int AS n, min("send_at") AS send_at FROM "reminder" WHERE "campaign_id" = $1 AND "rule" = 'surveyInvitation' AND "status" = 'scheduled'`,
      [campaign.id],
    );
    expect(planned).toEqual([{ n: 37, send_at: new Date(TEST_CLOCK_START) }]);
  });

  it("sends the binôme the invitation in the outbox, whose link opens the commune's questionnaire", async () => {
    const invitation = await reminderOf('Viroinval', 'surveyInvitation');
    expect(await deliver(invitation)).toBe('sent');
    const [message] = await outboxOf(invitation.id);
    expect(message?.transport).toBe('outbox');
    expect(message?.subject).toBe('Questionnaire de maturité numérique — Viroinval');
    // The binôme only: the commune's finance contact gets no questionnaire.
    expect(message?.to.map((to) => to.email).sort()).toEqual(['elise.martin@viroinval.demo', 'marc.dupuis@viroinval.demo']);
    const token = LINK.exec(message?.text ?? '')?.[1];
    expect(message?.html).toContain(`/questionnaire#${token}`);

    const form = await callApi<SurveyForm>(api.baseUrl, 'GET', '/api/survey', { [SURVEY_TOKEN_HEADER]: token ?? '' });
    expect(form.status).toBe(200);
    expect(form.body.commune.name).toBe('Viroinval');
    expect(form.body.campaign.name).toBe(OPENED_YESTERDAY.name);

    // An administrator reads the outbox without the link's token: only a manager may answer for a commune.
    const admin = await signIn(api.baseUrl, 'admin@bep.demo');
    const asAdmin = await callApi<MailMessagePage>(api.baseUrl, 'GET', `/api/mail-messages?reminderId=${invitation.id}`, admin.bearer);
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.items[0]?.text).toContain('/questionnaire#…');
    expect(JSON.stringify(asAdmin.body)).not.toContain(String(token));
  });

  it('writes to the other contacts of a commune without a binôme (its secretariat)', async () => {
    const invitation = await reminderOf('Mettet', 'surveyInvitation');
    expect(await deliver(invitation)).toBe('sent');
    const [message] = await outboxOf(invitation.id);
    expect(message?.to).toEqual([{ name: 'Secrétariat communal de Mettet', email: 'secretariat@mettet.demo' }]);
  });

  it('skips, no-recipient, the invitation of a commune without a contact', async () => {
    const invitation = await reminderOf('Gembloux', 'surveyInvitation');
    expect(await deliver(invitation)).toBe('skipped');
    expect(await reminderOf('Gembloux', 'surveyInvitation')).toMatchObject({ status: 'skipped', skip_reason: 'no-recipient' });
    expect(await outboxOf(invitation.id)).toEqual([]);
  });

  it('once the link is revoked, the next reminder carries no link and says to ask BEP for a new one', async () => {
    const mettet = await engagementOf('Mettet');
    expect((await call('DELETE', `/api/engagements/${mettet}/survey-link`)).status).toBe(204);
    await worker.get(ReminderReconciler).planEngagement(mettet);
    const reminder = await reminderOf('Mettet', 'surveyUnanswered');
    expect((await call('POST', `/api/reminders/${reminder.id}/send-now`)).status).toBe(200);
    const resent = await reminderOf('Mettet', 'surveyUnanswered');
    expect(await deliver(resent, true)).toBe('sent');

    const [message] = await outboxOf(reminder.id);
    expect(message?.text).not.toMatch(LINK);
    expect(message?.text).toContain('demandez au BEP un nouveau lien personnel vers le questionnaire de votre commune');
  });
});
