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
  /** Change and delete contacts: managers. */
  manageContacts: boolean;
  /**
   * Add a contact: managers, and the consultants of the team of the commune's engagement in the
   * current campaign (the engagement this page shows), who meet the commune's people first.
   */
  addContacts: boolean;
  /** Export and erase a contact's personal data (GDPR): managers and administrators. */
  gdpr: boolean;
  /** Change the team and its lead: managers. */
  assignTeam: boolean;
  /** Read how the commune is billed: managers, finance and administrators. */
  readBilling: boolean;
  /** Change it: finance and administrators. */
  editBilling: boolean;
  /** Read the engagement's maturity questionnaire, its scores and its summary: managers and the consultants of the team. */
  readSurvey: boolean;
  /** Issue and revoke the commune's questionnaire link, type in paper answers: managers. */
  manageSurvey: boolean;
}

export function permissionsOn(user: CurrentUser | null, engagement: Pick<EngagementDetail, 'consultants'> | null): CommunePermissions {
  const roles = user?.roles ?? [];
  const manager = roles.includes('manager');
  const actor = user && engagement ? engagementActor(user, engagement.consultants.map((consultant) => consultant.id)) : null;
  return {
    actor,
    manageContacts: manager,
    addContacts: manager || actor === 'assigned-consultant',
    gdpr: manager || roles.includes('admin'),
    assignTeam: manager && !!engagement,
    readBilling: manager || roles.includes('finance') || roles.includes('admin'),
    editBilling: roles.includes('finance') || roles.includes('admin'),
    readSurvey: actor !== null,
    manageSurvey: manager && !!engagement,
  };
}
