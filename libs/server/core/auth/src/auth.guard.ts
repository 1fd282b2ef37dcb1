import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { POLICY_KEY, type RoutePolicy } from '@bep/server/core/http';
import type { AuthenticatedRequest } from './authenticated-user';
import { RequestAuthenticator } from './request-authenticator';

/**
 * The one place where route authorization happens, for every API route: a route without a policy
 * is refused, a public one passes, any other is authenticated and checked against its policy.
 * Scope rules (a consultant's own engagements) are checked by the use cases.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: RequestAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      throw new ForbiddenException('This route declares no access policy.');
    }
    if (policy.kind !== 'public') {
      await this.authenticator.authorize(context.switchToHttp().getRequest<AuthenticatedRequest>(), policy);
    }
    return true;
  }
}
