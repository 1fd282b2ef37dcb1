import type { DataSource } from 'typeorm';

/**
 * What the worker would have written by now, which the API only reads and acts on: reminders of the
 * current campaign in each status (so that `/api/reminders/{id}` and its actions reach a real
 * reminder), a message in the outbox and a notification for each user. The worker does not run in
 * these tests, so they are arranged in SQL.
 */
export async function arrangeWorkerRecords(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO "reminder" ("key", "campaign_id", "engagement_id", "rule", "occurrence", "due_at", "send_at", "status", "attempts", "skip_reason", "last_error", "sent_at")
     SELECT 'fuzz/' || e."id" || '/' || s.status, e."campaign_id", e."id", s.rule, 1, s.at, s.at, s.status, s.attempts, s.skip_reason, s.last_error,
            CASE WHEN s.status = 'sent' THEN s.at END
       FROM (SELECT e.* FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" ORDER BY e."commune_nis" LIMIT 3) e
      CROSS JOIN (VALUES ('scheduled', 'upcomingEvent', timestamptz '2026-03-20 08:00Z', 0, NULL, NULL),
                         ('failed', 'diagnosticNotScheduled', timestamptz '2026-03-12 08:00Z', 5, NULL, '554 relay refused'),
                         ('sent', 'surveyUnanswered', timestamptz '2026-03-09 08:00Z', 1, NULL, NULL),
                         ('skipped', 'surveyUnanswered', timestamptz '2026-03-16 08:00Z', 0, 'stage-left', NULL)) AS s(status, rule, at, attempts, skip_reason, last_error)`,
  );
  await dataSource.query(
    `INSERT INTO "mail_message" ("reminder_id", "transport", "message_id", "from_address", "to_addresses", "subject", "text_body", "html_body", "sent_at")
     SELECT r."id", 'outbox', '<' || r."id" || '@bep.demo>', 'BEP <rappels@bep.demo>', '[{"name":"Commune","email":"contact@commune.demo"}]', 'Rappel', 'Bonjour,', '<p>Bonjour,</p>', r."sent_at"
       FROM "reminder" r WHERE r."status" = 'sent'`,
  );
  await dataSource.query(
    `INSERT INTO "notification" ("user_id", "reminder_id", "title", "body", "link", "created_at")
     SELECT u."id", r."id", 'Rappel envoyé', 'Voir la commune.', '/communes', r."sent_at" FROM "app_user" u CROSS JOIN "reminder" r WHERE r."status" = 'sent'`,
  );
}
