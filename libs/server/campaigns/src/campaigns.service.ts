import { ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  campaignDateIssues,
  DEFAULT_REMINDER_SETTINGS,
  mergeReminderSettings,
  reminderSettingsSchema,
  type Campaign,
  type CampaignPage,
  type CampaignQuery,
  type CreateCampaignRequest,
  type ReminderSettings,
  type ReminderSettingsPatch,
  type UpdateCampaignRequest,
} from '@bep/contracts';
import { brusselsStartOfDay } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { CampaignEntity, issueMissingSurveyLinks, latestQuestionnaireVersionId, openEngagements } from '@bep/server/core/database';
import { addToOutbox, jobsForCampaignChange } from '@bep/server/core/queue';
import { cancelClosedCampaignReminders } from '@bep/server/reminders';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { readCampaigns, type CampaignViewer } from './campaign-reader';
import { refuseArchived, refuseUnlessStatus } from './campaign-lifecycle';

/** Serialises the changes of which campaign is current (at most one; a unique index backs it). */
const CURRENT_CAMPAIGN_LOCK = 'campaign:is_current';

/**
 * Campaigns: each use case is one transaction with its audit entry. The database's own checks
 * (dates, ranges, unique name, one current campaign) are also checked here, so that a client gets
 * a 409 or 422 problem naming the field, never a 500.
 */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(RUNTIME_CONFIG) private readonly config: Pick<RuntimeConfig, 'auth'>,
  ) {}

  async list(query: CampaignQuery, viewer: CampaignViewer): Promise<CampaignPage> {
    const page = await readCampaigns(this.dataSource.manager, query, viewer);
    return { ...page, limit: query.limit, offset: query.offset };
  }

  async current(viewer: CampaignViewer): Promise<Campaign> {
    const [campaign] = (await readCampaigns(this.dataSource.manager, { current: true, limit: 1 }, viewer)).items;
    if (!campaign) {
      throw new NotFoundException('No campaign is current yet: create one, or make one current.');
    }
    return campaign;
  }

  detail(id: string, viewer: CampaignViewer): Promise<Campaign> {
    return this.detailWith(this.dataSource.manager, id, viewer);
  }

  /**
   * Creates the campaign and opens its engagements: one per eligible commune at `survey_sent`,
   * entered at 00:00 Europe/Brussels on the start date (the day the questionnaire goes out, from
   * which the survey reminders count), each with its first stage history row by the creator and
   * its personal questionnaire link; the invitations carrying the links are planned by the worker.
   * The first campaign, or one created while none is current, becomes the current one.
   */
  async create(request: CreateCampaignRequest, actor: Actor, viewer: CampaignViewer): Promise<Campaign> {
    return mapDatabaseErrors(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CURRENT_CAMPAIGN_LOCK]);
        await this.assertNameFree(manager, request.name);
        const reminderSettings = checkedReminderSettings(DEFAULT_REMINDER_SETTINGS, request.reminderSettings);
        const isCurrent = !(await manager.existsBy(CampaignEntity, { isCurrent: true }));
        const { prices } = request;
        const campaign = await manager.save(
          manager.create(CampaignEntity, {
            name: request.name,
            startsOn: request.startsOn,
            endsOn: request.endsOn,
            deadline: request.deadline,
            isCurrent,
            diagnosticPriceCents: prices.diagnostic.priceCents,
            diagnosticBepShareBp: prices.diagnostic.bepShareBp,
            accompanimentDayRateCents: prices.accompanimentDay.rateCents,
            accompanimentBepShareBp: prices.accompanimentDay.bepShareBp,
            vatCategory: prices.vatCategory,
            billingStage: request.billingStage,
            reminderSettings,
            budgetCents: String(request.budget.envelopeCents),
            // Its communes answer the programme's latest questionnaire; the campaign keeps that version.
            questionnaireVersionId: await latestQuestionnaireVersionId(manager),
          }),
        );
        const engagements = await openEngagements(manager, { campaignId: campaign.id, at: questionnaireSentAt(request.startsOn), changedBy: actor.userId });
        // Each commune's personal link, which its questionnaire invitation (a reminder) carries.
        const now = this.clock.now();
        const linked = await issueMissingSurveyLinks(manager, engagements.map((engagement) => engagement.id), this.config.auth.sessionSecret, now, actor.userId);
        const created = await this.detailWith(manager, campaign.id, viewer);
        await this.audit.record(manager, actor, {
          action: 'create',
          entityType: 'campaign',
          entityId: campaign.id,
          after: { ...settingsOf(created), isCurrent, engagementsOpened: engagements.length, surveyLinksIssued: linked.length },
        });
        // The invitations are planned now rather than at the next sweep, when this campaign is the
        // current one: the worker plans the current campaign's reminders only, so a campaign created
        // beside the current one sends its invitations once it becomes current.
        await addToOutbox(manager, jobsForCampaignChange(campaign.id, `created-${now.getTime()}`));
        return created;
      }),
    );
  }

  /**
   * Changes some settings; what the request does not name stays as it is, down to one price or
   * one reminder field. The dates stay ordered against the stored ones (422), the name unique (409).
   * The engagements keep their history: moving the start does not move when they entered a stage.
   */
  async update(id: string, patch: UpdateCampaignRequest, actor: Actor, viewer: CampaignViewer): Promise<Campaign> {
    return mapDatabaseErrors(() =>
      this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOne(CampaignEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!existing) {
          throw new NotFoundException(`No campaign ${id}.`);
        }
        refuseArchived(existing, 'changed');
        const before = await this.detailWith(manager, id, viewer);
        const dateIssues = campaignDateIssues({
          startsOn: patch.startsOn ?? before.startsOn,
          endsOn: patch.endsOn ?? before.endsOn,
          deadline: patch.deadline ?? before.deadline,
        });
        if (dateIssues.length > 0) {
          throw new UnprocessableEntityException({ detail: 'With this change the dates would be out of order; see errors.', errors: dateIssues });
        }
        if (patch.name !== undefined && patch.name !== before.name) {
          await this.assertNameFree(manager, patch.name, id);
        }
        const prices = patch.prices ?? {};
        const reminderSettings = patch.reminderSettings ? checkedReminderSettings(before.reminderSettings, patch.reminderSettings) : undefined;
        const changes: Partial<CampaignEntity> = {
          name: patch.name,
          startsOn: patch.startsOn,
          endsOn: patch.endsOn,
          deadline: patch.deadline,
          diagnosticPriceCents: prices.diagnostic?.priceCents,
          diagnosticBepShareBp: prices.diagnostic?.bepShareBp,
          accompanimentDayRateCents: prices.accompanimentDay?.rateCents,
          accompanimentBepShareBp: prices.accompanimentDay?.bepShareBp,
          vatCategory: prices.vatCategory,
          billingStage: patch.billingStage,
          reminderSettings,
          budgetCents: patch.budget === undefined ? undefined : String(patch.budget.envelopeCents),
        };
        await manager.save(Object.assign(existing, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))));
        const after = await this.detailWith(manager, id, viewer);
        const [was, now] = [settingsOf(before), settingsOf(after)];
        const changed = (Object.keys(now) as (keyof typeof now)[]).filter((key) => JSON.stringify(was[key]) !== JSON.stringify(now[key]));
        if (changed.length > 0) {
          await this.audit.record(manager, actor, {
            action: 'update',
            entityType: 'campaign',
            entityId: id,
            before: Object.fromEntries(changed.map((key) => [key, was[key]])),
            after: Object.fromEntries(changed.map((key) => [key, now[key]])),
          });
        }
        if (changed.includes('reminderSettings')) {
          // The reminders follow the new rules now, not at the next sweep.
          await addToOutbox(manager, jobsForCampaignChange(id, `settings-${this.clock.now().getTime()}`));
        }
        return after;
      }),
    );
  }

  /** Makes the campaign the current one, in one transaction with unsetting the previous one. Idempotent. */
  async makeCurrent(id: string, actor: Actor, viewer: CampaignViewer): Promise<Campaign> {
    return mapDatabaseErrors(() =>
      this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CURRENT_CAMPAIGN_LOCK]);
        const campaign = await manager.findOne(CampaignEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!campaign) {
          throw new NotFoundException(`No campaign ${id}.`);
        }
        if (campaign.isCurrent) {
          return this.detailWith(manager, id, viewer);
        }
        refuseArchived(campaign, 'made current');
        const previous = await manager.findOne(CampaignEntity, { where: { isCurrent: true }, lock: { mode: 'pessimistic_write' } });
        if (previous) {
          await manager.update(CampaignEntity, previous.id, { isCurrent: false });
        }
        await manager.update(CampaignEntity, id, { isCurrent: true });
        await this.audit.record(manager, actor, {
          action: 'make-current',
          entityType: 'campaign',
          entityId: id,
          before: { isCurrent: false, currentCampaign: previous ? { id: previous.id, name: previous.name } : null },
          after: { isCurrent: true, currentCampaign: { id, name: campaign.name } },
        });
        await addToOutbox(manager, jobsForCampaignChange(id, `current-${this.clock.now().getTime()}`));
        return this.detailWith(manager, id, viewer);
      }),
    );
  }

  /**
   * Closes an open campaign: from now on it counts no late item and sends no reminder; its
   * reminders still to leave are cancelled in the same transaction. It stays current if it was
   * (the pages keep showing it, marked closed) until a manager makes another one current.
   */
  async close(id: string, actor: Actor, viewer: CampaignViewer): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.locked(manager, id);
      refuseUnlessStatus(campaign, 'open', 'closed');
      const now = this.clock.now();
      await manager.update(CampaignEntity, id, { status: 'closed', closedAt: now });
      const remindersCancelled = await cancelClosedCampaignReminders(manager, { campaignId: id }, now, actor.userId);
      await this.audit.record(manager, actor, { action: 'close', entityType: 'campaign', entityId: id, before: { status: 'open' }, after: { status: 'closed', remindersCancelled } });
      return this.detailWith(manager, id, viewer);
    });
  }

  /**
   * Opens a closed campaign again: its late items count again, and its reminders are planned again
   * at once (through the outbox) if it is the current one. The reminders its closing cancelled stay
   * cancelled: the rules plan the next ones.
   */
  async reopen(id: string, actor: Actor, viewer: CampaignViewer): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await this.locked(manager, id);
      refuseUnlessStatus(campaign, 'closed', 'reopened');
      await manager.update(CampaignEntity, id, { status: 'open', closedAt: null });
      await this.audit.record(manager, actor, { action: 'reopen', entityType: 'campaign', entityId: id, before: { status: 'closed' }, after: { status: 'open' } });
      await addToOutbox(manager, jobsForCampaignChange(id, `reopened-${this.clock.now().getTime()}`));
      return this.detailWith(manager, id, viewer);
    });
  }

  /**
   * Archives a closed campaign: read-only for good, out of the switchers. The current campaign is
   * not archived (409): the pages would have nothing to show by default; another is made current first.
   */
  async archive(id: string, actor: Actor, viewer: CampaignViewer): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      // The same lock as the changes of the current campaign: none becomes current meanwhile.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [CURRENT_CAMPAIGN_LOCK]);
      const campaign = await this.locked(manager, id);
      refuseUnlessStatus(campaign, 'closed', 'archived');
      if (campaign.isCurrent) {
        throw new ConflictException('The current campaign cannot be archived: make another campaign current first.');
      }
      await manager.update(CampaignEntity, id, { status: 'archived', archivedAt: this.clock.now() });
      await this.audit.record(manager, actor, { action: 'archive', entityType: 'campaign', entityId: id, before: { status: 'closed' }, after: { status: 'archived' } });
      return this.detailWith(manager, id, viewer);
    });
  }

  /** The campaign's row, locked for the rest of the transaction; 404 when there is none. */
  private async locked(manager: EntityManager, id: string): Promise<CampaignEntity> {
    const campaign = await manager.findOne(CampaignEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!campaign) {
      throw new NotFoundException(`No campaign ${id}.`);
    }
    return campaign;
  }

  private async detailWith(manager: EntityManager, id: string, viewer: CampaignViewer): Promise<Campaign> {
    const [campaign] = (await readCampaigns(manager, { id, limit: 1 }, viewer)).items;
    if (!campaign) {
      throw new NotFoundException(`No campaign ${id}.`);
    }
    return campaign;
  }

  /** Names are unique regardless of case, so that "Radioscopie 2020" and "radioscopie 2020" are not two campaigns. */
  private async assertNameFree(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    const taken = await manager.query<unknown[]>(`SELECT 1 FROM "campaign" WHERE lower("name") = lower($1) AND "id" IS DISTINCT FROM $2`, [name, exceptId ?? null]);
    if (taken.length > 0) {
      throw new ConflictException(`A campaign is already named "${name}".`);
    }
  }
}

