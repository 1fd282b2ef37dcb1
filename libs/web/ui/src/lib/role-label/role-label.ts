import type { Role } from '@bep/contracts';

/** French names of the roles (SPEC "Users and roles"). The one place the UI spells them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  manager: 'Gestionnaire BEP',
  consultant: 'Consultant',
  finance: 'Finances',
  admin: 'Administrateur',
};

/** The roles in the order the UI lists them (the keys of ROLE_LABELS, so no role can be forgotten). */
export const ROLE_ORDER = Object.keys(ROLE_LABELS) as readonly Role[];

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** "Gestionnaire BEP, Finances": the roles of a user, in the order of ROLE_ORDER. */
export function rolesLabel(roles: readonly Role[]): string {
  return ROLE_ORDER.filter((role) => roles.includes(role))
    .map(roleLabel)
    .join(', ');
}
