import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FixedClock } from '@bep/server/core/clock';
import type { QueueConfig, RuntimeConfig } from '@bep/server/core/config';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { addToOutbox, jobsForEngagementChange, QueueName } from '@bep/server/core/queue';
import { ReminderReconciler } from '@bep/server/reminders';
import { loadDemo } from '@bep/server/core/test-api';
import { eventually, requireTestServices, startTestSmtpServer, TEST_CLOCK_START, testRuntimeConfig, type TestSmtpServer } from '@bep/server/core/testing';
import type { Queue } from 'bullmq';
import { WorkerModule } from '../app/worker.module';
import { startWorkerProcess, type WorkerProcess } from './worker-process';

/**
 * Past one machine, on one queue backend: a second worker in a process of its own (the worker's
 * real entry point) shares the work without sending anything twice, and a worker killed while it
 * delivers does not lead to a second message.
 */
export function describeReminderWorkers(backend: QueueConfig['backend'], queueFor: (databaseUrl: string) => QueueConfig): void {
  describe(`two reminder workers on the ${backend} queue backend`, () => {
    let database: MigratedDatabase;
    let smtp: TestSmtpServer;
    let config: RuntimeConfig;
    let inProcess: INestApplicationContext | undefined;
    let second: WorkerProcess | undefined;

    const startInProcess = async (clock?: FixedClock) => {
      const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, { clock, relay: { pollMs: 100 } }), { logger: false });
      await worker.init();
      return worker;
    };
    const statusCounts = async () =>
      Object.fromEntries(
        (await database.dataSource.query<{ status: string; count: number }[]>(`SELECT "status", count(*)::int AS count FROM "reminder" GROUP BY "status"`)).map((row) => [
          row.status,
          row.count,
        ]),
      ) as Record<string, number>;

    beforeAll(async () => {
      await requireTestServices();
      database = await createMigratedDatabase(`workers_${backend}`);
      await loadDemo(database.dataSource);
      smtp = await startTestSmtpServer();
      const base = testRuntimeConfig(database.url, { queue: queueFor(database.url) });
      config = { ...base, mail: { ...base.mail, smtpUrl: smtp.url } };
    });

    afterAll(async () => {
      await second?.kill();
      await inProcess?.close();
      await smtp?.close();
      await database?.drop();
    });

    it('share the reminders due at once and send each one once; the schedulers run once', async () => {
      // Three weeks after the questionnaire, a reminder is due for every commune that has not answered:
      // the sweep that the first worker's scheduler runs at once plans them. The SMTP server holds its
      // answers, so that this worker keeps the jobs it took (16 at most) and the second one takes the rest.
      smtp.delayDataAnswers(Infinity);
      inProcess = await startInProcess();
      second = await startWorkerProcess({ databaseUrl: database.url, queue: config.queue, smtpUrl: smtp.url, clockStart: TEST_CLOCK_START });
      await inProcess.get(ReminderReconciler).reconcile();
      const dueNow = async () =>
        (await database.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM "reminder" WHERE "status" = 'scheduled' AND "send_at" <= $1`, [TEST_CLOCK_START]))[0]?.count;
      await eventually(async () => ((await dueNow()) === 0 ? true : undefined), 'every due reminder taken by a worker', 30_000);
      smtp.releaseDataAnswers();
      const counts = await eventually(async () => {
        const current = await statusCounts();
        return (current['sent'] ?? 0) > 0 && !current['sending'] && smtp.messages.length === current['sent'] ? current : undefined;
      }, 'every due reminder sent');
      await new Promise((resolve) => setTimeout(resolve, 1_000));

      const sent = counts['sent'] ?? 0;
      expect(sent).toBeGreaterThanOrEqual(20);
      // Both workers delivered some (the log names the process that sent each).
      const senders = await database.dataSource.query<{ detail: string }[]>(`SELECT DISTINCT "detail" FROM "reminder_event" WHERE "kind" = 'sent'`);
      expect(senders).toHaveLength(2);
      expect(smtp.messages).toHaveLength(sent);
      expect(new Set(smtp.messages.map((message) => message.messageId)).size).toBe(sent);
      const queue = inProcess.get<Queue>(getQueueToken(QueueName.Reminders), { strict: false });
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((scheduler) => scheduler.key)).toEqual(['reminders-reconcile']);
    }, 120_000);

    it('a worker killed while it delivers does not lead to a second message', async () => {
      await inProcess?.close();
      inProcess = undefined;
      const [engagement] = await database.dataSource.query<{ id: string; email: string }[]>(
        `SELECT e."id", c."email" FROM "engagement" e JOIN "contact" c ON c."commune_nis" = e."commune_nis" WHERE e."stage" = 'survey_sent' ORDER BY e."commune_nis" LIMIT 1`,
      );
      if (!engagement) throw new Error('No unanswered questionnaire in the demo');
      const toIt = () => smtp.attempts.filter((attempt) => attempt.mail.envelope.to.includes(engagement.email));
      const before = toIt().length;
      smtp.delayDataAnswers(Infinity);
      // The new series' own invitation off: one delivery, the reminder's, is followed.
      await database.dataSource.query(`UPDATE "campaign" SET "reminder_settings" = "reminder_settings" || '{"surveyInvitation": {"enabled": false}}'::jsonb`);

      // A new questionnaire, sent 14 days and an hour ago: its first reminder is due, and the second worker alone is running.
      const newCycle = new Date(new Date(TEST_CLOCK_START).getTime() - (14 * 24 + 1) * 3_600_000);
      await database.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE "engagement" SET "stage_entered_at" = $2 WHERE "id" = $1`, [engagement.id, newCycle]);
        await addToOutbox(manager, jobsForEngagementChange(engagement.id, 'test-new-cycle'));
      });
      await eventually(async () => (toIt().length > before ? true : undefined), 'the delivery to reach the SMTP server', 30_000);
      await second?.kill();
      second = undefined;
      smtp.releaseDataAnswers();

      const [reminder] = await database.dataSource.query<{ id: string; status: string }[]>(
        `SELECT "id", "status" FROM "reminder" WHERE "engagement_id" = $1 AND "key" LIKE $2`,
        [engagement.id, `surveyUnanswered/%/${newCycle.getTime()}/1`],
      );
      expect(reminder?.status).toBe('sending');
      // Another worker, ten minutes later: the sweep finds the delivery interrupted, fails it for a manager to check, sends nothing.
      const later = new FixedClock(new Date(new Date(TEST_CLOCK_START).getTime() + 11 * 60_000));
      inProcess = await startInProcess(later);
      await inProcess.get(ReminderReconciler).reconcile();
      const [after] = await database.dataSource.query<{ status: string; last_error: string }[]>(`SELECT "status", "last_error" FROM "reminder" WHERE "id" = $1`, [reminder?.id]);
      expect(after?.status).toBe('failed');
      expect(after?.last_error).toContain('Envoi interrompu');
      // The server may or may not have kept the message whose answer the dead worker never read; it never gets a second one.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const ofThisReminder = smtp.attempts.filter((attempt) => attempt.mail.messageId === `<reminder-${reminder?.id}@bep-transition-numerique>`);
      expect(ofThisReminder).toHaveLength(1);
      expect(toIt()).toHaveLength(before + 1);
    }, 120_000);
  });
}
