import { ExecutionContext, ForbiddenException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import type { SessionService } from './session.service';

describe('AuthGuard', () => {
  it('refuses a route that declares no access policy, before looking at any session', async () => {
    const sessions = { find: jest.fn() } as unknown as SessionService;
    const guard = new AuthGuard(new Reflector(), sessions);
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
