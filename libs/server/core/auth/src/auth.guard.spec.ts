import { ExecutionContext, ForbiddenException, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PASSWORD_CHANGE_REQUIRED_TYPE } from '@bep/contracts';
import { POLICY_KEY, type RoutePolicy } from '@bep/server/core/http';
import { AuthGuard } from './auth.guard';
import { RequestAuthenticator } from './request-authenticator';
import type { SessionService } from './session.service';

describe('AuthGuard', () => {
  it('refuses a route that declares no access policy, before looking at any session', async () => {
    const sessions = { find: jest.fn() } as unknown as SessionService;
    const guard = new AuthGuard(new Reflector(), new RequestAuthenticator(sessions));
    class UndeclaredController {
      handler(): void {
        return undefined;
      }
    }
    const context = {
      getHandler: () => UndeclaredController.prototype.handler,
      getClass: () => UndeclaredController,
      switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: 'Bearer x' }, method: 'GET' }) }),
    } as unknown as ExecutionContext;

    await expect(guard.canActivate(context)).rejects.toThrow(ForbiddenException);
    expect((sessions.find as jest.Mock).mock.calls).toHaveLength(0);
  });
});

describe('AuthGuard and a temporary password', () => {
  const user = { id: 'u1', email: 'x@bep.be', name: 'X', roles: ['admin'], consultantId: null, mustChangePassword: true };
  const sessions = { find: jest.fn().mockResolvedValue({ id: 's1', csrfTokenHash: '', user }), csrfMatches: jest.fn() } as unknown as SessionService;

  function contextFor(policy: RoutePolicy): ExecutionContext {
    class Controller {
      handler(): void {
        return undefined;
      }
    }
    SetMetadata(POLICY_KEY, policy)(Controller.prototype, 'handler', Object.getOwnPropertyDescriptor(Controller.prototype, 'handler') as PropertyDescriptor);
    return {
      getHandler: () => Controller.prototype.handler,
      getClass: () => Controller,
      switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: 'Bearer token' }, method: 'GET' }) }),
    } as unknown as ExecutionContext;
  }

  it.each([
    [{ kind: 'signed-in' } as RoutePolicy],
    [{ kind: 'roles', roles: ['admin'] } as RoutePolicy],
  ])('refuses %p with a problem whose type says why', async (policy) => {
    const refusal = await new AuthGuard(new Reflector(), new RequestAuthenticator(sessions)).canActivate(contextFor(policy)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ForbiddenException);
    expect((refusal as ForbiddenException).getResponse()).toMatchObject({ type: PASSWORD_CHANGE_REQUIRED_TYPE });
  });

  it('lets it through the routes open while the password is to be changed', async () => {
    await expect(new AuthGuard(new Reflector(), new RequestAuthenticator(sessions)).canActivate(contextFor({ kind: 'signed-in', whilePasswordChangeRequired: true }))).resolves.toBe(true);
  });
});
