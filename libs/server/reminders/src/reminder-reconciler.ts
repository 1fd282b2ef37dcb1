import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@bep/server/core/clock';
import { QueueName } from '@bep/server/core/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { readCurrentCampaignRules } from './reminder-facts';
import { deliveryJob } from './reminder-jobs';
import { INTERRUPTED_DELIVERY, recordReminderEvents, SENDING_STALE_MS } from './reminder-log';
import { ReminderPlanner, type PlanOutcome } from './reminder-planner';

/** Relayed outbox rows are kept this long, to read what went to the queue. */
const OUTBOX_KEPT_MS = 7 * 86_400_000;
const JOB_CHECKS_AT_ONCE = 200;

export interface ReconcileOutcome extends PlanOutcome {
  /** Delivery jobs queued again because the queue had lost them. */
  requeued: number;
  /** Deliveries marked failed because their worker stopped mid-way. */
  interrupted: number;
}

/**
 * Plans and re-plans the reminders. An engagement's change plans its own; the periodic sweep
 * re-plans the whole current campaign (what the rules call for exists, what they no longer call
 * for is withdrawn), queues again every scheduled reminder whose job the queue does not hold (a
 * Redis that lost its data), and closes deliveries whose worker died. Plans of one campaign are
 * serialised with an advisory lock, so two workers never plan the same reminders at once.
 */
@Injectable()
export class ReminderReconciler {
  private readonly logger = new Logger(ReminderReconciler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly planner: ReminderPlanner,
    private readonly clock: Clock,
  ) {}

  /** The reminders of one engagement, after it changed. */
  async planEngagement(engagementId: string): Promise<PlanOutcome | null> {
    return this.dataSource.transaction(async (manager) => {
      const [engagement] = await manager.query<{ campaign_id: string }[]>(
        `SELECT e."campaign_id" FROM "engagement" e JOIN "campaign" c ON c."id" = e."campaign_id" AND c."is_current" WHERE e."id" = $1`,
        [engagementId],
      );
      if (!engagement) return null;
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reminders:${engagement.campaign_id}`]);
      const rules = await readCurrentCampaignRules(manager, engagement.campaign_id);
      return rules && this.planner.plan(manager, rules, this.clock.now(), [engagementId]);
    });
  }

  /**
   * Plans the current campaign when it is open; the housekeeping (lost jobs, interrupted
   * deliveries, the relayed outbox) runs whatever the campaign's status, since a closed campaign
   * may still hold deliveries under way and jobs to tidy.
   */
  async reconcile(): Promise<ReconcileOutcome> {
    const now = this.clock.now();
    const planned = await this.dataSource.transaction(async (manager): Promise<PlanOutcome> => {
      const rules = await readCurrentCampaignRules(manager);
      if (!rules) return { planned: 0, moved: 0, withdrawn: 0 };
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`reminders:${rules.campaignId}`]);
      return this.planner.plan(manager, rules, now);
    });
    const requeued = await this.requeueLostJobs();
    const interrupted = await this.closeInterruptedDeliveries(now);
    await this.dataSource.query(`DELETE FROM "queue_outbox" WHERE "relayed_at" < $1`, [new Date(now.getTime() - OUTBOX_KEPT_MS)]);
    const outcome = { ...planned, requeued, interrupted };
    if (Object.values(outcome).some((count) => count > 0)) this.logger.log(`Reminders reconciled: ${JSON.stringify(outcome)}`);
    return outcome;
  }

  private async requeueLostJobs(): Promise<number> {
    const scheduled = await this.dataSource.query<{ id: string; key: string; send_at: Date }[]>(
      `SELECT r."id", r."key", r."send_at" FROM "reminder" r
        WHERE r."status" = 'scheduled'
          AND NOT EXISTS (SELECT 1 FROM "queue_outbox" o WHERE o."relayed_at" IS NULL AND o."job_id" LIKE r."key" || '/%')`,
    );
    let requeued = 0;
    for (let start = 0; start < scheduled.length; start += JOB_CHECKS_AT_ONCE) {
      const jobs = scheduled.slice(start, start + JOB_CHECKS_AT_ONCE).map((row) => deliveryJob({ id: row.id, key: row.key, sendAt: row.send_at }));
      const found = await Promise.all(jobs.map((job) => this.queue.getJob(job.jobId)));
      // A job that finished while its reminder is still scheduled (it failed every attempt, or ran
      // before its time) is as good as lost: it is removed, so that the same id can be queued again.
      const states = await Promise.all(found.map((job) => job?.getState()));
      const finished = found.filter((job, index) => job && (states[index] === 'completed' || states[index] === 'failed'));
      await Promise.all(finished.map((job) => job?.remove()));
      const lost = jobs.filter((_, index) => !found[index] || finished.includes(found[index]));
      if (lost.length) {
        const delayOf = (runAt?: Date) => Math.max(0, (runAt?.getTime() ?? 0) - this.clock.now().getTime());
        await this.queue.addBulk(lost.map((job) => ({ name: job.name, data: job.payload, opts: { jobId: job.jobId, delay: delayOf(job.runAt) } })));
        requeued += lost.length;
      }
    }
    return requeued;
  }

  private async closeInterruptedDeliveries(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // TypeORM answers an UPDATE ... RETURNING with the rows and the count.
      const [rows] = await manager.query<[{ id: string }[], number]>(
        `UPDATE "reminder" SET "status" = 'failed', "last_error" = $2, "updated_at" = $3
          WHERE "status" = 'sending' AND "updated_at" < $1 RETURNING "id"`,
        [new Date(now.getTime() - SENDING_STALE_MS), INTERRUPTED_DELIVERY, now],
      );
      await recordReminderEvents(
        manager,
        now,
        rows.map((row) => ({ reminderId: row.id, kind: 'failed', detail: INTERRUPTED_DELIVERY })),
      );
      return rows.length;
    });
  }
}
