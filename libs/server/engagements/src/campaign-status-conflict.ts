import { ConflictException } from '@nestjs/common';
import { ApiProblem } from '@bep/server/core/http';
import type { EntityManager } from 'typeorm';

/**
 * The problem type of a change refused because of the campaign's status (closing a closed one,
 * changing an engagement of an archived one, sending a reminder of a closed one). It lives here, the
 * lowest server lib that reads a campaign's status: campaigns and reminders build on this one.
 */
export const CAMPAIGN_STATUS_PROBLEM = 'urn:bep:campaign-status';

/** The 409 answer of such a refusal, `detail` saying which change and why. */
export function campaignStatusConflict(detail: string): ConflictException {
  return new ConflictException({ type: CAMPAIGN_STATUS_PROBLEM, title: 'Not possible in this status', detail });
}

/** The 409 of a change to an engagement (its stage, team or activities) whose campaign is archived. */
export function archivedCampaignConflict(): ConflictException {
  return campaignStatusConflict('The engagement belongs to an archived campaign, which is read-only.');
}

/** How a route that changes an engagement documents that refusal. */
export const ARCHIVED_CAMPAIGN_PROBLEM = ApiProblem(409, "The engagement's campaign is archived, read-only (`urn:bep:campaign-status`); nothing was changed", {
  type: CAMPAIGN_STATUS_PROBLEM,
  title: 'Not possible in this status',
  detail: 'The engagement belongs to an archived campaign, which is read-only.',
});

/**
 * 409 when the engagement's campaign is archived. The campaign's row stays locked in share mode
 * until the transaction ends, so that the change cannot commit on a campaign archived meanwhile.
 * An unknown engagement passes: the caller answers its 404.
 */
export async function refuseIfCampaignArchived(manager: EntityManager, engagementId: string): Promise<void> {
  const [row] = await manager.query<{ archived: boolean }[]>(
    `SELECT c."status" = 'archived' AS archived FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" WHERE e."id" = $1 FOR SHARE OF c`,
    [engagementId],
  );
  if (row?.archived) {
    throw archivedCampaignConflict();
  }
}
