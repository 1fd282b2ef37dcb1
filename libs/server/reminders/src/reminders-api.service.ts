import { ForbiddenException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readReminderSettings, type CurrentUser, type LateSurveyRemindersSent, type Reminder, type ReminderDetail, type ReminderPage, type ReminderQuery } from '@bep/contracts';
import type { ReminderEventKind, ReminderRuleName, ReminderSkipReason, ReminderStatus } from '@bep/domain';
import { AuditService, type Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { brusselsDayStartSql, CampaignRevisionCache, campaignInScope, campaignRemindersInScope, preparedQuery, SqlFilter, whereCampaign } from '@bep/server/core/database';
import { addToOutbox } from '@bep/server/core/queue';
import { campaignStatusConflict, surveyUnansweredLateSql } from '@bep/server/engagements';
import type { DataSource, EntityManager } from 'typeorm';
import { OVERDUE_INVOICE_RULE } from './overdue-invoice-rule';
import { deliveryJob } from './reminder-jobs';
import { recordReminderEvents } from './reminder-log';

/** The problem type of a cancel or a send-now refused because of the reminder's status. */
export const REMINDER_STATUS_PROBLEM = 'urn:bep:reminder-status';

/**
 * Which reminders a user reads. Managers and administrators read them all. A consultant reads the
 * reminders of the engagements whose team includes them, overdue invoices excepted; finance staff
 * the overdue-invoice reminders; a user with both roles the reminders either role reads. Never
 * taken from the request.
 */
type ReminderScope = { all: true } | { all: false; consultantId: string | null; finance: boolean };

function scopeOf(user: CurrentUser): ReminderScope {
  if (user.roles.includes('manager') || user.roles.includes('admin')) return { all: true };
  return { all: false, consultantId: user.roles.includes('consultant') ? user.consultantId : null, finance: user.roles.includes('finance') };
}

const OUT_OF_SCOPE =
  'Consultants read the reminders of the engagements assigned to them, except the overdue-invoice ones; finance staff the overdue-invoice reminders; managers and administrators read them all.';

interface ReminderRow {
  id: string;
  key: string;
  rule: ReminderRuleName;
  status: ReminderStatus;
  occurrence: number;
  due_at: Date;
  send_at: Date;
  sent_at: Date | null;
  skip_reason: ReminderSkipReason | null;
  last_error: string | null;
  attempts: number;
  subject_id: string | null;
  engagement_id: string | null;
  commune_nis: string | null;
  commune_name: string | null;
  recipients: { name: string; email: string }[] | null;
}

const UPCOMING = `('scheduled', 'sending')`;

/** Campaign, filter and scope combinations whose order is kept per process. */
const ORDERS_KEPT = 64;

/**
 * The reminders, as managers follow them (SPEC, "Reminders": upcoming and sent, globally and per
 * engagement; cancel one, send one now). Reads are scoped to what the user may see; each change
 * is one transaction that locks the reminder (as a delivery does), logs the event and is audited.
 */
@Injectable()
export class RemindersApiService {
  readonly #orders = new CampaignRevisionCache<string[]>(ORDERS_KEPT);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Upcoming ones first (scheduled or sending), the soonest first; then the others, the most recent
   * first (by `sentAt`, else `sendAt`). A filter outside the user's scope is refused (403), not
   * answered empty.
   */
  async list(query: ReminderQuery, user: CurrentUser): Promise<ReminderPage> {
    const manager = this.dataSource.manager;
    const scope = scopeOf(user);
    if (!scope.all && !(await this.mayMatch(manager, scope, query))) {
      throw new ForbiddenException(`${OUT_OF_SCOPE} Nothing you asked for is among them.`);
    }
    // One engagement's reminders are a handful: read each time. A campaign's are kept in order.
    const order = query.engagementId && !query.campaignId ? await readOrder(manager, query, scope) : await this.#keptOrder(manager, query, scope);
    const rows = await readRows(manager, order.slice(query.offset, query.offset + query.limit));
    return { items: rows.map(toReminder), total: order.length, limit: query.limit, offset: query.offset };
  }

  /** The order of the campaign's reminders the filters keep, read once per revision of its reminders and engagements. */
  async #keptOrder(manager: EntityManager, query: ReminderQuery, scope: ReminderScope): Promise<string[]> {
    const campaign = await campaignRemindersInScope(manager, query.campaignId);
    const { engagementId, communeNis, rule, status, from, to } = query;
    const key = JSON.stringify([engagementId, communeNis, rule, status, from, to, scope]);
    // The campaign read with the revision, not "the current one" again: it may change in between.
    return this.#orders.readFor(campaign, key, () => readOrder(manager, { ...query, campaignId: campaign?.id ?? query.campaignId }, scope));
  }

  /** One reminder and its log; 404 when there is none, 403 when it is outside the user's scope. */
  async get(id: string, user: CurrentUser): Promise<ReminderDetail> {
    const manager = this.dataSource.manager;
    const row = await readReminder(manager, id);
    const scope = scopeOf(user);
    if (!scope.all && !(await this.inScope(manager, scope, row))) {
      throw new ForbiddenException(`${OUT_OF_SCOPE} This one is not among them.`);
    }
    const events = await manager.query<{ at: Date; kind: ReminderEventKind; detail: string | null; user_id: string | null; user_name: string | null }[]>(
      `SELECT ev."at", ev."kind", ev."detail", u."id" AS user_id, u."full_name" AS user_name
         FROM "reminder_event" ev LEFT JOIN "app_user" u ON u."id" = ev."actor_user_id"
        WHERE ev."reminder_id" = $1 ORDER BY ev."at", ev."id"`,
      [id],
    );
    return {
      ...toReminder(row),
      events: events.map((event) => ({
        at: event.at.toISOString(),
        kind: event.kind,
        detail: event.detail,
        actor: event.user_id && event.user_name ? { id: event.user_id, name: event.user_name } : null,
      })),
    };
  }

  /**
   * Cancels a scheduled reminder for good (the rules never plan its key again). Its job, still in
   * the queue, finds it no longer scheduled and does nothing.
   */
  async cancel(id: string, actor: Actor): Promise<Reminder> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockReminder(manager, id);
      refuseUnlessStatus(locked.status, ['scheduled'], 'Only a scheduled reminder can be cancelled');
      const now = this.clock.now();
      await manager.query(`UPDATE "reminder" SET "status" = 'cancelled', "skip_reason" = 'cancelled', "updated_at" = $2 WHERE "id" = $1`, [id, now]);
      await recordReminderEvents(manager, now, [{ reminderId: id, kind: 'cancelled', detail: 'cancelled', actorUserId: actor.userId }]);
      await this.audit.record(manager, actor, { action: 'cancel', entityType: 'reminder', entityId: id, before: { status: locked.status }, after: { status: 'cancelled' } });
      return toReminder(await readReminder(manager, id));
    });
  }

  /**
   * Sends a scheduled or failed reminder now: it is scheduled at this instant (a failed one with
   * its attempts counted from zero again) and a forced delivery job, which ignores the sending
   * window, joins the queue outbox in the same transaction. The worker still checks the reminder's
   * condition: one no longer called for is skipped, with its reason. A campaign that is not open
   * sends nothing (409).
   */
  async sendNow(id: string, actor: Actor): Promise<Reminder> {
    return this.dataSource.transaction(async (manager) => {
      await refuseUnlessCampaignOpen(manager, id);
      const locked = await lockReminder(manager, id);
      refuseUnlessStatus(locked.status, ['scheduled', 'failed'], 'Only a scheduled or failed reminder can be sent now');
      await this.scheduleNow(manager, [locked], this.clock.now(), actor);
      return toReminder(await readReminder(manager, id));
    });
  }

  /**
   * Sends now the next questionnaire reminder (scheduled, or failed: the soonest) of every
   * engagement of the campaign (the current one unless named) late for its questionnaire, as the
   * dashboard counts them; each as `sendNow` does, in one transaction. `without`: the late
   * engagements with no such reminder left, their series over (or its last one leaving right now).
   */
  async sendNowLateSurveys(campaignId: string | undefined, actor: Actor): Promise<LateSurveyRemindersSent> {
    return this.dataSource.transaction(async (manager) => {
      const campaign = await lockOpenCampaign(manager, campaignId);
      await lockCampaignReminders(manager, campaign.id);
      const now = this.clock.now();
      const late = await manager.query<{ id: string }[]>(
        `SELECT e."id" FROM "engagement" e WHERE e."campaign_id" = $1 AND ${surveyUnansweredLateSql('e', '$2::int', '$3::timestamptz')}`,
        [campaign.id, readReminderSettings(campaign.reminder_settings).surveyUnanswered.firstAfterDays, now],
      );
      // Every pending one of those engagements is locked, then the soonest of each kept. A delivery
      // holding one is waited for, as by a single send-now (its claim is short): the row is then
      // read again, and one that left meanwhile is no longer pending.
      const pending = await manager.query<(LockedReminder & { engagement_id: string })[]>(
        `SELECT "id", "engagement_id", "key", "status", "send_at" FROM "reminder"
          WHERE "engagement_id" = ANY($1::uuid[]) AND "rule" = 'surveyUnanswered' AND "status" IN ('scheduled', 'failed')
          ORDER BY "send_at", "id" FOR UPDATE`,
        [late.map((engagement) => engagement.id)],
      );
      const next = soonestOfEach(pending);
      await this.scheduleNow(manager, next, now, actor);
      return { sent: next.length, without: late.length - next.length };
    });
  }

  /**
   * Schedules locked reminders at `now`, a failed one with its attempts counted from zero again,
   * each with a forced delivery job (whatever the sending window) in the queue outbox, a log line
   * naming the manager and an audit entry.
   */
  private async scheduleNow(manager: EntityManager, reminders: readonly LockedReminder[], now: Date, actor: Actor): Promise<void> {
    if (reminders.length === 0) return;
    await manager.query(
      `UPDATE "reminder" SET "status" = 'scheduled', "send_at" = $2, "attempts" = CASE WHEN "status" = 'failed' THEN 0 ELSE "attempts" END, "updated_at" = $2
        WHERE "id" = ANY($1::uuid[])`,
      [reminders.map((reminder) => reminder.id), now],
    );
    await addToOutbox(
      manager,
      reminders.map((reminder) => deliveryJob({ id: reminder.id, key: reminder.key, sendAt: now }, true)),
    );
    await recordReminderEvents(
      manager,
      now,
      reminders.map((reminder) => ({ reminderId: reminder.id, kind: 'resent', detail: now.toISOString(), actorUserId: actor.userId })),
    );
    for (const reminder of reminders) {
      await this.audit.record(manager, actor, {
        action: 'send-now',
        entityType: 'reminder',
        entityId: reminder.id,
        before: { status: reminder.status, sendAt: reminder.send_at.toISOString() },
        after: { status: 'scheduled', sendAt: now.toISOString() },
      });
    }
  }

  /** Whether a restricted user's filters leave anything of their scope to find. */
  private async mayMatch(manager: EntityManager, scope: Exclude<ReminderScope, { all: true }>, query: ReminderQuery): Promise<boolean> {
    if (scope.finance && (!query.rule || query.rule === OVERDUE_INVOICE_RULE)) return true;
    if (!scope.consultantId || query.rule === OVERDUE_INVOICE_RULE) return false;
    return !query.engagementId || this.onTeam(manager, scope.consultantId, query.engagementId);
  }

  private async inScope(manager: EntityManager, scope: Exclude<ReminderScope, { all: true }>, row: ReminderRow): Promise<boolean> {
    // An overdue invoice is finance's to read, even on an engagement of the user's team.
    if (row.rule === OVERDUE_INVOICE_RULE) return scope.finance;
    return Boolean(scope.consultantId && row.engagement_id && (await this.onTeam(manager, scope.consultantId, row.engagement_id)));
  }

  private async onTeam(manager: EntityManager, consultantId: string, engagementId: string): Promise<boolean> {
    const rows = await manager.query<unknown[]>(`SELECT 1 FROM "engagement_assignment" WHERE "engagement_id" = $1 AND "consultant_id" = $2`, [engagementId, consultantId]);
    return rows.length > 0;
  }
}

