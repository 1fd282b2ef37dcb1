import { NotFoundException } from '@nestjs/common';
import type { Stage, WorkDone } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { archivedCampaignConflict } from './campaign-status-conflict';
import { workDoneSql } from './work-done';

/** What a stage move needs to know of the engagement it locked. */
export interface LockedEngagement {
  stage: Stage;
  version: number;
  /** Consultant ids of the team, for the scope rule. */
  team: string[];
  lead: { id: string; name: string } | null;
  /** What is recorded as done, for the rule of the billing stage. */
  work: WorkDone;
  /** The campaign's billing stage: a move entering it queues the diagnostic's draft invoice. */
  billingStage: Stage;
}

interface LockedRow extends LockedEngagement {
  campaignArchived: boolean;
}

/**
 * Locks the engagement's row for the rest of the transaction (FOR NO KEY UPDATE OF the engagement
 * only: its team rows stay free, and so do the foreign-key checks of rows that point at it, such as
 * a questionnaire's first save, which a FOR UPDATE would block and could deadlock with) and its campaign's row in share mode (an archiving waits for the move,
 * or the move for the archiving, and then sees it), and reads, in the same query, everything a
 * move decides on. 404 when there is no such engagement.
 */
export async function lockForMove(manager: EntityManager, id: string): Promise<LockedEngagement> {
  const [row] = await manager.query<LockedRow[]>(
    `SELECT e."stage", e."version",
            ARRAY(SELECT a."consultant_id" FROM "engagement_assignment" a WHERE a."engagement_id" = e."id") AS team,
            (SELECT json_build_object('id', k."id", 'name', k."full_name")
               FROM "engagement_assignment" a JOIN "consultant" k ON k."id" = a."consultant_id"
              WHERE a."engagement_id" = e."id" AND a."is_lead") AS lead,
            ${workDoneSql('e')} AS work,
            c."billing_stage" AS "billingStage", c."status" = 'archived' AS "campaignArchived"
       FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id"
      WHERE e."id" = $1
        FOR NO KEY UPDATE OF e FOR SHARE OF c`,
    [id],
  );
  if (!row) {
    throw new NotFoundException(`No engagement ${id}.`);
  }
  const { campaignArchived, ...engagement } = row;
  // An archived campaign is read-only (libs/server/campaigns): its engagements no longer move.
  if (campaignArchived) {
    throw archivedCampaignConflict();
  }
  return engagement;
}
