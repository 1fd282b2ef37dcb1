import type { ReminderSettings } from '@bep/contracts';
import { surveyLinkUrlInForce, type SurveyLinkKeys } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import type { DigestFacts, EngagementMessageFacts } from './reminder-messages';

/** The rules whose messages carry the commune's questionnaire link. */
const CARRY_SURVEY_LINK = new Set(['surveyInvitation', 'surveyUnanswered']);

/**
 * The facts an engagement's reminder tells, read in the transaction that sends it; the
 * questionnaire's messages get the commune's link in force, rebuilt now (a link revoked since the
 * reminder was planned is never sent).
 */
export async function readEngagementMessageFacts(
  manager: EntityManager,
  reminder: { engagementId: string; subjectId: string | null; occurrence: number; rule: string },
  settings: ReminderSettings,
  links: SurveyLinkKeys,
): Promise<EngagementMessageFacts> {
  const [row] = await manager.query<
    {
      commune: string;
      nis: string;
      campaign: string;
      deadline: string;
      stage_entered_at: Date;
      lead: string | null;
      type: 'diagnostic' | 'workshop' | null;
      subject: string | null;
      scheduled_at: Date | null;
      invoice: EngagementMessageFacts['invoice'];
    }[]
  >(
    // The subject is the scheduled activity of an upcoming-event reminder, the invoice of an overdue one.
    `SELECT cm."name" AS commune, cm."nis", ca."name" AS campaign, to_char(ca."deadline", 'YYYY-MM-DD') AS deadline, e."stage_entered_at",
            (SELECT c."full_name" FROM "engagement_assignment" ea JOIN "consultant" c ON c."id" = ea."consultant_id"
              WHERE ea."engagement_id" = e."id" AND ea."is_lead") AS lead,
            a."type", a."subject", a."scheduled_at",
            CASE WHEN i."id" IS NULL THEN NULL ELSE json_build_object(
              'number', i."number", 'dueDate', to_char(i."due_date", 'YYYY-MM-DD'),
              'outstandingCents', GREATEST(0, i."gross_cents" - i."paid_cents" - i."credited_cents"),
              'structuredCommunication', i."structured_communication") END AS invoice
       FROM "engagement" e
       JOIN "commune" cm ON cm."nis" = e."commune_nis"
       JOIN "campaign" ca ON ca."id" = e."campaign_id"
       LEFT JOIN "activity" a ON a."id" = $2 AND a."engagement_id" = e."id"
       LEFT JOIN "invoice" i ON i."id" = $2 AND i."engagement_id" = e."id" AND i."kind" = 'invoice' AND i."status" <> 'draft'
      WHERE e."id" = $1`,
    [reminder.engagementId, reminder.subjectId],
  );
  if (!row) throw new Error(`No engagement ${reminder.engagementId}`);
  const maxOccurrences = reminder.rule === 'invoiceOverdue' ? settings.invoiceOverdue.maxCount : reminder.rule === 'surveyInvitation' ? 1 : settings.surveyUnanswered.maxCount;
  return {
    commune: row.commune,
    communeNis: row.nis,
    campaign: row.campaign,
    deadline: row.deadline,
    stageEnteredAt: row.stage_entered_at,
    lead: row.lead,
    occurrence: reminder.occurrence,
    maxOccurrences,
    event: row.type && row.subject && row.scheduled_at ? { type: row.type, subject: row.subject, scheduledAt: row.scheduled_at } : null,
    invoice: row.invoice,
    surveyUrl: CARRY_SURVEY_LINK.has(reminder.rule) ? await surveyLinkUrlInForce(manager, reminder.engagementId, links) : null,
  };
}

const WEEK_MS = 7 * 86_400_000;

/** The week of a campaign as the digest tells it, seen from `now`. */
export async function readDigestFacts(manager: EntityManager, campaignId: string, settings: ReminderSettings, now: Date): Promise<DigestFacts> {
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  const weekAhead = new Date(now.getTime() + WEEK_MS);
  const [campaign] = await manager.query<{ name: string }[]>(`SELECT "name" FROM "campaign" WHERE "id" = $1`, [campaignId]);
  const moved = await manager.query<{ commune: string; from_stage: string | null; to_stage: string; changed_at: Date }[]>(
    `SELECT cm."name" AS commune, s."from_stage", s."to_stage", s."changed_at"
       FROM "stage_change" s JOIN "engagement" e ON e."id" = s."engagement_id" JOIN "commune" cm ON cm."nis" = e."commune_nis"
      WHERE e."campaign_id" = $1 AND s."changed_at" > $2 AND s."changed_at" <= $3 AND s."from_stage" IS NOT NULL
      ORDER BY s."changed_at"`,
    [campaignId, weekAgo, now],
  );
  const unanswered = await manager.query<{ commune: string; since: Date }[]>(
    `SELECT cm."name" AS commune, e."stage_entered_at" AS since FROM "engagement" e JOIN "commune" cm ON cm."nis" = e."commune_nis"
      WHERE e."campaign_id" = $1 AND e."stage" = 'survey_sent' AND e."stage_entered_at" + make_interval(days => $2) < $3
      ORDER BY cm."name"`,
    [campaignId, settings.surveyUnanswered.firstAfterDays, now],
  );
  const upcoming = await manager.query<{ commune: string; subject: string; at: Date }[]>(
    `SELECT cm."name" AS commune, a."subject", a."scheduled_at" AS at
       FROM "activity" a JOIN "engagement" e ON e."id" = a."engagement_id" JOIN "commune" cm ON cm."nis" = e."commune_nis"
      WHERE e."campaign_id" = $1 AND a."type" IN ('diagnostic', 'workshop') AND a."completed_at" IS NULL AND a."scheduled_at" > $2 AND a."scheduled_at" <= $3
      ORDER BY a."scheduled_at"`,
    [campaignId, now, weekAhead],
  );
  const [failed] = await manager.query<{ count: number }[]>(`SELECT count(*)::int AS count FROM "reminder" WHERE "campaign_id" = $1 AND "status" = 'failed'`, [campaignId]);
  return {
    campaign: campaign?.name ?? '',
    moved: moved.map((m) => ({ commune: m.commune, from: m.from_stage, to: m.to_stage, at: m.changed_at })),
    unanswered,
    upcoming,
    failedReminders: failed?.count ?? 0,
  };
}
