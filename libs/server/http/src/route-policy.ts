import { SetMetadata } from '@nestjs/common';
import type { Role } from '@bep/contracts';

/**
 * Who may call a route. Every route declares one; the guard refuses a route without a policy
 * and the authorization matrix test fails on it.
 */
export type RoutePolicy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

export const POLICY_KEY = 'bep:route-policy';

/** Anyone, signed in or not (health, login). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);

/** Any signed-in user, whatever the roles. */
export const SignedIn = () => SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies RoutePolicy);

/** Signed-in users holding at least one of the roles. */
export const Allow = (...roles: Role[]) => SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies RoutePolicy);

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