const SELECT = `SELECT r."id", r."key", r."rule", r."status", r."occurrence", r."due_at", r."send_at", r."sent_at", r."skip_reason", r."last_error",
                       r."attempts", r."subject_id", r."engagement_id", c."nis" AS commune_nis, c."name" AS commune_name,
                       (SELECT m."to_addresses" FROM "mail_message" m WHERE m."reminder_id" = r."id" ORDER BY m."sent_at" DESC, m."id" DESC LIMIT 1) AS recipients`;

const JOINS = `LEFT JOIN "engagement" e ON e."id" = r."engagement_id"
               LEFT JOIN "commune" c ON c."nis" = e."commune_nis"`;

const FROM = `FROM "reminder" r ${JOINS}`;

/**
 * The ids of the reminders the query and the scope keep: upcoming ones first (scheduled or
 * sending), the soonest first; then the others, the most recent first (by `sentAt`, else `sendAt`).
 */
async function readOrder(manager: EntityManager, query: ReminderQuery, scope: ReminderScope): Promise<string[]> {
  const where = new SqlFilter();
  if (query.engagementId) where.where('r."engagement_id" = ?', query.engagementId);
  if (!query.engagementId || query.campaignId) whereCampaign(where, 'r."campaign_id"', query.campaignId);
  if (query.communeNis) where.where('e."commune_nis" = ?', query.communeNis);
  if (query.rule) where.where('r."rule" = ?', query.rule);
  if (query.status) where.where('r."status" = ANY(?::text[])', query.status);
  if (query.from) where.where(`COALESCE(r."sent_at", r."send_at") >= ${brusselsDayStartSql('?::date')}`, query.from);
  if (query.to) where.where(`COALESCE(r."sent_at", r."send_at") < ${brusselsDayStartSql('?::date + 1')}`, query.to);
  whereInScope(where, scope);
  const rows = await manager.query<{ id: string }[]>(
    `SELECT r."id" ${FROM} ${where.sql}
      ORDER BY (r."status" IN ${UPCOMING}) DESC,
               CASE WHEN r."status" IN ${UPCOMING} THEN r."send_at" END ASC,
               COALESCE(r."sent_at", r."send_at") DESC, r."id"`,
    where.params,
  );
  return rows.map((row) => row.id);
}

