import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../sql/prepared-query';
import type { SqlFilter } from '../sql/sql-filter';

/**
 * Every read of the pipeline is about one campaign: the one the caller names, else the current one.
 * This file is the one place that rule is written, for the reads that show the campaign
 * (`campaignInScope`) and for the lists that only filter by it (`whereCampaign`).
 */
const CURRENT_CAMPAIGN_ID = '(SELECT "id" FROM "campaign" WHERE "is_current")';

/** The campaign a read is about, as the pages show it; `reminderSettings` as stored (read it with `readReminderSettings`). */
export interface CampaignInScope {
  id: string;
  name: string;
  /** `YYYY-MM-DD` */
  deadline: string;
  reminderSettings: unknown;
  /** `open`, `closed` or `archived`: a closed campaign counts no late item and sends no reminder. */
  status: 'open' | 'closed' | 'archived';
  /**
   * The campaign's revision (a bigint, as text): raised in the transaction of any change to what
   * the board, the figures and the lists read of the campaign (see `CampaignRevisionCache`).
   */
  revision: string;
}

/** The named campaign, else the current one; null when there is no such campaign (or none is current). */
export async function campaignInScope(manager: EntityManager, campaignId?: string): Promise<CampaignInScope | null> {
  const [row] = await preparedQuery<CampaignInScope>(
    manager,
    `SELECT c."id", c."name", to_char(c."deadline", 'YYYY-MM-DD') AS deadline, c."reminder_settings" AS "reminderSettings", c."status", r."revision"
       FROM "campaign" c JOIN "campaign_revision" r ON r."campaign_id" = c."id"
      WHERE c."id" = ${campaignId ? '$1' : CURRENT_CAMPAIGN_ID}`,
    campaignId ? [campaignId] : [],
  );
  return row ?? null;
}

/**
 * The named campaign, else the current one, with a revision that rises with its reminders as well
 * as with all that `campaign_revision` follows (the sum of the two, `reminder_revision` apart): for
 * what reads the reminders beside the engagements. Null when there is no such campaign.
 */
export async function campaignRemindersInScope(manager: EntityManager, campaignId?: string): Promise<{ id: string; revision: string } | null> {
  const [row] = await preparedQuery<{ id: string; revision: string }>(
    manager,
    `SELECT c."id", (r."revision" + COALESCE(rr."revision", 0))::text AS revision
       FROM "campaign" c JOIN "campaign_revision" r ON r."campaign_id" = c."id" LEFT JOIN "reminder_revision" rr ON rr."campaign_id" = c."id"
      WHERE c."id" = ${campaignId ? '$1' : CURRENT_CAMPAIGN_ID}`,
    campaignId ? [campaignId] : [],
  );
  return row ?? null;
}

/** Adds "`column` is the named campaign, else the current one" to a list's filter. */
export function whereCampaign(where: SqlFilter, column: string, campaignId?: string): SqlFilter {
  return campaignId ? where.where(`${column} = ?`, campaignId) : where.where(`${column} = ${CURRENT_CAMPAIGN_ID}`);
}
