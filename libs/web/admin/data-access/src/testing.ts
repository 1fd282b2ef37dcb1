/** Test helpers, imported as `@bep/web/admin/data-access/testing`: never part of the app bundle. */
import type { User } from '@bep/contracts';

/** A user as GET /api/users lists them, for tests. */
export function aListedUser(overrides: Partial<User> = {}): User {
  return {
    id: '0b6f1f5c-2f59-4b07-9d0c-1d0f8a0c7a01',
    email: 'manager@bep.demo',
    name: 'Marie Dupont',
    roles: ['manager'],
    consultantId: null,
    active: true,
    mustChangePassword: false,
    createdAt: '2019-04-20T08:00:00.000Z',
    ...overrides,
  };
}