/** What a manager sets on a campaign (what the audit log records). */
function settingsOf(campaign: Campaign) {
  return {
    name: campaign.name,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    deadline: campaign.deadline,
    prices: campaign.prices,
    billingStage: campaign.billingStage,
    reminderSettings: campaign.reminderSettings,
    budgetEnvelopeCents: campaign.budget.envelopeCents,
  };
}

/** The settings with the patch applied, checked as a whole (a window that ends before it starts is a 422). */
function checkedReminderSettings(base: ReminderSettings, patch: ReminderSettingsPatch): ReminderSettings {
  const result = reminderSettingsSchema.safeParse(mergeReminderSettings(base, patch));
  if (!result.success) {
    throw new UnprocessableEntityException({
      detail: 'With this change the reminder settings would be inconsistent; see errors.',
      errors: result.error.issues.map((issue) => ({ path: ['reminderSettings', ...issue.path].join('.'), message: issue.message })),
    });
  }
  return result.data;
}

/**
 * The campaign table's constraints as problems, for the races that the checks above cannot see
 * (two requests naming a campaign alike at once): never a 500 for what is the client's input.
 * Any other database error is a bug and stays one.
 */
async function mapDatabaseErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof QueryFailedError)) throw error;
    const { code, table, constraint } = error.driverError as { code?: string; table?: string; constraint?: string };
    if (table !== 'campaign') throw error;
    if (code === '23505' && constraint === 'campaign_single_current') {
      throw new ConflictException('Another campaign became current meanwhile; reload and try again.');
    }
    if (code === '23505') {
      throw new ConflictException('A campaign already has this name.');
    }
    if (code === '23514') {
      throw new UnprocessableEntityException(`The campaign breaks a rule of the database (${constraint ?? 'check'}).`);
    }
    throw error;
  }
}

/** The questionnaire goes out at 00:00 Brussels time on the campaign's start date (the contract checked the date). */
function questionnaireSentAt(startsOn: string): Date {
  const at = brusselsStartOfDay(startsOn);
  if (at === null) {
    throw new Error(`Not a calendar day: ${startsOn}`);
  }
  return at;
}
