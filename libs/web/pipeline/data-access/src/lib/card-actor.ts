import type { Role } from '@bep/contracts';
import { engagementActor, type TransitionActor } from '@bep/domain';
import type { BoardCard } from './board';

/**
 * Who moves cards, as the board knows them: the roles, the consultant record the account acts as,
 * and the engagements that consultant is assigned to (any role in the team, not only the lead).
 */
export interface Mover {
  roles: readonly Role[];
  consultantId: string | null;
  assignedEngagementIds: ReadonlySet<string>;
}

/**
 * Who the user is on this card, by `engagementActor` of libs/domain (the API's rule). A card names
 * only its lead, so the team it is checked against is the lead, plus the user when their list of
 * engagements has this one: the lead counts even before that list has arrived.
 */
export function actorOnCard(card: Pick<BoardCard, 'engagementId' | 'lead'>, mover: Mover): TransitionActor | null {
  const team = [card.lead?.id, mover.assignedEngagementIds.has(card.engagementId) ? mover.consultantId : null];
  return engagementActor(mover, team.filter((id): id is string => !!id));
}
