import { isInsideSendingWindow } from '@bep/domain';
import { DEFAULT_REMINDER_SETTINGS } from '@bep/contracts';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { loadDemo } from '@bep/server/core/test-api';
import { requireTestServices, TEST_CLOCK_START } from '@bep/server/core/testing';
import { belgianPublicHolidays } from './belgian-holidays';
import { replayDemoReminders } from './demo-reminders';

/** The demo's reminders, replayed on the tests' calendar: questionnaire on Monday 23 February 2026, today Tuesday 17 March. */
describe('the demo reminders replayed after the demo is loaded', () => {
  let database: MigratedDatabase;
  let sent: number;
  const today = new Date(TEST_CLOCK_START);

  beforeAll(async () => {
    await requireTestServices();
    database = await createMigratedDatabase('demo_reminders');
    await loadDemo(database.dataSource);
    sent = await replayDemoReminders(database.dataSource, { from: 'BEP <demo@bep.demo>', publicUrl: 'http://localhost:3000' }, today);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('fills the in-app outbox with what left, each message inside the sending window and before today', async () => {
    const messages = await database.dataSource.query<{ sent_at: Date; transport: string; subject: string }[]>(`SELECT "sent_at", "transport", "subject" FROM "mail_message"`);
    expect(messages).toHaveLength(sent);
    expect(sent).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message.transport).toBe('outbox');
      expect(message.sent_at.getTime()).toBeLessThan(today.getTime());
      expect(isInsideSendingWindow(message.sent_at, DEFAULT_REMINDER_SETTINGS.sendingWindow, belgianPublicHolidays)).toBe(true);
    }
  });

  it('sent each unanswered commune its first and second questionnaire reminders on days 14 and 21, and the managers a digest each Monday', async () => {
    const byRule = await database.dataSource.query<{ rule: string; occurrence: number; sent_at: string; count: number }[]>(
      `SELECT "rule", "occurrence", to_char("sent_at" AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD HH24:MI') AS sent_at, count(*)::int AS count
         FROM "reminder" WHERE "status" = 'sent' GROUP BY 1, 2, 3 ORDER BY 3, 1`,
    );
    const [unanswered] = await database.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM "engagement" WHERE "stage" = 'survey_sent'`);
    expect(byRule).toEqual([
      { rule: 'weeklyDigest', occurrence: 1, sent_at: '2026-02-23 09:00', count: 1 },
      { rule: 'weeklyDigest', occurrence: 1, sent_at: '2026-03-02 09:00', count: 1 },
      { rule: 'surveyUnanswered', occurrence: 1, sent_at: '2026-03-09 09:00', count: unanswered?.count },
      { rule: 'weeklyDigest', occurrence: 1, sent_at: '2026-03-09 09:00', count: 1 },
      { rule: 'surveyUnanswered', occurrence: 2, sent_at: '2026-03-16 09:00', count: unanswered?.count },
      { rule: 'weeklyDigest', occurrence: 1, sent_at: '2026-03-16 09:00', count: 1 },
    ]);
  });

  it('leaves what is to come scheduled from today on: the third questionnaire reminders, the diagnostics to plan, Gembloux\'s diagnostic', async () => {
    const scheduled = await database.dataSource.query<{ rule: string; send_at: Date }[]>(`SELECT "rule", "send_at" FROM "reminder" WHERE "status" = 'scheduled'`);
    expect(new Set(scheduled.map((reminder) => reminder.rule))).toEqual(new Set(['surveyUnanswered', 'diagnosticNotScheduled', 'upcomingEvent', 'weeklyDigest']));
    for (const reminder of scheduled) {
      expect(reminder.send_at.getTime()).toBeGreaterThanOrEqual(today.getTime());
    }
  });
});
