// Brings `request.cookies` (registered as a plugin in the API's bootstrap) into FastifyRequest's type.
import type {} from '@fastify/cookie';
import type { CurrentUser } from '@bep/contracts';
import type { FastifyRequest } from 'fastify';

export interface SessionInfo {
  id: string;
  /** Authenticated by the browser cookie (so changes need the CSRF token), not by a bearer token. */
  viaCookie: boolean;
}

/** The request once the guard has authenticated it. */
export type AuthenticatedRequest = FastifyRequest & { user?: CurrentUser; session?: SessionInfo };
