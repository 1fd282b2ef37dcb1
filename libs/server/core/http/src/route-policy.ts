import { applyDecorators, SetMetadata } from '@nestjs/common';
import { PASSWORD_CHANGE_REQUIRED_TYPE, type Role } from '@bep/contracts';
import { ApiProblem } from './api-problem';

/**
 * Who may call a route. Every route declares one; the guard refuses a route without a policy
 * and the authorization matrix test fails on it. `whilePasswordChangeRequired`: a signed-in user who
 * must still replace a temporary password may call it (only changing the password, `me` and
 * signing out are open to them).
 */
export type RoutePolicy = { kind: 'public' } | { kind: 'signed-in'; whilePasswordChangeRequired?: boolean } | { kind: 'roles'; roles: readonly Role[] };

export const POLICY_KEY = 'bep:route-policy';

const PASSWORD_CHANGE = `the account must first replace its temporary password (\`type\`: ${PASSWORD_CHANGE_REQUIRED_TYPE})`;

// Each policy also documents the problems it answers, so that no route forgets them.
const notSignedIn = ApiProblem(401);

/** Anyone, signed in or not (health, login). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);

/** Any signed-in user, whatever the roles. */
export const SignedIn = (options: { whilePasswordChangeRequired?: boolean } = {}) =>
  options.whilePasswordChangeRequired
    ? applyDecorators(SetMetadata(POLICY_KEY, { kind: 'signed-in', whilePasswordChangeRequired: true } satisfies RoutePolicy), notSignedIn)
    : applyDecorators(SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies RoutePolicy), notSignedIn, ApiProblem(403, `Refused: ${PASSWORD_CHANGE}`));

/** Signed-in users holding at least one of the roles. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies RoutePolicy), notSignedIn, ApiProblem(403, `Only for ${roles.join(', ')}; and refused while ${PASSWORD_CHANGE}`));

export function policyAllows(policy: RoutePolicy, roles: readonly Role[] | null): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'signed-in':
      return roles !== null;
    case 'roles':
      return roles !== null && policy.roles.some((role) => roles.includes(role));
  }
}

/** Whether a user who must still replace a temporary password may call the route. */
export function policyAllowsPendingPasswordChange(policy: RoutePolicy): boolean {
  return policy.kind === 'public' || (policy.kind === 'signed-in' && policy.whilePasswordChangeRequired === true);
}
