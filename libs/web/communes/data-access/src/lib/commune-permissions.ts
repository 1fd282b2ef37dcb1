import type { CurrentUser, EngagementDetail } from '@bep/contracts';
import { engagementActor, type TransitionActor } from '@bep/domain';

/**
 * What the signed-in user may do on a commune's page, as the API decides it (roles and
 * the engagement's team). Hiding what a role cannot do is only a courtesy: the API refuses it anyway.
 */
export interface CommunePermissions {
  /**
   * Who the user is on the engagement for the stage rules and the activities (`engagementActor` of
   * libs/domain, the API's rule): a manager on every engagement, a consultant on those whose team
   * includes them (lead or not); null: neither, or no engagement.
   */
  actor: TransitionActor | null;
  /** Add, change and delete contacts: managers. */
  manageContacts: boolean;
  /** Export and erase a contact's personal data (GDPR): managers and administrators. */
  gdpr: boolean;
  /** Change the team and its lead: managers. */
  assignTeam: boolean;
  /** Read how the commune is billed: managers, finance and administrators. */
  readBilling: boolean;
  /** Change it: finance and administrators. */
  editBilling: boolean;
}

export function permissionsOn(user: CurrentUser | null, engagement: Pick<EngagementDetail, 'consultants'> | null): CommunePermissions {
  const roles = user?.roles ?? [];
  const manager = roles.includes('manager');
  return {
    actor: user && engagement ? engagementActor(user, engagement.consultants.map((consultant) => consultant.id)) : null,
    manageContacts: manager,
    gdpr: manager || roles.includes('admin'),
    assignTeam: manager && !!engagement,
    readBilling: manager || roles.includes('finance') || roles.includes('admin'),
    editBilling: roles.includes('finance') || roles.includes('admin'),
  };
}