/** The page's reminders, in the order given. */
function readRows(manager: EntityManager, ids: readonly string[]): Promise<ReminderRow[]> {
  return preparedQuery<ReminderRow>(
    manager,
    `${SELECT} FROM unnest($1::uuid[]) WITH ORDINALITY AS p("id", "position") JOIN "reminder" r ON r."id" = p."id" ${JOINS} ORDER BY p."position"`,
    [ids],
  );
}

/** The scope as a condition of the list's WHERE clause. */
function whereInScope(where: SqlFilter, scope: ReminderScope): void {
  if (scope.all) return;
  const finance = scope.finance ? `r."rule" = '${OVERDUE_INVOICE_RULE}'` : 'FALSE';
  if (scope.consultantId) {
    where.where(
      `(${finance} OR (r."rule" <> '${OVERDUE_INVOICE_RULE}' AND r."engagement_id" IN (SELECT a."engagement_id" FROM "engagement_assignment" a WHERE a."consultant_id" = ?)))`,
      scope.consultantId,
    );
  } else {
    where.where(`(${finance})`);
  }
}

async function readReminder(manager: EntityManager, id: string): Promise<ReminderRow> {
  const [row] = await manager.query<ReminderRow[]>(`${SELECT} ${FROM} WHERE r."id" = $1`, [id]);
  if (!row) {
    throw new NotFoundException(`No reminder ${id}.`);
  }
  return row;
}

