/** Test helpers, imported as `@bep/web/auth/data-access/testing`: never part of the app bundle. */
import type { CurrentUser, Role } from '@bep/contracts';

/** A signed-in user for tests; `roles` and any other field can be overridden. */
export function aUser(roles: Role[] = ['manager'], overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    email: 'manager@bep.demo',
    name: 'Marie Dupont',
    roles,
    consultantId: null,
    mustChangePassword: false,
    ...overrides,
  };
}
