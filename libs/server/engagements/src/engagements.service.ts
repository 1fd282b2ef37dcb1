import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentsRequest, CurrentUser, EngagementDetail, EngagementPage, EngagementQuery, TransitionRequest, TransitionResult } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { ConsultantEntity, EngagementAssignmentEntity, EngagementEntity } from '@bep/server/core/database';
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readEngagements } from './engagement-reader';
import { refuseIfCampaignArchived } from './campaign-status-conflict';
import { lockForMove } from './engagement-lock';
import { requireEngagementActor } from './engagement-scope';
import { applyStageMove } from './stage-move';
import { Timeline } from './timeline';

@Injectable()
export class EngagementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly timeline: Timeline,
    private readonly clock: Clock,
  ) {}

  async list(query: EngagementQuery): Promise<EngagementPage> {
    const page = await readEngagements(this.dataSource.manager, query);
    return { ...page, limit: query.limit, offset: query.offset };
  }

  /** The engagement with its timeline, as `viewer` may read it (invoices only for their readers). */
  async detail(id: string, viewer: CurrentUser): Promise<EngagementDetail> {
    return this.detailWith(this.dataSource.manager, id, viewer);
  }

  /**
   * Moves the engagement to another stage. In one transaction: lock the row and read what the rules
   * need (stage, version, team, lead, the work recorded as done) in one query, the version check
   * (409, nothing changes), the scope check (403), then the rules and the move (`applyStageMove`:
   * 422, history row and new version, audit entry, outbox jobs). It answers what a board or a list
   * needs; the detail is `GET /api/engagements/{id}`.
   */
  async transition(id: string, request: TransitionRequest, user: CurrentUser, actor: Actor): Promise<TransitionResult> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockForMove(manager, id);
      if (locked.version !== request.version) {
        throw new ConflictException(`The engagement changed meanwhile (version ${locked.version}, not ${request.version}); reload it and try again.`);
      }
      const transitionActor = requireEngagementActor(user, locked.team, 'move it');
      return applyStageMove(manager, this.audit, actor, id, locked, { to: request.to, actor: transitionActor, note: request.note, by: user.id, at: this.clock.now() });
    });
  }

  /** Replaces the engagement's team and its lead; the change is audited and shows on the timeline. */
  async assign(id: string, request: AssignmentsRequest, viewer: CurrentUser, actor: Actor): Promise<EngagementDetail> {
    return this.dataSource.transaction(async (manager) => {
      const engagement = await manager.findOne(EngagementEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!engagement) {
        throw new NotFoundException(`No engagement ${id}.`);
      }
      await refuseIfCampaignArchived(manager, id);
      const consultants = request.consultantIds.length ? await manager.findBy(ConsultantEntity, { id: In(request.consultantIds) }) : [];
      const unknown = request.consultantIds.filter((cid) => !consultants.some((c) => c.id === cid && c.active));
      if (unknown.length > 0) {
        throw new UnprocessableEntityException(`Unknown or inactive consultants: ${unknown.join(', ')}.`);
      }
      const before = await this.detailWith(manager, id, viewer);
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
      return this.detailWith(manager, id, viewer);
    });
  }

  private async detailWith(manager: EntityManager, id: string, viewer: CurrentUser): Promise<EngagementDetail> {
    const { items } = await readEngagements(manager, { id });
    const engagement = items[0];
    if (!engagement) {
      throw new NotFoundException(`No engagement ${id}.`);
    }
    return { ...engagement, timeline: await this.timeline.build(manager, id, viewer) };
  }
}
