import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConsultantSummary, CreateConsultantRequest, UpdateConsultantRequest } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { ConsultantEntity } from '@bep/server/core/database';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/**
 * Creates and edits Ocalia's consultant records, each change audited with it. A consultant is never
 * deleted: deactivating keeps their assignments, activities and linked account in the history.
 */
@Injectable()
export class ConsultantRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(request: CreateConsultantRequest, actor: Actor): Promise<ConsultantSummary> {
    return uniqueEmail(request.email, () =>
      this.dataSource.transaction(async (manager) => {
        await assertEmailFree(manager, request.email);
        const created = await manager.save(
          manager.create(ConsultantEntity, {
            fullName: request.name,
            email: request.email.toLowerCase(),
            office: request.office,
            weeklyCapacityHours: request.weeklyCapacityHours,
            active: request.active,
          }),
        );
        const after = toSummary(created);
        await this.audit.record(manager, actor, { action: 'create', entityType: 'consultant', entityId: created.id, after });
        return after;
      }),
    );
  }

  /** Changes what the patch names; the audit entry keeps the changed fields only, before and after. */
  async update(id: string, patch: UpdateConsultantRequest, actor: Actor): Promise<ConsultantSummary> {
    return uniqueEmail(patch.email ?? '', () =>
      this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOne(ConsultantEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!existing) throw new NotFoundException(`No consultant ${id}.`);
        const before = toSummary(existing);
        if (patch.email !== undefined && patch.email.toLowerCase() !== existing.email.toLowerCase()) {
          await assertEmailFree(manager, patch.email);
        }
        const next = {
          fullName: patch.name ?? existing.fullName,
          email: patch.email?.toLowerCase() ?? existing.email,
          office: patch.office ?? existing.office,
          weeklyCapacityHours: patch.weeklyCapacityHours ?? existing.weeklyCapacityHours,
          active: patch.active ?? existing.active,
        };
        await manager.update(ConsultantEntity, id, next);
        const after = toSummary({ ...existing, ...next });
        const changed = (Object.keys(after) as (keyof ConsultantSummary)[]).filter((key) => before[key] !== after[key]);
        if (changed.length > 0) {
          await this.audit.record(manager, actor, {
            action: 'update',
            entityType: 'consultant',
            entityId: id,
            before: Object.fromEntries(changed.map((key) => [key, before[key]])),
            after: Object.fromEntries(changed.map((key) => [key, after[key]])),
          });
        }
        return after;
      }),
    );
  }
}

async function assertEmailFree(manager: EntityManager, email: string): Promise<void> {
  const taken = await manager.getRepository(ConsultantEntity).createQueryBuilder('k').where('lower(k.email) = lower(:email)', { email }).getExists();
  if (taken) throw new ConflictException(`A consultant already uses ${email}.`);
}

/** Two requests naming the same e-mail at once: the unique index answers for the second one, as a 409 too. */
async function uniqueEmail<T>(email: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { code, constraint } = (error instanceof QueryFailedError ? error.driverError : {}) as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'consultant_email_key') throw new ConflictException(`A consultant already uses ${email}.`);
    throw error;
  }
}

function toSummary(consultant: ConsultantEntity): ConsultantSummary {
  return {
    id: consultant.id,
    name: consultant.fullName,
    email: consultant.email,
    office: consultant.office,
    weeklyCapacityHours: consultant.weeklyCapacityHours,
    active: consultant.active,
  };
}
