import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { CurrentUser } from '@bep/contracts';
import { engagementActor, type TransitionActor } from '@bep/domain';
import type { EntityManager } from 'typeorm';

/**
 * Who the user is on this engagement, decided by `engagementActor` of libs/domain (the rule the
 * client applies too): managers act on every engagement, a consultant only on the engagements whose
 * team includes them. Anyone else gets a 403 naming what they tried; an unknown engagement a 404.
 */
export async function actorOnEngagement(manager: EntityManager, engagementId: string, user: CurrentUser, doing: string): Promise<TransitionActor> {
  // One query for both answers: no row, no engagement; otherwise its team's consultant ids (maybe none).
  const [row] = await manager.query<{ team: string[] }[]>(
    `SELECT COALESCE(array_agg(a."consultant_id") FILTER (WHERE a."consultant_id" IS NOT NULL), '{}') AS team
       FROM "engagement" e LEFT JOIN "engagement_assignment" a ON a."engagement_id" = e."id"
      WHERE e."id" = $1
      GROUP BY e."id"`,
    [engagementId],
  );
  if (!row) {
    throw new NotFoundException(`No engagement ${engagementId}.`);
  }
  return requireEngagementActor(user, row.team, doing);
}

/** `engagementActor` for a team already read (under the caller's lock), or the 403 naming what the user tried. */
export function requireEngagementActor(user: CurrentUser, team: readonly string[], doing: string): TransitionActor {
  const actor = engagementActor(user, team);
  if (actor === null) {
    throw new ForbiddenException(`Only the consultants assigned to this engagement, or a manager, may ${doing}.`);
  }
  return actor;
}
