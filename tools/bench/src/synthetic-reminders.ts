import type { Client } from 'pg';

/**
 * The reminders of a synthetic campaign, as its planner would have left them: every engagement's
 * invitation sent when the questionnaire left, and for those still waiting for their answers the
 * next reminder scheduled a fortnight after it. Written in one statement; the worker never runs
 * during the benchmark, so nothing sends them.
 */
export async function insertSyntheticReminders(client: Client, campaignId: string, sentAt: string): Promise<void> {
  await client.query(
    `INSERT INTO "reminder" ("key", "campaign_id", "engagement_id", "rule", "occurrence", "due_at", "send_at", "status", "sent_at")
     SELECT 'bench:' || e."id" || ':invitation', $1, e."id", 'surveyInvitation', 1, $2::timestamptz, $2::timestamptz, 'sent', $2::timestamptz
       FROM "engagement" e WHERE e."campaign_id" = $1
     UNION ALL
     SELECT 'bench:' || e."id" || ':unanswered', $1, e."id", 'surveyUnanswered', 1, e."stage_entered_at" + interval '14 days',
            e."stage_entered_at" + interval '14 days', 'scheduled', NULL
       FROM "engagement" e WHERE e."campaign_id" = $1 AND e."stage" = 'survey_sent'`,
    [campaignId, sentAt],
  );
}
