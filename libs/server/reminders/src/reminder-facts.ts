import { readReminderSettings, type ReminderSettings } from '@bep/contracts';
import type { EngagementReminderFacts, Stage } from '@bep/domain';
import { campaignInScope } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';

/** The campaign whose reminders go out (the current one, while it is open) and its rules. */
export interface CampaignRules {
  campaignId: string;
  settings: ReminderSettings;
}

export async function readCurrentCampaignRules(manager: EntityManager, campaignId?: string): Promise<CampaignRules | null> {
  const campaign = await campaignInScope(manager, campaignId);
  // A closed campaign plans nothing more: its closing cancelled what was planned.
  if (campaign?.status !== 'open') return null;
  return { campaignId: campaign.id, settings: readReminderSettings(campaign.reminderSettings) };
}

interface FactsRow {
  id: string;
  stage: Stage;
  stage_entered_at: Date;
  diagnostic_scheduled: boolean;
  upcoming: { activityId: string; scheduledAt: string }[];
  unpaid: { invoiceId: string; dueOn: string }[];
}

/**
 * What the rules look at, for the campaign's engagements (all, or the given ones): the stage and
 * since when, whether a diagnostic has a date, the diagnostics and workshops still to come, and
 * the issued invoices with something still owed (whatever their due date: the rule decides when).
 */
export async function readEngagementFacts(manager: EntityManager, campaignId: string, engagementIds?: readonly string[]): Promise<EngagementReminderFacts[]> {
  const rows = await manager.query<FactsRow[]>(
    `SELECT e."id", e."stage", e."stage_entered_at",
            EXISTS (SELECT 1 FROM "activity" d WHERE d."engagement_id" = e."id" AND d."type" = 'diagnostic'
                       AND (d."scheduled_at" IS NOT NULL OR d."completed_at" IS NOT NULL)) AS diagnostic_scheduled,
            COALESCE((SELECT json_agg(json_build_object('activityId', a."id", 'scheduledAt', a."scheduled_at"))
                        FROM "activity" a
                       WHERE a."engagement_id" = e."id" AND a."type" IN ('diagnostic', 'workshop')
                         AND a."scheduled_at" IS NOT NULL AND a."completed_at" IS NULL), '[]') AS upcoming,
            COALESCE((SELECT json_agg(json_build_object('invoiceId', i."id", 'dueOn', to_char(i."due_date", 'YYYY-MM-DD')) ORDER BY i."due_date")
                        FROM "invoice" i
                       WHERE i."engagement_id" = e."id" AND i."kind" = 'invoice' AND i."status" = 'issued'
                         AND i."gross_cents" > i."paid_cents" + i."credited_cents"), '[]') AS unpaid
       FROM "engagement" e
      WHERE e."campaign_id" = $1 ${engagementIds ? 'AND e."id" = ANY($2::uuid[])' : ''}`,
    engagementIds ? [campaignId, engagementIds] : [campaignId],
  );
  return rows.map((row) => ({
    engagementId: row.id,
    stage: row.stage,
    stageEnteredAt: row.stage_entered_at,
    diagnosticScheduled: row.diagnostic_scheduled,
    upcomingEvents: row.upcoming.map((event) => ({ activityId: event.activityId, scheduledAt: new Date(event.scheduledAt) })),
    unpaidInvoices: row.unpaid,
  }));
}
