import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Activity, ActivityPage, ActivityQuery, CreateActivityRequest, CurrentUser, UpdateActivityRequest } from '@bep/contracts';
import { DEFAULT_ACTIVITY_MINUTES } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { ActivityEntity, ActivityParticipantEntity } from '@bep/server/core/database';
import { addToOutbox, jobsForEngagementChange } from '@bep/server/core/queue';
import type { DataSource, EntityManager } from 'typeorm';
import { refuseIfCampaignArchived } from '../campaign-status-conflict';
import { actorOnEngagement } from '../engagement-scope';
import { readActivities } from './activity-reader';

type Participants = CreateActivityRequest['participants'];

/**
 * Activities on engagements. Managers write on every engagement, consultants on those assigned to
 * them; each write is audited in its transaction (participants by id: the audit log must not
 * become a second copy of the contacts' personal data).
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(query: ActivityQuery): Promise<ActivityPage> {
    const page = await readActivities(this.dataSource.manager, query);
    return { ...page, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<Activity> {
    return this.read(this.dataSource.manager, id);
  }

  async create(engagementId: string, request: CreateActivityRequest, user: CurrentUser, actor: Actor): Promise<Activity> {
    return this.dataSource.transaction(async (manager) => {
      await actorOnEngagement(manager, engagementId, user, 'log activities on it');
      await refuseIfCampaignArchived(manager, engagementId);
      await this.checkParticipants(manager, engagementId, request.participants);
      const completed = request.completed ?? request.scheduledAt === null;
      // Logged at the application's time: a note shows on the timeline among the stage changes of the same calendar.
      const now = this.clock.now();
      const inserted = await manager.insert(ActivityEntity, {
        engagementId,
        type: request.type,
        subject: request.subject,
        scheduledAt: request.scheduledAt ? new Date(request.scheduledAt) : null,
        durationMinutes: request.durationMinutes ?? DEFAULT_ACTIVITY_MINUTES[request.type],
        completedAt: completed ? now : null,
        // Blank is none, as the outcome: the client sends what its field holds.
        location: request.location || null,
        outcome: request.outcome || null,
        createdBy: user.id,
        createdAt: now,
        updatedAt: now,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.replaceParticipants(manager, id, request.participants);
      const activity = await this.read(manager, id);
      await this.audit.record(manager, actor, { action: 'create', entityType: 'activity', entityId: id, after: auditView(activity) });
      await addToOutbox(manager, jobsForEngagementChange(engagementId, `activity-${id}-${now.getTime()}`));
      return activity;
    });
  }

  async update(id: string, request: UpdateActivityRequest, user: CurrentUser, actor: Actor): Promise<Activity> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.lock(manager, id);
      await actorOnEngagement(manager, existing.engagementId, user, 'change its activities');
      await refuseIfCampaignArchived(manager, existing.engagementId);
      const before = await this.read(manager, id);
      const now = this.clock.now();
      const changes: Partial<Pick<ActivityEntity, 'type' | 'subject' | 'scheduledAt' | 'durationMinutes' | 'location' | 'outcome' | 'completedAt'>> = {};
      if (request.type !== undefined) changes.type = request.type;
      if (request.subject !== undefined) changes.subject = request.subject;
      if (request.scheduledAt !== undefined) changes.scheduledAt = request.scheduledAt ? new Date(request.scheduledAt) : null;
      if (request.durationMinutes !== undefined) changes.durationMinutes = request.durationMinutes;
      if (request.location !== undefined) changes.location = request.location || null;
      if (request.outcome !== undefined) changes.outcome = request.outcome || null;
      if (request.completed !== undefined) changes.completedAt = request.completed ? (existing.completedAt ?? now) : null;
      if (Object.keys(changes).length > 0) {
        await manager.update(ActivityEntity, id, { ...changes, updatedAt: now });
      }
      if (request.participants) {
        await this.checkParticipants(manager, existing.engagementId, request.participants);
        await this.replaceParticipants(manager, id, request.participants);
        // The row itself may be unchanged; its participants are part of it.
        await manager.update(ActivityEntity, id, { updatedAt: now });
      }
      const activity = await this.read(manager, id);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'activity', entityId: id, before: auditView(before), after: auditView(activity) });
      await addToOutbox(manager, jobsForEngagementChange(existing.engagementId, `activity-${id}-${now.getTime()}`));
      return activity;
    });
  }

  async remove(id: string, user: CurrentUser, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.lock(manager, id);
      await actorOnEngagement(manager, existing.engagementId, user, 'change its activities');
      await refuseIfCampaignArchived(manager, existing.engagementId);
      const before = await this.read(manager, id);
      await manager.delete(ActivityEntity, id);
      await this.audit.record(manager, actor, { action: 'delete', entityType: 'activity', entityId: id, before: auditView(before) });
      await addToOutbox(manager, jobsForEngagementChange(existing.engagementId, `activity-${id}-deleted`));
    });
  }

  /** Contacts must be of the engagement's commune and not erased; consultants must be active. */
  private async checkParticipants(manager: EntityManager, engagementId: string, participants: Participants): Promise<void> {
    const problems: string[] = [];
    if (participants.contactIds.length > 0) {
      const found = await manager.query<{ id: string }[]>(
        `SELECT p."id" FROM "contact" p JOIN "engagement" e ON e."commune_nis" = p."commune_nis"
          WHERE e."id" = $1 AND p."id" = ANY($2::uuid[]) AND p."erased_at" IS NULL`,
        [engagementId, participants.contactIds],
      );
      const unknown = participants.contactIds.filter((cid) => !found.some((row) => row.id === cid));
      if (unknown.length) problems.push(`contacts not of this commune or erased: ${unknown.join(', ')}`);
    }
    if (participants.consultantIds.length > 0) {
      const found = await manager.query<{ id: string }[]>(`SELECT "id" FROM "consultant" WHERE "id" = ANY($1::uuid[]) AND "active"`, [participants.consultantIds]);
      const unknown = participants.consultantIds.filter((cid) => !found.some((row) => row.id === cid));
      if (unknown.length) problems.push(`unknown or inactive consultants: ${unknown.join(', ')}`);
    }
    if (problems.length) {
      throw new UnprocessableEntityException({ type: 'urn:bep:activity:participants', title: 'Invalid participants', detail: `Participants: ${problems.join('; ')}.` });
    }
  }

  private async replaceParticipants(manager: EntityManager, activityId: string, participants: Participants): Promise<void> {
    await manager.delete(ActivityParticipantEntity, { activityId });
    const rows = [
      ...participants.contactIds.map((contactId) => ({ activityId, contactId, consultantId: null })),
      ...participants.consultantIds.map((consultantId) => ({ activityId, contactId: null, consultantId })),
    ];
    if (rows.length) await manager.insert(ActivityParticipantEntity, rows);
  }

  private async lock(manager: EntityManager, id: string): Promise<ActivityEntity> {
    const activity = await manager.findOne(ActivityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!activity) throw new NotFoundException(`No activity ${id}.`);
    return activity;
  }

  private async read(manager: EntityManager, id: string): Promise<Activity> {
    const { items } = await readActivities(manager, { id });
    const activity = items[0];
    if (!activity) throw new NotFoundException(`No activity ${id}.`);
    return activity;
  }
}

/** What the audit log keeps of an activity: its fields, and its participants by id only. */
function auditView(activity: Activity): object {
  return {
    engagementId: activity.engagementId,
    type: activity.type,
    subject: activity.subject,
    scheduledAt: activity.scheduledAt,
    durationMinutes: activity.durationMinutes,
    completedAt: activity.completedAt,
    location: activity.location,
    outcome: activity.outcome,
    contactIds: activity.participants.contacts.map((c) => c.id),
    consultantIds: activity.participants.consultants.map((c) => c.id),
  };
}
