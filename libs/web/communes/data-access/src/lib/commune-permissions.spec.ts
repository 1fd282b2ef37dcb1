import type { CurrentUser, Role } from '@bep/contracts';
import { permissionsOn } from './commune-permissions';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function user(roles: Role[], consultantId: string | null = null): CurrentUser {
  return { id: 'u1', email: 'x@bep.demo', name: 'X', roles, consultantId, mustChangePassword: false };
}

const team = (...ids: string[]) => ({ consultants: ids.map((id, index) => ({ id, name: id, isLead: index === 0 })) });

describe('permissionsOn', () => {
  it('lets a manager do everything on an engagement', () => {
    expect(permissionsOn(user(['manager']), team())).toEqual({ actor: 'manager', manageContacts: true, addContacts: true, gdpr: true, assignTeam: true, readBilling: true, editBilling: false, readSurvey: true, manageSurvey: true });
  });

  it('lets a consultant of the team, lead or not, work on the engagement and nothing else', () => {
    const expected = { actor: 'assigned-consultant', manageContacts: false, addContacts: true, gdpr: false, assignTeam: false, readBilling: false, editBilling: false, readSurvey: true, manageSurvey: false };
    expect(permissionsOn(user(['consultant'], ME), team(ME))).toEqual(expected);
    expect(permissionsOn(user(['consultant'], ME), team(OTHER, ME))).toEqual(expected);
  });

  it('gives a consultant outside the team, or without a consultant record, no action', () => {
    const none = { actor: null, manageContacts: false, addContacts: false, gdpr: false, assignTeam: false, readBilling: false, editBilling: false, readSurvey: false, manageSurvey: false };
    expect(permissionsOn(user(['consultant'], ME), team(OTHER))).toEqual(none);
    expect(permissionsOn(user(['consultant']), team(OTHER))).toEqual(none);
  });

  it('gives finance and administrators the billing data, administrators also the GDPR actions', () => {
    expect(permissionsOn(user(['finance']), team(ME))).toEqual({ actor: null, manageContacts: false, addContacts: false, gdpr: false, assignTeam: false, readBilling: true, editBilling: true, readSurvey: false, manageSurvey: false });
    expect(permissionsOn(user(['admin']), team(ME))).toEqual({ actor: null, manageContacts: false, addContacts: false, gdpr: true, assignTeam: false, readBilling: true, editBilling: true, readSurvey: false, manageSurvey: false });
  });

  it('leaves the engagement actions out when the commune has no engagement', () => {
    expect(permissionsOn(user(['manager']), null)).toEqual({ actor: null, manageContacts: true, addContacts: true, gdpr: true, assignTeam: false, readBilling: true, editBilling: false, readSurvey: false, manageSurvey: false });
    expect(permissionsOn(null, null).gdpr).toBe(false);
  });
});
