import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, PASSWORD_CHANGE_REQUIRED_TYPE, SESSION_COOKIE } from '@bep/contracts';
import type { AuthenticatedRequest } from './authenticated-user';
import { POLICY_KEY, policyAllows, policyAllowsPendingPasswordChange, type RoutePolicy } from '@bep/server/core/http';
import { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place where authentication and route authorization happen, for every route:
 * bearer token or session cookie, CSRF for cookie-authenticated changes, then the route's policy.
 * Scope rules (a consultant's own engagements) are checked by the use cases.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) {
      throw new ForbiddenException('This route declares no access policy.');
    }
    if (policy.kind === 'public') {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = (request.cookies as Record<string, string | undefined> | undefined)?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    const session = token ? await this.sessions.find(token) : null;
    if (!session) {
      throw new UnauthorizedException(token ? 'The session has expired or was ended; sign in again.' : 'Sign in first.');
    }
    const viaCookie = bearer === undefined;
    if (viaCookie && !SAFE_METHODS.has(request.method)) {
      const csrf = request.headers[CSRF_HEADER];
      if (!this.sessions.csrfMatches(session, Array.isArray(csrf) ? csrf[0] : csrf)) {
        throw new ForbiddenException('Missing or invalid CSRF token: send the X-CSRF-Token header with changes.');
      }
    }
    request.user = session.user;
    request.session = { id: session.id, viaCookie };
    // A temporary password was handed over by someone else: until its owner replaces it, the
    // account may do nothing else (the client asks first, but the API must not rely on it).
    if (session.user.mustChangePassword && !policyAllowsPendingPasswordChange(policy)) {
      throw new ForbiddenException({
        type: PASSWORD_CHANGE_REQUIRED_TYPE,
        title: 'Password change required',
        detail: 'Replace the temporary password first (POST /api/auth/password); until then only that, GET /api/auth/me and sign-out are open.',
      });
    }
    if (!policyAllows(policy, session.user.roles)) {
      const roles = policy.kind === 'roles' ? policy.roles.join(', ') : 'a signed-in user';
      throw new ForbiddenException(`Reserved for: ${roles}.`);
    }
    return true;
  }
}
