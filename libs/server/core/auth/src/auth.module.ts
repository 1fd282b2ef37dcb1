import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuditModule } from '@bep/server/core/audit';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottle } from './login-throttle';
import { RequestAuthenticator } from './request-authenticator';
import { RouteTable } from './route-table';
import { SessionService } from './session.service';

/** Sign-in, sessions and the guard that applies every route's access policy. */
@Module({
  imports: [AuditModule, DiscoveryModule],
  controllers: [AuthController],
  providers: [AuthService, SessionService, LoginThrottle, RouteTable, RequestAuthenticator, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService, RouteTable, RequestAuthenticator],
})
export class AuthModule {}
