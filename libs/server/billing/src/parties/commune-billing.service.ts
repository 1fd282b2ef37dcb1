import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommuneBilling, CommuneBillingValues } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { CommuneBillingProfileEntity, CommuneEntity } from '@bep/server/core/database';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager } from 'typeorm';
import { communeBillingValuesOf, toCommuneBillingProfile } from './party-records';

/**
 * Each commune's billing data (the buyer of its invoices), entered by finance. Each change is one
 * transaction with its audit entry on the commune, which keeps the values before and after (a
 * public body's data, not a person's).
 */
@Injectable()
export class CommuneBillingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(nis: string): Promise<CommuneBilling> {
    const manager = this.dataSource.manager;
    const commune = await findCommune(manager, nis);
    const row = await manager.findOneBy(CommuneBillingProfileEntity, { nis });
    return { nis, communeName: commune.name, profile: row ? toCommuneBillingProfile(row) : null };
  }

  /** Replaces the whole profile; one that changes nothing writes nothing. */
  async update(nis: string, values: CommuneBillingValues, actor: Actor): Promise<CommuneBilling> {
    return this.dataSource.transaction(async (manager) => {
      const commune = await findCommune(manager, nis);
      const existing = await manager.findOne(CommuneBillingProfileEntity, { where: { nis }, lock: { mode: 'pessimistic_write' } });
      const previous = existing ? communeBillingValuesOf(existing) : null;
      if (existing && isDeepStrictEqual(previous, values)) {
        return { nis, communeName: commune.name, profile: toCommuneBillingProfile(existing) };
      }
      const row = manager.create(CommuneBillingProfileEntity, {
        nis,
        street: values.address.street,
        postalCode: values.address.postalCode,
        city: values.address.city,
        enterpriseNumber: values.enterpriseNumber,
        vatNumber: values.vatNumber,
        peppolEndpoint: values.peppolEndpoint,
        buyerReference: values.buyerReference,
        email: values.email,
        updatedAt: this.clock.now(),
      });
      await manager.save(row);
      await this.audit.record(manager, actor, {
        action: 'update',
        entityType: 'commune',
        entityId: nis,
        before: { billing: previous },
        after: { billing: values },
      });
      return { nis, communeName: commune.name, profile: toCommuneBillingProfile(row) };
    });
  }
}

async function findCommune(manager: EntityManager, nis: string): Promise<CommuneEntity> {
  const commune = await manager.findOneBy(CommuneEntity, { nis });
  if (!commune) {
    throw new NotFoundException(`No commune with NIS code ${nis}.`);
  }
  return commune;
}
