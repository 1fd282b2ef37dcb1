import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FixedClock } from '@bep/server/core/clock';
import type { QueueConfig, RuntimeConfig } from '@bep/server/core/config';
import { issueMissingSurveyLinks } from '@bep/server/core/database';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { QueueName } from '@bep/server/core/queue';
import { ReminderDelivery, ReminderReconciler } from '@bep/server/reminders';
import { loadDemo } from '@bep/server/core/test-api';
import { eventually, requireTestServices, startTestSmtpServer, TEST_CLOCK_START, testRuntimeConfig, type TestSmtpServer } from '@bep/server/core/testing';
import type { Queue } from 'bullmq';
import { WorkerModule } from '../app/worker.module';

interface ReminderRow {
  id: string;
  key: string;
  rule: string;
  status: string;
  occurrence: number;
  send_at: Date;
  sent_at: Date | null;
  skip_reason: string | null;
}

/**
 * Reminders end to end in the real worker, on one queue backend: planned from the demo's pipeline,
 * relayed from the outbox, delivered through a real SMTP server, on the tests' fixed calendar.
 */
export function describeReminderDelivery(backend: QueueConfig['backend'], queueFor: (databaseUrl: string) => QueueConfig): void {
  describe(`reminders delivered by the worker on the ${backend} queue backend`, () => {
    let database: MigratedDatabase;
    let smtp: TestSmtpServer;
    let config: RuntimeConfig;
    let worker: INestApplicationContext;
    const clock = new FixedClock(TEST_CLOCK_START);
    /** A commune whose questionnaire is still unanswered in the demo, and its secretariat's address. */
    let commune: { name: string; engagementId: string; email: string };

    /** The engagement's reminders of a rule (the questionnaire's by default). */
    const reminders = (engagementId: string, rule = 'surveyUnanswered') =>
      database.dataSource.query<ReminderRow[]>(
        `SELECT "id", "key", "rule", "status", "occurrence", "send_at", "sent_at", "skip_reason" FROM "reminder" WHERE "engagement_id" = $1 AND "rule" = $2 ORDER BY "occurrence"`,
        [engagementId, rule],
      );
    const mailsTo = (email: string) => smtp.messages.filter((message) => message.envelope.to.includes(email));
    /**
     * The questionnaire's invitation switched off in the campaign's settings: the tests that start a
     * new questionnaire series follow its reminders, and a new series also calls for its own invitation.
     */
    const switchInvitationsOff = () =>
      database.dataSource.query(`UPDATE "campaign" SET "reminder_settings" = "reminder_settings" || '{"surveyInvitation": {"enabled": false}}'::jsonb`);

    beforeAll(async () => {
      await requireTestServices();
      database = await createMigratedDatabase(`reminders_${backend}`);
      await loadDemo(database.dataSource);
      smtp = await startTestSmtpServer();
      const [row] = await database.dataSource.query<{ name: string; engagement_id: string; nis: string }[]>(
        `SELECT c."name", e."id" AS engagement_id, c."nis" FROM "engagement" e JOIN "commune" c ON c."nis" = e."commune_nis"
          WHERE e."stage" = 'survey_sent' ORDER BY c."name" LIMIT 1`,
      );
      if (!row) throw new Error('The demo has no unanswered questionnaire');
      const [contact] = await database.dataSource.query<{ email: string }[]>(`SELECT "email" FROM "contact" WHERE "commune_nis" = $1`, [row.nis]);
      if (!contact) throw new Error(`The demo gives ${row.name} no contact`);
      commune = { name: row.name, engagementId: row.engagement_id, email: contact.email };
      const base = testRuntimeConfig(database.url, { queue: queueFor(database.url) });
      config = { ...base, mail: { ...base.mail, smtpUrl: smtp.url } };
      // The unanswered communes' links, as opening the campaign issues them: their e-mails carry them.
      const unanswered = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "engagement" WHERE "stage" = 'survey_sent'`);
      await issueMissingSurveyLinks(database.dataSource.manager, unanswered.map((row) => row.id), config.auth.sessionSecret, clock.now(), null);
      worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { clock, relay: { pollMs: 100 } }), { logger: false });
      await worker.init();
    });

    afterAll(async () => {
      await worker?.close();
      await smtp?.close();
      await database?.drop();
    });

    it('sends the questionnaire (its day has passed) and the survey reminder once, inside the sending window, and plans the next one', async () => {
      // Tuesday 17 March 2026, 10:00: the questionnaire left on Monday 23 February, before any worker ran: its
      // invitation leaves now; the second reminder (day 21) is due, the third (day 28) is to come.
      await worker.get(ReminderReconciler).reconcile();
      // Every unanswered commune gets its invitation and reminder; this one is followed through.
      const message = await eventually(async () => mailsTo(commune.email).find((mail) => mail.text?.includes('rappel 2 sur 3')), `the reminder to ${commune.email}`);
      expect(message.envelope.to).toEqual([commune.email]);
      expect(message.subject).toContain(commune.name);
      expect(message.html).toContain(`/questionnaire#`);
      const invitation = await eventually(async () => mailsTo(commune.email).find((mail) => mail.subject?.startsWith('Questionnaire de maturité numérique')), `the invitation to ${commune.email}`);
      expect(invitation.html).toContain(`/questionnaire#`);

      const rows = await eventually(async () => {
        const found = await reminders(commune.engagementId);
        return found.some((row) => row.status === 'sent') ? found : undefined;
      }, 'the reminder marked sent');
      expect(rows.map((row) => [row.occurrence, row.status])).toEqual([
        [2, 'sent'],
        [3, 'scheduled'],
      ]);
      expect(rows[0]?.sent_at?.toISOString()).toBe(new Date(TEST_CLOCK_START).toISOString());
      expect(rows[1]?.send_at.toISOString()).toBe('2026-03-23T08:00:00.000Z'); // Monday 09:00, the hour it was sent
      const invited = await eventually(async () => (await reminders(commune.engagementId, 'surveyInvitation')).find((row) => row.status === 'sent'), 'the invitation marked sent');
      expect(invited.sent_at?.toISOString()).toBe(new Date(TEST_CLOCK_START).toISOString());

      // The commune got its working link; the copy kept of a message that left by SMTP has none.
      const token = /\/questionnaire#([A-Za-z0-9_-]{43})/.exec(invitation.text ?? '')?.[1];
      expect(token).toBeDefined();
      const [kept] = await database.dataSource.query<{ text_body: string; html_body: string }[]>(`SELECT "text_body", "html_body" FROM "mail_message" WHERE "reminder_id" = $1`, [invited.id]);
      expect(kept?.text_body).toContain('/questionnaire#…');
      expect(`${kept?.text_body} ${kept?.html_body}`).not.toContain(token);
    });

    it('sends nothing more when planned again', async () => {
      await worker.get(ReminderReconciler).reconcile();
      await worker.get(ReminderReconciler).reconcile();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(mailsTo(commune.email)).toHaveLength(2);
    });

    it('skips the next reminder once the commune answered, and says why', async () => {
      await database.dataSource.query(`UPDATE "engagement" SET "stage" = 'survey_answered', "stage_entered_at" = $2 WHERE "id" = $1`, [
        commune.engagementId,
        clock.now(),
      ]);
      const [third] = (await reminders(commune.engagementId)).filter((row) => row.occurrence === 3);
      const queue = worker.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
      const job = await eventually(async () => (await queue.getJobs(['delayed'])).find((candidate) => candidate.data?.reminderId === third?.id), 'the third reminder in the queue');
      clock.set('2026-03-23T09:30:00+01:00');
      await job.promote();
      const skipped = await eventually(async () => (await reminders(commune.engagementId)).find((row) => row.occurrence === 3 && row.status === 'skipped'), 'the skip');
      expect(skipped.skip_reason).toBe('stage-left');
      expect(mailsTo(commune.email)).toHaveLength(2);
      clock.set(TEST_CLOCK_START);
    });

    it('a delivery job that runs early, beside another one, or for a campaign no longer current does nothing wrong', async () => {
      const delivery = worker.get(ReminderDelivery);
      const row = async (rule: string) =>
        (await database.dataSource.query<{ id: string; send_at: Date; status: string; skip_reason: string | null }[]>(
          `SELECT "id", "send_at", "status", "skip_reason" FROM "reminder" WHERE "rule" = $1 AND "status" IN ('scheduled', 'sending') ORDER BY "send_at" LIMIT 1`,
          [rule],
        ))[0];
      // Gembloux's diagnostic of Tuesday 24 March: announced on Monday 23 at 08:00, when the window opens.
      const announce = await row('upcomingEvent');
      if (!announce) throw new Error('No announced diagnostic');
      expect(announce.send_at.toISOString()).toBe('2026-03-23T07:00:00.000Z');

      // Thirty seconds before its time (a clock behind): it waits for its time, it does not move.
      clock.set('2026-03-23T07:59:30+01:00');
      expect(await delivery.deliver({ reminderId: announce.id, sendAt: announce.send_at.getTime() }, false)).toEqual({ notYet: announce.send_at });
      expect((await row('upcomingEvent'))?.send_at.toISOString()).toBe(announce.send_at.toISOString());

      // Another job while a worker delivers it: left to that worker; one that said nothing for 11 minutes: interrupted.
      clock.set('2026-03-23T08:00:00+01:00');
      await database.dataSource.query(`UPDATE "reminder" SET "status" = 'sending', "updated_at" = $2 WHERE "id" = $1`, [announce.id, clock.now()]);
      expect(await delivery.deliver({ reminderId: announce.id, sendAt: announce.send_at.getTime(), force: true }, false)).toBe('already-handled');
      expect((await row('upcomingEvent'))?.status).toBe('sending');
      clock.advance(11 * 60_000);
      expect(await delivery.deliver({ reminderId: announce.id, sendAt: announce.send_at.getTime(), force: true }, false)).toBe('interrupted');

      // The campaign is no longer the current one: its digest does not leave.
      const digest = await row('weeklyDigest');
      if (!digest) throw new Error('No digest planned');
      await database.dataSource.query(`UPDATE "campaign" SET "is_current" = false`);
      try {
        expect(await delivery.deliver({ reminderId: digest.id, sendAt: digest.send_at.getTime(), force: true }, false)).toBe('skipped');
      } finally {
        await database.dataSource.query(`UPDATE "campaign" SET "is_current" = true`);
      }
      const [skipped] = await database.dataSource.query<{ status: string; skip_reason: string }[]>(`SELECT "status", "skip_reason" FROM "reminder" WHERE "id" = $1`, [digest.id]);
      expect(skipped).toEqual({ status: 'skipped', skip_reason: 'settings-changed' });
      clock.set(TEST_CLOCK_START);
    });

    it('retries a delivery the SMTP server refused, logging each attempt, and fails it after the last one for a manager to resend', async () => {
      // A new questionnaire of an unanswered commune, sent 14 days and an hour ago: its first reminder is due.
      const [other] = await database.dataSource.query<{ id: string; email: string }[]>(
        `SELECT e."id", c."email" FROM "engagement" e JOIN "contact" c ON c."commune_nis" = e."commune_nis"
          WHERE e."stage" = 'survey_sent' AND e."id" <> $1 ORDER BY e."commune_nis" DESC LIMIT 1`,
        [commune.engagementId],
      );
      if (!other) throw new Error('No second unanswered questionnaire in the demo');
      // From here on, the new series' invitations are off: the tests follow their reminders.
      await switchInvitationsOff();
      const cycle = new Date(clock.now().getTime() - (14 * 24 + 1) * 3_600_000);
      await database.dataSource.query(`UPDATE "engagement" SET "stage_entered_at" = $2 WHERE "id" = $1`, [other.id, cycle]);
      const toIt = () => smtp.messages.filter((message) => message.envelope.to.includes(other.email)).length;
      const accepted = toIt();

      smtp.failNext(1, 451, '4.3.0 Try again later');
      await worker.get(ReminderReconciler).reconcile();
      // The queue tries again after its backoff (5 s): the second attempt goes through.
      await eventually(async () => (toIt() === accepted + 1 ? true : undefined), 'the second attempt', 30_000);
      const [reminder] = await database.dataSource.query<{ id: string; status: string }[]>(`SELECT "id", "status" FROM "reminder" WHERE "engagement_id" = $1 AND "key" LIKE $2`, [
        other.id,
        `%/${cycle.getTime()}/1`,
      ]);
      const log = await eventually(async () => {
        const lines = await database.dataSource.query<{ kind: string; detail: string }[]>(`SELECT "kind", "detail" FROM "reminder_event" WHERE "reminder_id" = $1 ORDER BY "id"`, [reminder?.id]);
        return lines.some((line) => line.kind === 'sent') ? lines : undefined;
      }, 'the log of both attempts');
      expect(log.map((line) => line.kind)).toEqual(['queued', 'failed', 'sent']);
      expect(log[1]?.detail).toContain('451');

      // The last attempt of the next one (sent now by a manager) refused too: failed, with the server's answer.
      const [planned] = await database.dataSource.query<{ id: string; send_at: Date }[]>(
        `SELECT "id", "send_at" FROM "reminder" WHERE "engagement_id" = $1 AND "status" = 'scheduled' AND "key" LIKE $2`,
        [other.id, `%/${cycle.getTime()}/2`],
      );
      if (!planned) throw new Error('The second reminder is not planned');
      smtp.failNext(1, 550, '5.1.1 Mailbox unknown');
      const outcome = await worker.get(ReminderDelivery).deliver({ reminderId: planned.id, sendAt: planned.send_at.getTime(), force: true }, true);
      expect(outcome).toBe('failed');
      const [failed] = await database.dataSource.query<{ status: string; last_error: string }[]>(`SELECT "status", "last_error" FROM "reminder" WHERE "id" = $1`, [planned.id]);
      expect(failed?.status).toBe('failed');
      expect(failed?.last_error).toContain('550');
    }, 60_000);

    it('holds a reminder due on a Belgian holiday until the next working morning', async () => {
      // Questionnaire sent on Sunday 22 March 09:00: the first reminder falls on Easter Sunday, Monday is Easter Monday.
      const [other] = await database.dataSource.query<{ id: string; nis: string }[]>(
        `SELECT e."id", e."commune_nis" AS nis FROM "engagement" e WHERE e."stage" = 'survey_sent' AND e."id" <> $1 ORDER BY e."commune_nis" LIMIT 1`,
        [commune.engagementId],
      );
      if (!other) throw new Error('No second unanswered questionnaire in the demo');
      const [contact] = await database.dataSource.query<{ email: string }[]>(`SELECT "email" FROM "contact" WHERE "commune_nis" = $1`, [other.nis]);
      const email = contact?.email ?? '';
      const sentAt = new Date('2026-03-22T08:00:00Z');
      await database.dataSource.query(`UPDATE "engagement" SET "stage_entered_at" = $2 WHERE "id" = $1`, [other.id, sentAt]);
      const newSeries = async () => (await reminders(other.id)).filter((row) => row.key.includes(`/${sentAt.getTime()}/`));
      const mailsBefore = mailsTo(email).length;
      clock.set('2026-04-05T10:00:00+02:00');

      await worker.get(ReminderReconciler).reconcile();
      const [first] = await eventually(async () => {
        const rows = await newSeries();
        return rows.length ? rows : undefined;
      }, 'the planned reminder');
      expect(first?.status).toBe('scheduled');
      expect(first?.send_at.toISOString()).toBe('2026-04-07T06:00:00.000Z'); // Tuesday 08:00 in Brussels
      expect(mailsTo(email)).toHaveLength(mailsBefore);

      // The job waits in the queue (relayed on Sunday's clock) until Tuesday; the test moves the clock and wakes it.
      const queue = worker.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
      const job = await eventually(async () => (await queue.getJobs(['delayed'])).find((candidate) => candidate.data?.reminderId === first?.id), 'its delivery job');
      clock.set('2026-04-07T08:00:00+02:00');
      await job.promote();
      await eventually(async () => (mailsTo(email).length === mailsBefore + 1 ? true : undefined), 'the reminder on Tuesday morning');
      const sent = await eventually(async () => (await newSeries()).find((row) => row.status === 'sent'), 'the reminder marked sent');
      expect(sent.sent_at?.toISOString()).toBe('2026-04-07T06:00:00.000Z');
      clock.set(TEST_CLOCK_START);
    });

    it('still closes an interrupted delivery once the campaign is closed, though it plans nothing more', async () => {
      const [stuck] = await database.dataSource.query<{ id: string }[]>(`SELECT "id" FROM "reminder" WHERE "status" = 'scheduled' ORDER BY "send_at" LIMIT 1`);
      if (!stuck) throw new Error('No scheduled reminder left');
      await database.dataSource.query(`UPDATE "reminder" SET "status" = 'sending', "updated_at" = $2 WHERE "id" = $1`, [stuck.id, new Date(clock.now().getTime() - 11 * 60_000)]);
      await database.dataSource.query(`UPDATE "campaign" SET "status" = 'closed', "closed_at" = $1 WHERE "is_current"`, [clock.now()]);
      try {
        const outcome = await worker.get(ReminderReconciler).reconcile();
        expect(outcome).toMatchObject({ planned: 0, moved: 0, withdrawn: 0, interrupted: 1 });
      } finally {
        await database.dataSource.query(`UPDATE "campaign" SET "status" = 'open', "closed_at" = NULL WHERE "is_current"`);
      }
      const [after] = await database.dataSource.query<{ status: string }[]>(`SELECT "status" FROM "reminder" WHERE "id" = $1`, [stuck.id]);
      expect(after?.status).toBe('failed');
    });
  });
}
