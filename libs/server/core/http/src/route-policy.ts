import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { Role } from '@bep/contracts';
import { PROBLEM_SCHEMA } from './openapi';

/**
 * Who may call a route. Every route declares one; the guard refuses a route without a policy
 * and the authorization matrix test fails on it.
 */
export type RoutePolicy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

export const POLICY_KEY = 'bep:route-policy';

// Each policy also documents the problems it answers, so that no route forgets them.
const notSignedIn = ApiResponse({ status: 401, description: 'Not signed in, or the session expired', schema: PROBLEM_SCHEMA });
const roleMissing = (roles: readonly Role[]) => ApiResponse({ status: 403, description: `Only for ${roles.join(', ')}`, schema: PROBLEM_SCHEMA });

/** Anyone, signed in or not (health, login). */
export const Public = () => SetMetadata(POLICY_KEY, { kind: 'public' } satisfies RoutePolicy);

/** Any signed-in user, whatever the roles. */
export const SignedIn = () => applyDecorators(SetMetadata(POLICY_KEY, { kind: 'signed-in' } satisfies RoutePolicy), notSignedIn);

/** Signed-in users holding at least one of the roles. */
export const Allow = (...roles: Role[]) => applyDecorators(SetMetadata(POLICY_KEY, { kind: 'roles', roles } satisfies RoutePolicy), notSignedIn, roleMissing(roles));

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
