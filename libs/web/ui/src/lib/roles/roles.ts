import type { Role } from '@bep/contracts';

/**
 * The roles in the order the interface lists them (BEP's roles first, then the consultants'); their names are the
 * shared words `role.<role>`. The spec checks that every role of the contract is here.
 */
export const ROLE_ORDER: readonly Role[] = ['manager', 'consultant', 'finance', 'admin'];

/** `roles` in the order of ROLE_ORDER, each once. */
export function inRoleOrder(roles: readonly Role[]): Role[] {
  return ROLE_ORDER.filter((role) => roles.includes(role));
}
