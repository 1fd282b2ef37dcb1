import { Injectable } from '@nestjs/common';
import { Clock } from '@bep/server/core/clock';
import { AuditEntryEntity } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: object;
  after?: object;
}

/**
 * Writes the audit entry of a change. It takes the transaction's EntityManager on purpose: the
 * entry commits with the change or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly clock: Clock) {}

  /** Dated by the application's clock, like the change it records (a stage move, a team change on the same timeline). */
  async record(manager: EntityManager, actor: Actor, change: AuditChange): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      occurredAt: this.clock.now(),
      actorUserId: actor.userId,
      requestId: actor.requestId,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
    });
  }
}
