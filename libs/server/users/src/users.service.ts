import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { consultantLinkProblem, type CreateUserRequest, CreateUserResponse, UpdateUserRequest, User, UserList, UserQuery } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { hashPassword, SessionService } from '@bep/server/core/auth';
import { ConsultantEntity, UserEntity } from '@bep/server/core/database';
import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { userFilter } from './user-filter';

/** Accounts, managed by administrators. Every change is audited in its own transaction. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(query: UserQuery): Promise<UserList> {
    const where = userFilter(query);
    const [counted] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM "app_user" u ${where.sql}`, where.params);
    const rows = await this.dataSource.query<(Omit<User, 'createdAt'> & { createdAt: Date })[]>(
      `SELECT u."id", u."email", u."full_name" AS name, u."roles", u."consultant_id" AS "consultantId", u."active",
              u."must_change_password" AS "mustChangePassword", u."created_at" AS "createdAt"
         FROM "app_user" u ${where.sql}
        ORDER BY u."full_name", u."id" LIMIT ${where.next(query.limit)} OFFSET ${where.next(query.offset)}`,
      where.params,
    );
    return { items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })), total: counted?.total ?? 0, limit: query.limit, offset: query.offset };
  }

  /** Creates the account with a temporary password, returned once, to be changed at first sign-in. */
  async create(request: CreateUserRequest, actor: Actor): Promise<CreateUserResponse> {
    const temporaryPassword = randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(temporaryPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      await this.assertEmailFree(manager, request.email);
      await this.assertConsultantExists(manager, request.consultantId);
      const created = await manager.save(
        manager.create(UserEntity, {
          email: request.email.toLowerCase(),
          fullName: request.name,
          roles: request.roles,
          consultantId: request.consultantId,
          passwordHash,
          mustChangePassword: true,
          active: true,
        }),
      );
      await this.audit.record(manager, actor, { action: 'create', entityType: 'user', entityId: created.id, after: toUser(created) });
      return created;
    });
    return { user: toUser(user), temporaryPassword };
  }

  /**
   * Corrects the e-mail, changes name, roles, consultant link or activity; deactivation ends the
   * user's sessions at once. The rule between roles and link is checked on the account the change
   * leaves (a patch of roles alone may break it), and only when the patch touches roles or link:
   * an account that predates the rule must still be deactivated or have its e-mail corrected.
   */
  async update(id: string, patch: UpdateUserRequest, actor: Actor): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!existing) {
        throw new NotFoundException(`No user ${id}.`);
      }
      const before = toUser(existing);
      const next = {
        email: patch.email?.toLowerCase() ?? existing.email,
        fullName: patch.name ?? existing.fullName,
        roles: patch.roles ?? existing.roles,
        consultantId: patch.consultantId === undefined ? existing.consultantId : patch.consultantId,
        active: patch.active ?? existing.active,
      };
      const touchesLink = patch.roles !== undefined || patch.consultantId !== undefined;
      const linkProblem = touchesLink ? consultantLinkProblem(next.roles, next.consultantId) : null;
      if (linkProblem) {
        throw new UnprocessableEntityException({ detail: `The account breaks a rule: ${linkProblem}.`, errors: [{ path: 'consultantId', message: linkProblem }] });
      }
      if (next.email !== existing.email.toLowerCase()) {
        await this.assertEmailFree(manager, next.email);
      }
      if (id === actor.userId && (!next.active || !next.roles.includes('admin'))) {
        throw new UnprocessableEntityException('Administrators cannot deactivate themselves or remove their own admin role.');
      }
      await this.assertConsultantExists(manager, next.consultantId);
      await manager.update(UserEntity, id, next);
      if (!next.active) {
        await this.sessions.revokeAllOf(manager, id);
      }
      const after = toUser({ ...existing, ...next });
      await this.audit.record(manager, actor, { action: 'update', entityType: 'user', entityId: id, before, after });
      return after;
    });
  }

  private async assertEmailFree(manager: EntityManager, email: string): Promise<void> {
    const taken = await manager.getRepository(UserEntity).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getExists();
    if (taken) {
      throw new ConflictException({ detail: `An account already uses ${email}.`, errors: [{ path: 'email', message: 'already used by another account' }] });
    }
  }

  private async assertConsultantExists(manager: EntityManager, consultantId: string | null): Promise<void> {
    if (consultantId !== null && !(await manager.existsBy(ConsultantEntity, { id: consultantId }))) {
      throw new UnprocessableEntityException(`No consultant ${consultantId}.`);
    }
  }
}

function toUser(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    name: user.fullName,
    roles: user.roles,
    consultantId: user.consultantId,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
    createdAt: user.createdAt.toISOString(),
  };
}
