import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { CurrentUser as CurrentUserContract } from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import type { AuthenticatedRequest, SessionInfo } from './authenticated-user';

function requestOf(context: ExecutionContext): AuthenticatedRequest {
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in user of a route whose policy requires one. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): CurrentUserContract => {
  const user = requestOf(context).user;
  if (!user) {
    throw new UnauthorizedException('Sign in first.');
  }
  return user;
});

export const CurrentSession = createParamDecorator((_data: unknown, context: ExecutionContext): SessionInfo => {
  const session = requestOf(context).session;
  if (!session) {
    throw new UnauthorizedException('Sign in first.');
  }
  return session;
});

/** Who is acting, and in which request, for the audit log. */
export const RequestActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = requestOf(context);
  return { userId: request.user?.id ?? null, requestId: String(request.id) };
});
