import type { Role } from '@bep/contracts';

/**
 * The sections of the administration, in tab order, with who may open them (as the API decides:
 * users and the audit log are the administrators'; the consultant records are the managers' too;
 * BEP's seller identity is finance's too).
 */
export const ADMIN_SECTIONS: readonly { path: string; key: string; roles: readonly Role[] }[] = [
  { path: 'utilisateurs', key: 'admin.sections.users', roles: ['admin'] },
  { path: 'journal', key: 'admin.sections.audit', roles: ['admin'] },
  // Managers run the consultants (their records, capacity and activity); administrators link accounts to them.
  { path: 'consultants', key: 'admin.sections.consultants', roles: ['admin', 'manager'] },
  { path: 'vendeur', key: 'admin.sections.seller', roles: ['admin', 'finance'] },
];

export function sectionsFor(roles: readonly Role[]): (typeof ADMIN_SECTIONS)[number][] {
  return ADMIN_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}