/** A reminder as locked for a change: what its log, its job and its audit entry need. */
interface LockedReminder {
  id: string;
  key: string;
  status: ReminderStatus;
  send_at: Date;
}

/**
 * Locks the reminder until the transaction ends: against a planning of its campaign (see
 * lockCampaignReminders), then against a delivery or another manager (its row).
 */
async function lockReminder(manager: EntityManager, id: string): Promise<LockedReminder> {
  const [found] = await manager.query<{ campaign_id: string }[]>(`SELECT "campaign_id" FROM "reminder" WHERE "id" = $1`, [id]);
  if (!found) {
    throw new NotFoundException(`No reminder ${id}.`);
  }
  await lockCampaignReminders(manager, found.campaign_id);
  const [row] = await manager.query<LockedReminder[]>(`SELECT "id", "key", "status", "send_at" FROM "reminder" WHERE "id" = $1 FOR UPDATE`, [id]);
  if (!row) {
    throw new NotFoundException(`No reminder ${id}.`);
  }
  return row;
}

/**
 * Takes the advisory lock the reconciler takes to plan a campaign's reminders, so that a plan that
 * read them as scheduled cannot then withdraw or move them over a manager's change.
 */
async function lockCampaignReminders(manager: EntityManager, campaignId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reminders:${campaignId}`]);
}

/** The soonest to leave of each engagement's reminders. */
function soonestOfEach<T extends { engagement_id: string; send_at: Date }>(reminders: readonly T[]): T[] {
  const soonest = new Map<string, T>();
  for (const reminder of reminders) {
    const kept = soonest.get(reminder.engagement_id);
    if (!kept || reminder.send_at < kept.send_at) soonest.set(reminder.engagement_id, reminder);
  }
  return [...soonest.values()];
}

/**
 * 409 unless the reminder's campaign is open. Its row stays locked in share mode (taken before the
 * reminder's, in the order a closing takes them): a closing waits for the send-now, then cancels it.
 */
async function refuseUnlessCampaignOpen(manager: EntityManager, reminderId: string): Promise<void> {
  const [campaign] = await manager.query<{ name: string; status: string }[]>(
    `SELECT c."name", c."status" FROM "reminder" r JOIN "campaign" c ON c."id" = r."campaign_id" WHERE r."id" = $1 FOR SHARE OF c`,
    [reminderId],
  );
  if (campaign) refuseUnlessOpen(campaign);
}

/**
 * The named campaign, else the current one (404 when there is none), locked in share mode as by
 * refuseUnlessCampaignOpen; 409 unless it is open.
 */
async function lockOpenCampaign(manager: EntityManager, campaignId: string | undefined): Promise<{ id: string; reminder_settings: unknown }> {
  const inScope = await campaignInScope(manager, campaignId);
  if (!inScope) {
    throw new NotFoundException(campaignId ? `No campaign ${campaignId}.` : 'No campaign is current yet: create one, or make one current.');
  }
  // Read again under the lock: a closing that committed meanwhile is seen.
  const [campaign] = await manager.query<{ id: string; name: string; status: string; reminder_settings: unknown }[]>(
    `SELECT "id", "name", "status", "reminder_settings" FROM "campaign" WHERE "id" = $1 FOR SHARE`,
    [inScope.id],
  );
  if (!campaign) {
    throw new NotFoundException(`No campaign ${inScope.id}.`);
  }
  refuseUnlessOpen(campaign);
  return campaign;
}

/** The 409 of a send-now in a campaign that is not open: it sends nothing. */
function refuseUnlessOpen(campaign: { name: string; status: string }): void {
  if (campaign.status !== 'open') {
    throw campaignStatusConflict(`Only a reminder of an open campaign can be sent now; "${campaign.name}" is ${campaign.status}.`);
  }
}

/** A 422 problem naming the status the reminder is in. */
function refuseUnlessStatus(status: ReminderStatus, allowed: readonly ReminderStatus[], what: string): void {
  if (!allowed.includes(status)) {
    throw new UnprocessableEntityException({ type: REMINDER_STATUS_PROBLEM, title: 'Not possible in this status', detail: `${what}; this one is ${status}.` });
  }
}

function toReminder(row: ReminderRow): Reminder {
  return {
    id: row.id,
    rule: row.rule,
    status: row.status,
    occurrence: row.occurrence,
    dueAt: row.due_at.toISOString(),
    sendAt: row.send_at.toISOString(),
    sentAt: row.sent_at?.toISOString() ?? null,
    skipReason: row.skip_reason,
    lastError: row.last_error,
    attempts: row.attempts,
    engagement: row.engagement_id && row.commune_nis && row.commune_name ? { id: row.engagement_id, communeNis: row.commune_nis, communeName: row.commune_name } : null,
    subjectId: row.subject_id,
    recipients: row.recipients,
  };
}
