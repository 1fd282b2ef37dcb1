import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentsRequest, CurrentUser, EngagementDetail, EngagementPage, EngagementQuery, TransitionRequest } from '@bep/contracts';
import { checkTransition, type Stage } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { ConsultantEntity, EngagementAssignmentEntity, EngagementEntity, StageChangeEntity } from '@bep/server/core/database';
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readEngagements } from './engagement-reader';
import { actorOnEngagement } from './engagement-scope';
import { buildTimeline } from './timeline';

@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: EngagementQuery): Promise<EngagementPage> {
    const page = await readEngagements(this.dataSource.manager, query);
    return { ...page, limit: query.limit, offset: query.offset };
  }

  async detail(id: string): Promise<EngagementDetail> {
    return this.detailWith(this.dataSource.manager, id);
  }

  /**
   * Moves the engagement to another stage. In one transaction: the version check (409, nothing
   * changes), the scope check (403), the stage rules (422), the new stage, its history row and its
   * audit entry. Work queued by a move (reminders, invoices) joins this transaction later.
   */
  async transition(id: string, request: TransitionRequest, user: CurrentUser, actor: Actor): Promise<EngagementDetail> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await manager.findOne(EngagementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!engagement) {
        throw new NotFoundException(`No engagement ${id}.`);
      }
      if (engagement.version !== request.version) {
        throw new ConflictException(`The engagement changed meanwhile (version ${engagement.version}, not ${request.version}); reload it and try again.`);
      }
      const transitionActor = await actorOnEngagement(manager, engagement.id, user, 'move it');
      const check = checkTransition({ from: engagement.stage, to: request.to, actor: transitionActor, note: request.note });
      if (!check.allowed) {
        throw new UnprocessableEntityException({ type: `urn:bep:stage-rule:${check.rule}`, title: 'Stage rule broken', detail: check.message });
      }
      const before = { stage: engagement.stage, version: engagement.version };
      const now = new Date();
      await manager.update(EngagementEntity, engagement.id, { stage: request.to, stageEnteredAt: now });
      await manager.insert(StageChangeEntity, {
        engagementId: engagement.id,
        fromStage: engagement.stage,
        toStage: request.to as Stage,
        changedBy: user.id,
        changedAt: now,
        note: request.note?.trim() || null,
      });
      const detail = await this.detailWith(manager, engagement.id);
      await this.audit.record(manager, actor, {
        action: 'transition',
        entityType: 'engagement',
        entityId: engagement.id,
        before,
        after: { stage: detail.stage, version: detail.version, kind: check.kind, note: request.note ?? null },
      });
      return detail;
    });
  }

  /** Replaces the engagement's team and its lead; the change is audited and shows on the timeline. */
  async assign(id: string, request: AssignmentsRequest, actor: Actor): Promise<EngagementDetail> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await manager.findOne(EngagementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!engagement) {
        throw new NotFoundException(`No engagement ${id}.`);
      }
      const consultants = request.consultantIds.length ? await manager.findBy(ConsultantEntity, { id: In(request.consultantIds) }) : [];
      const unknown = request.consultantIds.filter((cid) => !consultants.some((c) => c.id === cid && c.active));
      if (unknown.length > 0) {
        throw new UnprocessableEntityException(`Unknown or inactive consultants: ${unknown.join(', ')}.`);
      }
      const before = await this.detailWith(manager, id);
      await manager.delete(EngagementAssignmentEntity, { engagementId: id });
      if (request.consultantIds.length > 0) {
        await manager.insert(
          EngagementAssignmentEntity,
          request.consultantIds.map((consultantId) => ({ engagementId: id, consultantId, isLead: consultantId === request.leadId })),
        );
      }
      const name = (cid: string | null) => consultants.find((c) => c.id === cid)?.fullName ?? null;
      await this.audit.record(manager, actor, {
        action: 'assign',
        entityType: 'engagement',
        entityId: id,
        before: { lead: before.lead?.name ?? null, consultants: before.consultants.map((c) => c.name) },
        after: { lead: name(request.leadId), consultants: request.consultantIds.map((cid) => name(cid) ?? cid) },
      });
      return this.detailWith(manager, id);
    });
  }

  private async detailWith(manager: EntityManager, id: string): Promise<EngagementDetail> {
    const { items } = await readEngagements(manager, { id });
    const engagement = items[0];
    if (!engagement) {
      throw new NotFoundException(`No engagement ${id}.`);
    }
    return { ...engagement, timeline: await buildTimeline(manager, id) };
  }
}
