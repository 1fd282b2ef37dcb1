import { isInsideSendingWindow } from '@bep/domain';
import { DEFAULT_REMINDER_SETTINGS } from '@bep/contracts';
import { createMigratedDatabase, type MigratedDatabase } from '@bep/server/core/database/testing';
import { loadDemo } from '@bep/server/core/test-api';
import { isLinkToken, tokenHash } from '@bep/server/core/database';
import { requireTestServices, TEST_CLOCK_START, testRuntimeConfig } from '@bep/server/core/testing';
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
    const { auth } = testRuntimeConfig(database.url);
    sent = await replayDemoReminders(database.dataSource, { mail: { from: 'BEP <demo@bep.demo>', publicUrl: 'http://localhost:3000' }, auth }, today);
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

  it('sent each unanswered commune its questionnaire on day 0, then its first and second reminders on days 14 and 21, and the managers a digest each Monday', async () => {
    const byRule = await database.dataSource.query<{ rule: string; occurrence: number; sent_at: string; count: number }[]>(
      `SELECT "rule", "occurrence", to_char("sent_at" AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD HH24:MI') AS sent_at, count(*)::int AS count
         FROM "reminder" WHERE "status" = 'sent' GROUP BY 1, 2, 3 ORDER BY 3, 1`,
    );
    const [unanswered] = await database.dataSource.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM "engagement" WHERE "stage" = 'survey_sent'`);
    expect(byRule).toEqual([
      { rule: 'surveyInvitation', occurrence: 1, sent_at: '2026-02-23 09:00', count: unanswered?.count },
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

  it("gave each unanswered commune a link in force, which its invitation and reminders in the outbox carry", async () => {
    const messages = await database.dataSource.query<{ engagement_id: string; rule: string; text_body: string; in_force: string | null }[]>(
      `SELECT r."engagement_id", r."rule", m."text_body",
              (SELECT l."token_hash" FROM "survey_link" l WHERE l."engagement_id" = r."engagement_id" AND l."revoked_at" IS NULL) AS in_force
         FROM "mail_message" m JOIN "reminder" r ON r."id" = m."reminder_id" WHERE r."rule" IN ('surveyInvitation', 'surveyUnanswered')`,
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      const token = /\/questionnaire#([A-Za-z0-9_-]{43})/.exec(message.text_body)?.[1];
      expect(isLinkToken(token)).toBe(true);
      expect(tokenHash(token ?? '')).toBe(message.in_force);
    }
  });
});
