import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isInsideSendingWindow, nextSendingInstant, whyNoLongerDue, type ReminderRuleName, type ReminderSkipReason, type ReminderStatus } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { RUNTIME_CONFIG, type RuntimeConfig } from '@bep/server/core/config';
import { MailSender, type MailReceipt } from '@bep/server/core/mail';
import { addToOutbox } from '@bep/server/core/queue';
import { hostname } from 'node:os';
import type { DataSource, EntityManager } from 'typeorm';
import { belgianPublicHolidays } from './belgian-holidays';
import { composeReminderMail, type ComposedMail } from './messages/compose';
import { readCurrentCampaignRules, readEngagementFacts, type CampaignRules } from './reminder-facts';
import { deliveryJob, type DeliverPayload } from './reminder-jobs';
import { INTERRUPTED_DELIVERY, recordReminderEvents } from './reminder-log';
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
}

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
    @Inject(RUNTIME_CONFIG) private readonly config: Pick<RuntimeConfig, 'mail'>,
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
    await this.dataSource.transaction((manager) => this.recordSent(manager, prepared, receipt));
    return 'sent';
  }

  private async prepare(manager: EntityManager, payload: DeliverPayload, viaSmtp: boolean): Promise<Claimed | DeliveryOutcome> {
    const now = this.clock.now();
    const [reminder] = await manager.query<ReminderRow[]>(
      `SELECT "id", "key", "campaign_id", "engagement_id", "rule", "occurrence", "subject_id", "send_at", "status", "attempts"
         FROM "reminder" WHERE "id" = $1 FOR UPDATE`,
      [payload.reminderId],
    );
    if (!reminder) return 'already-handled';
    if (reminder.status === 'sending') {
      await this.markFailed(manager, reminder, INTERRUPTED_DELIVERY, now);
      return 'interrupted';
    }
    if (reminder.status !== 'scheduled') return 'already-handled';
    if (!payload.force) {
      // A job for another time of a reminder that moved: the reminder's own job does the work.
      if (payload.sendAt !== reminder.send_at.getTime()) return 'already-handled';
      if (reminder.send_at.getTime() > now.getTime() + CLOCK_SKEW_MS) return { notYet: reminder.send_at };
    }

    const rules = await readCurrentCampaignRules(manager, reminder.campaign_id);
    if (!rules) return 'already-handled';
    const reason = await this.whyNotNow(manager, reminder, rules, now);
    if (reason) {
      await this.skip(manager, reminder, reason, now);
      return 'skipped';
    }
    const window = rules.settings.sendingWindow;
    if (!payload.force && !isInsideSendingWindow(now, window, belgianPublicHolidays)) {
      const sendAt = nextSendingInstant(now, window, belgianPublicHolidays);
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
    const mail = await composeReminderMail(manager, reminder, rules, recipients, now, this.config.mail.publicUrl);
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

  private async recordSent(manager: EntityManager, { reminder, mail, recipients }: Claimed, receipt: MailReceipt): Promise<void> {
    const now = this.clock.now();
    if (recipients.mail.length > 0) {
      await manager.query(
        `INSERT INTO "mail_message" ("reminder_id", "transport", "message_id", "from_address", "to_addresses", "subject", "text_body", "html_body", "sent_at")
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
        [reminder.id, receipt.transport, receipt.messageId, receipt.from, JSON.stringify(recipients.mail), mail.subject, mail.text, mail.html, now],
      );
    }
    if (recipients.users.length > 0) {
      await manager.query(
        `INSERT INTO "notification" ("user_id", "reminder_id", "title", "body", "link", "created_at")
         SELECT u, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS u ON CONFLICT ("user_id", "reminder_id") DO NOTHING`,
        [recipients.users, reminder.id, mail.subject, mail.summary, mail.link, now],
      );
    }
    await manager.query(
      `UPDATE "reminder" SET "status" = 'sent', "sent_at" = $2, "last_error" = NULL, "attempts" = GREATEST("attempts", 1), "updated_at" = $2 WHERE "id" = $1`,
      [reminder.id, now],
    );
    // Which worker sent it, for whoever runs several: `smtp by host:pid`.
    const how = recipients.mail.length ? receipt.transport : 'notification';
    await recordReminderEvents(manager, now, [{ reminderId: reminder.id, kind: 'sent', detail: `${how} by ${WORKER_ID}` }]);
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
