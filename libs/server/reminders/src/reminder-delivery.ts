import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readReminderSettings } from '@bep/contracts';
import { isInsideSendingWindow, nextSendingInstant, whyNoLongerDue, type ReminderRuleName, type ReminderSkipReason, type ReminderStatus } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { MailSender, type MailReceipt } from '@bep/server/core/mail';
import { maskSurveyLinks } from '@bep/server/core/database';
import { addToOutbox } from '@bep/server/core/queue';
import { hostname } from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';
import { belgianPublicHolidays } from './belgian-holidays';
import { cancelClosedCampaignReminders } from './campaign-closing';
import { composeReminderMail, type ComposedMail } from './messages/compose';
import { readEngagementFacts, type CampaignRules } from './reminder-facts';
import { deliveryJob, type DeliverPayload } from './reminder-jobs';
import { INTERRUPTED_DELIVERY, recordReminderEvents, SENDING_STALE_MS } from './reminder-log';
import { reminderRecipients, type ReminderRecipients } from './reminder-recipients';

/** The process that delivers, as the log names it. */
const WORKER_ID = `${hostname()}:${process.pid}`;

/**
 * Clocks of different machines (or processes started on a CLOCK_START calendar) differ a little:
 * a job that runs this much before its time is on time.
 */
const CLOCK_SKEW_MS = 60_000;

/** What became of one delivery job; the worker logs it and tests read it. `not-yet`: the job ran early and must wait until `sendAt`. */
export type DeliveryOutcome = 'sent' | 'skipped' | 'deferred' | 'already-handled' | 'interrupted' | 'retrying' | 'failed' | { notYet: Date };

interface ReminderRow {
  id: string;
  key: string;
  campaign_id: string;
  engagement_id: string | null;
  rule: ReminderRuleName;
  occurrence: number;
  subject_id: string | null;
  send_at: Date;
  status: ReminderStatus;
  attempts: number;
  updated_at: Date;
  /** The campaign's, as stored. */
  reminder_settings: unknown;
  is_current: boolean;
  campaign_status: 'open' | 'closed' | 'archived';
}

/** What a delivery reads of the configuration: the mail's, and the secret the questionnaire links derive from. */
export type DeliveryConfig = Pick<RuntimeConfig, 'mail'> & { auth: Pick<RuntimeConfig['auth'], 'sessionSecret'> };

/** A reminder claimed for SMTP: its message and recipients, sent after the claim commits. */
interface Claimed {
  reminder: ReminderRow;
  mail: ComposedMail;
  recipients: ReminderRecipients;
}

/**
 * Delivers one reminder, exactly once. The row is locked and its condition checked again on fresh
 * facts (a commune that answered meanwhile is skipped, with the reason); outside the sending
 * window it moves to the next opening. Without SMTP the message goes to the in-app outbox in the
 * same transaction that marks it sent. With SMTP the row is first marked `sending` (committed),
 * then the message leaves, then the row is marked sent: a worker that dies in between leaves a
 * `sending` row that the next attempt marks failed instead of sending a second time.
 */
