import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChangePasswordRequest, CurrentUser, LoginRequest, Role } from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { AuditService } from '@bep/server/core/audit';
import { UserEntity } from '@bep/server/core/database';
import type { DataSource } from 'typeorm';
import { LoginThrottle } from './login-throttle';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password';
import { SessionService, type NewSession } from './session.service';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  requestId: string;
}

/** One message for a wrong e-mail and a wrong password: the answer never tells which. */
const INVALID_CREDENTIALS = 'Invalid e-mail or password.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(request: LoginRequest, client: ClientInfo): Promise<{ user: CurrentUser; session: NewSession }> {
    const email = request.email.trim().toLowerCase();
    await this.throttle.assertAllowed(email, client.ip);
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), request.password);
    const succeeded = Boolean(user?.active && passwordOk);
    await this.throttle.record(email, client.ip, succeeded);
    if (!user || !succeeded) {
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    const session = await this.dataSource.transaction(async (manager) => {
      const created = await this.sessions.create(manager, user.id, client);
      await this.audit.record(manager, { userId: user.id, requestId: client.requestId }, { action: 'login', entityType: 'session', entityId: created.id, after: { userId: user.id, ip: client.ip } });
      return created;
    });
    return { user: toCurrentUser(user), session };
  }

  async logout(sessionId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, sessionId);
      await this.audit.record(manager, actor, { action: 'logout', entityType: 'session', entityId: sessionId });
    });
  }

  /** Sets a new password; other sessions of the user end, the current one goes on. */
  async changePassword(userId: string, sessionId: string, request: ChangePasswordRequest, actor: Actor): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, request.currentPassword))) {
      throw new UnauthorizedException('The current password is wrong.');
    }
    const passwordHash = await hashPassword(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, userId, { passwordHash, mustChangePassword: false });
      await this.sessions.revokeAllOf(manager, userId, sessionId);
      await this.audit.record(manager, actor, { action: 'change-password', entityType: 'user', entityId: userId });
    });
  }
}

function toCurrentUser(user: UserEntity): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.fullName,
    roles: user.roles as Role[],
    consultantId: user.consultantId,
    mustChangePassword: user.mustChangePassword,
  };
}
