import type { TransitionActor } from '../stages/transitions';

/** What the rule needs to know of a user: their roles and the consultant record they act as, if any. */
export interface EngagementUser {
  roles: readonly string[];
  consultantId: string | null;
}

/**
 * Who a user is on an engagement: a manager on every engagement, a consultant on the engagements
 * whose team includes them (lead or not); null for anyone else (finance, admin, another consultant).
 * The API refuses a null actor with a 403 before any stage rule; the client hides the actions and
 * refuses a move before sending it. `team` is the consultant ids of the engagement's team.
 */
export function engagementActor(user: EngagementUser, team: Iterable<string>): TransitionActor | null {
  if (user.roles.includes('manager')) {
    return 'manager';
  }
  if (!user.roles.includes('consultant') || user.consultantId === null) {
    return null;
  }
  for (const consultantId of team) {
    if (consultantId === user.consultantId) {
      return 'assigned-consultant';
    }
  }
  return null;
}