@Injectable()
export class ReminderDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mailSender: MailSender,
    @Inject(RUNTIME_CONFIG) private readonly config: DeliveryConfig,
  ) {}

  async deliver(payload: DeliverPayload, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const viaSmtp = Boolean(this.config.mail.smtpUrl);
    const prepared = await this.dataSource.transaction(async (manager) => this.prepare(manager, payload, viaSmtp));
    if (typeof prepared === 'string' || 'notYet' in prepared) return prepared;

    let receipt: MailReceipt;
    try {
      receipt = await this.mailSender.send(prepared.mail);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const outcome = await this.dataSource.transaction((manager) => this.recordFailure(manager, prepared.reminder, reason, lastAttempt));
      // Thrown after the failure is recorded, so that the queue retries the job with exponential backoff.
      if (outcome === 'retrying') throw new Error(`Reminder ${prepared.reminder.id} not sent: ${reason}`);
      return outcome;
    }
    await this.recordSent(this.dataSource.manager, prepared, receipt);
    return 'sent';
  }

  private async prepare(manager: EntityManager, payload: DeliverPayload, viaSmtp: boolean): Promise<Claimed | DeliveryOutcome> {
    const now = this.clock.now();
    const [reminder] = await manager.query<ReminderRow[]>(
      `SELECT r."id", r."key", r."campaign_id", r."engagement_id", r."rule", r."occurrence", r."subject_id", r."send_at", r."status", r."attempts",
              r."updated_at", c."reminder_settings", c."is_current", c."status" AS campaign_status
         FROM "reminder" r JOIN "campaign" c ON c."id" = r."campaign_id" WHERE r."id" = $1 FOR UPDATE OF r`,
      [payload.reminderId],
    );
    if (!reminder) return 'already-handled';
    if (reminder.status === 'sending') {
      // Another job of the same reminder while a worker still delivers it: that worker finishes.
      if (now.getTime() - reminder.updated_at.getTime() < SENDING_STALE_MS) return 'already-handled';
      await this.markFailed(manager, reminder, INTERRUPTED_DELIVERY, now);
      return 'interrupted';
    }
    if (reminder.status !== 'scheduled') return 'already-handled';
    if (!payload.force) {
      // A job for another time of a reminder that moved: the reminder's own job does the work.
      if (payload.sendAt !== reminder.send_at.getTime()) return 'already-handled';
      if (reminder.send_at.getTime() > now.getTime() + CLOCK_SKEW_MS) return { notYet: reminder.send_at };
    }

    if (reminder.campaign_status !== 'open') {
      // Closing cancels the campaign's reminders; one its closing did not reach (a job already
      // running) is cancelled here, with the same reason in the log.
      await cancelClosedCampaignReminders(manager, { campaignId: reminder.campaign_id, reminderId: reminder.id }, now, null);
      return 'skipped';
    }
    const rules: CampaignRules = { campaignId: reminder.campaign_id, settings: readReminderSettings(reminder.reminder_settings) };
    // A campaign that is no longer the current one sends nothing more.
    const reason = reminder.is_current ? await this.whyNotNow(manager, reminder, rules, now) : 'settings-changed';
    if (reason) {
      await this.skip(manager, reminder, reason, now);
      return 'skipped';
    }
    const window = rules.settings.sendingWindow;
    if (!payload.force && !isInsideSendingWindow(now, window, belgianPublicHolidays)) {
      const sendAt = nextSendingInstant(now, window, belgianPublicHolidays);
      // Run a little early (a clock behind) for the window's opening it already waits for: wait for it.
      if (sendAt.getTime() <= reminder.send_at.getTime()) return { notYet: reminder.send_at };
      await manager.query(`UPDATE "reminder" SET "send_at" = $2, "updated_at" = $3 WHERE "id" = $1`, [reminder.id, sendAt, now]);
      await addToOutbox(manager, [deliveryJob({ id: reminder.id, key: reminder.key, sendAt })]);
      await recordReminderEvents(manager, now, [{ reminderId: reminder.id, kind: 'deferred', detail: sendAt.toISOString() }]);
      return 'deferred';
    }
    const recipients = await reminderRecipients(manager, reminder.rule, reminder.engagement_id);
    if (recipients.mail.length === 0 && recipients.users.length === 0) {
      await this.skip(manager, reminder, 'no-recipient', now);
      return 'skipped';
    }
    const mail = await composeReminderMail(manager, reminder, rules, recipients, now, { secret: this.config.auth.sessionSecret, publicUrl: this.config.mail.publicUrl });
    const claimed: Claimed = { reminder, mail, recipients };
    if (viaSmtp && recipients.mail.length > 0) {
      await manager.query(`UPDATE "reminder" SET "status" = 'sending', "attempts" = "attempts" + 1, "updated_at" = $2 WHERE "id" = $1`, [reminder.id, now]);
      return claimed;
    }
    await this.recordSent(manager, claimed, { transport: 'outbox', from: this.config.mail.from, messageId: mail.messageId });
    return 'sent';
  }

  private async whyNotNow(manager: EntityManager, reminder: ReminderRow, rules: CampaignRules, now: Date): Promise<ReminderSkipReason | null> {
    if (!reminder.engagement_id) return rules.settings.weeklyDigest.enabled ? null : 'rule-disabled';
    const [facts] = await readEngagementFacts(manager, rules.campaignId, [reminder.engagement_id]);
    return facts ? whyNoLongerDue(reminder, facts, rules.settings, now) : 'stage-left';
  }

  /**
   * Marks the reminder sent and keeps what left (the message, the users' notifications, the log
   * line) in one statement: atomic on its own, and one round trip, which a worker delivering
   * thousands of reminders at once feels.
   */
  private async recordSent(manager: EntityManager, { reminder, mail, recipients }: Claimed, receipt: MailReceipt): Promise<void> {
    const now = this.clock.now();
    // Which worker sent it, for whoever runs several: `smtp by host:pid`.
    const how = `${recipients.mail.length ? receipt.transport : 'notification'} by ${WORKER_ID}`;
    // A message that left by SMTP is kept without its questionnaire link's token (the commune has
    // it); in the outbox, the message is the delivery itself, so it keeps its link whole.
    const kept = (body: string) => (receipt.transport === 'smtp' ? maskSurveyLinks(body) : body);
    await manager.query(
      `WITH sent AS (
         UPDATE "reminder" SET "status" = 'sent', "sent_at" = $2, "last_error" = NULL, "attempts" = GREATEST("attempts", 1), "updated_at" = $2
          WHERE "id" = $1 RETURNING "id"
       ), message AS (
         INSERT INTO "mail_message" ("reminder_id", "transport", "message_id", "from_address", "to_addresses", "subject", "text_body", "html_body", "sent_at")
         SELECT "id", $3, $4, $5, $6::jsonb, $7, $8, $9, $2 FROM sent WHERE jsonb_array_length($6::jsonb) > 0
       ), notified AS (
         INSERT INTO "notification" ("user_id", "reminder_id", "title", "body", "link", "created_at")
         SELECT u, sent."id", $7, $10, $11, $2 FROM sent, unnest($12::uuid[]) AS u
         ON CONFLICT ("user_id", "reminder_id") DO NOTHING
       )
       INSERT INTO "reminder_event" ("reminder_id", "at", "kind", "detail") SELECT "id", $2, 'sent', $13 FROM sent`,
      [
        reminder.id,
        now,
        receipt.transport,
        receipt.messageId,
        receipt.from,
        JSON.stringify(recipients.mail),
        mail.subject,
        kept(mail.text),
        kept(mail.html),
        mail.summary,
        mail.link,
        recipients.users,
        how,
      ],
    );
  }

  private async recordFailure(manager: EntityManager, reminder: ReminderRow, reason: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    if (lastAttempt) {
      await this.markFailed(manager, reminder, reason, now);
      return 'failed';
    }
    await manager.query(`UPDATE "reminder" SET "status" = 'scheduled', "last_error" = $2, "updated_at" = $3 WHERE "id" = $1`, [reminder.id, reason, now]);
    await recordReminderEvents(manager, now, [{ reminderId: reminder.id, kind: 'failed', detail: `${reason} (nouvel essai)` }]);
    return 'retrying';
  }

  private async markFailed(manager: EntityManager, reminder: ReminderRow, reason: string, now: Date): Promise<void> {
    await manager.query(`UPDATE "reminder" SET "status" = 'failed', "last_error" = $2, "updated_at" = $3 WHERE "id" = $1`, [reminder.id, reason, now]);
    await recordReminderEvents(manager, now, [{ reminderId: reminder.id, kind: 'failed', detail: reason }]);
  }

  private async skip(manager: EntityManager, reminder: ReminderRow, reason: ReminderSkipReason, now: Date): Promise<void> {
    await manager.query(`UPDATE "reminder" SET "status" = 'skipped', "skip_reason" = $2, "updated_at" = $3 WHERE "id" = $1`, [reminder.id, reason, now]);
    await recordReminderEvents(manager, now, [{ reminderId: reminder.id, kind: 'skipped', detail: reason }]);
  }
}
