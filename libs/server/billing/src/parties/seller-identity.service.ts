import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SellerIdentity, SellerSettings } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import { SELLER_IDENTITY_SETTING } from '@bep/server/core/database';
import { readSellerIdentity, writeSellerIdentity } from './party-records';

/**
 * BEP's identity as a seller: a setting of the deployment, not code, so that a new bank account
 * or address needs no release. Each change is one transaction with its audit entry, which keeps
 * the values before and after (an organisation's data, not a person's).
 */
@Injectable()
export class SellerIdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(): Promise<SellerSettings> {
    const stored = await readSellerIdentity(this.dataSource.manager);
    return { identity: stored?.identity ?? null, updatedAt: stored?.updatedAt.toISOString() ?? null };
  }

  /** Replaces the whole identity; one that changes nothing writes nothing. */
  async update(identity: SellerIdentity, actor: Actor): Promise<SellerSettings> {
    return this.dataSource.transaction(async (manager) => {
      const before = await readSellerIdentity(manager, true);
      if (before?.identity && isDeepStrictEqual(before.identity, identity)) {
        return { identity, updatedAt: before.updatedAt.toISOString() };
      }
      const at = this.clock.now();
      await writeSellerIdentity(manager, identity, at);
      await this.audit.record(manager, actor, {
        action: before ? 'update' : 'create',
        entityType: 'setting',
        entityId: SELLER_IDENTITY_SETTING,
        ...(before ? { before: { identity: before.identity } } : {}),
        after: { identity },
      });
      return { identity, updatedAt: at.toISOString() };
    });
  }
}
