import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CurrentUser, Role } from '@bep/contracts';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { preparedQuery, SessionEntity } from '@bep/server/core/database';
import type { DataSource, EntityManager } from 'typeorm';
import { newToken, sameTokenHash, tokenHash } from './session-tokens';

export interface NewSession {
  id: string;
  accessToken: string;
  csrfToken: string;
  expiresAt: Date;
}

export interface ActiveSession {
  id: string;
  csrfTokenHash: string;
  user: CurrentUser;
}

interface SessionRow {
  session_id: string;
  csrf_token_hash: string;
  id: string;
  email: string;
  full_name: string;
  roles: Role[];
  consultant_id: string | null;
  must_change_password: boolean;
}

/** Sessions live in PostgreSQL so that every API replica sees a logout or a deactivation at once. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUNTIME_CONFIG) private readonly config: RuntimeConfig,
  ) {}

  async create(manager: EntityManager, userId: string, client: { ip: string; userAgent: string | null }): Promise<NewSession> {
    const accessToken = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlMinutes * 60_000);
    const session = await manager.save(
      manager.create(SessionEntity, {
        userId,
        tokenHash: this.hash(accessToken),
        csrfTokenHash: this.hash(csrfToken),
        expiresAt,
        revokedAt: null,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      }),
    );
    return { id: session.id, accessToken, csrfToken, expiresAt };
  }

  /** The live session of a token: not revoked, not expired, its user active; otherwise null. */
  async find(accessToken: string): Promise<ActiveSession | null> {
    const [row] = await preparedQuery<SessionRow>(
      this.dataSource.manager,
      `SELECT s."id" AS session_id, s."csrf_token_hash", u."id", u."email", u."full_name", u."roles", u."consultant_id", u."must_change_password"
         FROM "session" s JOIN "app_user" u ON u."id" = s."user_id"
        WHERE s."token_hash" = $1 AND s."revoked_at" IS NULL AND s."expires_at" > now() AND u."active"`,
      [this.hash(accessToken)],
    );
    if (!row) {
      return null;
    }
    return {
      id: row.session_id,
      csrfTokenHash: row.csrf_token_hash,
      user: {
        id: row.id,
        email: row.email,
        name: row.full_name,
        roles: row.roles,
        consultantId: row.consultant_id,
        mustChangePassword: row.must_change_password,
      },
    };
  }

  csrfMatches(session: ActiveSession, csrfToken: string | undefined): boolean {
    return typeof csrfToken === 'string' && csrfToken.length > 0 && sameTokenHash(session.csrfTokenHash, this.hash(csrfToken));
  }

  async revoke(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.query(`UPDATE "session" SET "revoked_at" = now() WHERE "id" = $1 AND "revoked_at" IS NULL`, [sessionId]);
  }

  /** Ends every session of a user (deactivation, password change elsewhere). */
  async revokeAllOf(manager: EntityManager, userId: string, except?: string): Promise<void> {
    await manager.query(`UPDATE "session" SET "revoked_at" = now() WHERE "user_id" = $1 AND "revoked_at" IS NULL AND "id" IS DISTINCT FROM $2`, [
      userId,
      except ?? null,
    ]);
  }

  private hash(token: string): string {
    return tokenHash(this.config.auth.sessionSecret, token);
  }
}
