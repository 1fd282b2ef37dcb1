import { ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { CSRF_HEADER, PASSWORD_CHANGE_REQUIRED_TYPE, SESSION_COOKIE } from '@bep/contracts';
import { policyAllows, policyAllowsPendingPasswordChange, type RoutePolicy } from '@bep/server/core/http';
import type { AuthenticatedRequest } from './authenticated-user';
import { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication and a route's policy, for one request: bearer token or session cookie, CSRF for
 * cookie-authenticated changes, a temporary password, then the policy's roles. The guard applies
 * it to every API route; routes mounted outside Nest (the queue dashboard) apply it themselves.
 * Throws the HTTP exception to answer; on success the request carries its user and session.
 */
@Injectable()
export class RequestAuthenticator {
  constructor(private readonly sessions: SessionService) {}

  async authorize(request: AuthenticatedRequest, policy: Exclude<RoutePolicy, { kind: 'public' }>): Promise<void> {
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
  }
}
