import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { CurrentUser } from '@bep/contracts';
import type { TransitionActor } from '@bep/domain';
import type { EntityManager } from 'typeorm';

/**
 * Who the user is on this engagement: managers act on every engagement, a consultant only on the
 * engagements assigned to them. Anyone else gets a 403 naming the rule; an unknown engagement a 404.
 */
export async function actorOnEngagement(manager: EntityManager, engagementId: string, user: CurrentUser, doing: string): Promise<TransitionActor> {
  const [row] = await manager.query<{ assigned: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM "engagement_assignment" WHERE "engagement_id" = e."id" AND "consultant_id" = $2) AS assigned
       FROM "engagement" e WHERE e."id" = $1`,
    [engagementId, user.consultantId],
  );
  if (!row) {
    throw new NotFoundException(`No engagement ${engagementId}.`);
  }
  if (user.roles.includes('manager')) {
    return 'manager';
  }
  if (user.roles.includes('consultant') && row.assigned) {
    return 'assigned-consultant';
  }
  throw new ForbiddenException(`Only the consultants assigned to this engagement, or a manager, may ${doing}.`);
}
