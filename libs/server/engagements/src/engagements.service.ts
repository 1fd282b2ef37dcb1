import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssignmentsRequest, CurrentUser, EngagementDetail, EngagementPage, EngagementQuery, TransitionRequest, TransitionResult } from '@bep/contracts';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { CampaignRevisionCache, campaignInScope, ConsultantEntity, EngagementAssignmentEntity, EngagementEntity } from '@bep/server/core/database';
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { countEngagementsBefore, readEngagementOrder, readEngagementsByIds } from './engagement-reader';
import { decodeCursor, encodeCursor, EngagementOrder } from './engagement-order';
import { refuseIfCampaignArchived } from './campaign-status-conflict';
import { lockForMove } from './engagement-lock';
import { requireEngagementActor } from './engagement-scope';
import { applyStageMove } from './stage-move';
import { Timeline } from './timeline';

/** Campaign and filter combinations whose order is kept per process. */
const ORDERS_KEPT = 64;

@Injectable()
export class EngagementsService {
  readonly #orders = new CampaignRevisionCache<EngagementOrder>(ORDERS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly timeline: Timeline,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of the list: the order of the whole list is read once per campaign revision and filter
   * (`EngagementOrder`), then only the page's rows. A cursor (the previous page's `nextCursor`)
   * starts the page after its row, wherever that row is now; without one, `offset` does.
   */
  async list(query: EngagementQuery): Promise<EngagementPage> {
    const manager = this.dataSource.manager;
    const campaign = await campaignInScope(manager, query.campaignId);
    const filter = { ...query, campaignId: campaign?.id ?? query.campaignId };
    const read = async () => new EngagementOrder(await readEngagementOrder(manager, filter));
    const key = JSON.stringify([query.stage ?? null, query.arrondissement ?? null, query.consultantId ?? null, query.q ?? null]);
    const order = await this.#orders.readFor(campaign, key, read);
    let offset = query.offset;
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      const position = order.positionOf(after.id);
      offset = position === null ? await countEngagementsBefore(manager, filter, after.name, after.id) : position + 1;
    }
    const items = await readEngagementsByIds(manager, order.ids.slice(offset, offset + query.limit));
    const last = items.at(-1);
    const nextCursor = last && offset + query.limit < order.ids.length ? encodeCursor({ name: last.commune.name, id: last.id }) : null;
    return { items, total: order.ids.length, limit: query.limit, offset, nextCursor };
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
    const [engagement] = await readEngagementsByIds(manager, [id]);
    if (!engagement) {
      throw new NotFoundException(`No engagement ${id}.`);
    }
    return { ...engagement, timeline: await this.timeline.build(manager, id, viewer) };
  }
}
