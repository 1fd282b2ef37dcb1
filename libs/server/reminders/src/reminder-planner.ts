import { Injectable } from '@nestjs/common';
import {
  nextSendingInstant,
  plannedDigests,
  plannedEngagementReminders,
  whyNoLongerDue,
  type PlannedReminder,
  type ReminderSkipReason,
} from '@bep/domain';
import { addToOutbox } from '@bep/server/core/queue';
import type { EntityManager } from 'typeorm';
import { belgianPublicHolidays } from './belgian-holidays';
import { readEngagementFacts, type CampaignRules } from './reminder-facts';
import { deliveryJob } from './reminder-jobs';
import { recordReminderEvents } from './reminder-log';

interface ScheduledRow {
  id: string;
  key: string;
  rule: PlannedReminder['rule'];
  occurrence: number;
  engagement_id: string | null;
  due_at: Date;
}

export interface PlanOutcome {
  planned: number;
  moved: number;
  withdrawn: number;
}

/**
 * Makes the reminder table say what the rules call for: new reminders are inserted (a key already
 * there, whatever its status, is never planned again), reminders whose date changed move, and
 * scheduled ones no longer called for are withdrawn with the reason. Each new or moved reminder
 * gets its delivery job through the outbox, in the caller's transaction.
 */
@Injectable()
export class ReminderPlanner {
  /** The reminders of some engagements (all of the campaign's when `engagementIds` is omitted), and its weekly digests. */
  async plan(manager: EntityManager, rules: CampaignRules, now: Date, engagementIds?: readonly string[]): Promise<PlanOutcome> {
    const facts = await readEngagementFacts(manager, rules.campaignId, engagementIds);
    const desired = facts.flatMap((fact) => plannedEngagementReminders(fact, rules.settings, now));
    const factsById = new Map(facts.map((fact) => [fact.engagementId, fact]));
    // Every row the plan may change is locked before its first write. A write raises the campaign's
    // reminder revision and holds it to the end; a worker delivering one of these rows holds the
    // row and then raises the revision: taken the other way round, the two would wait on each other.
    const scheduled = await manager.query<ScheduledRow[]>(
      `SELECT "id", "key", "rule", "occurrence", "engagement_id", "due_at" FROM "reminder"
        WHERE "campaign_id" = $1 AND "status" = 'scheduled' AND "engagement_id" = ANY($2::uuid[]) FOR UPDATE`,
      [rules.campaignId, facts.map((fact) => fact.engagementId)],
    );
    const digests = engagementIds
      ? []
      : await manager.query<ScheduledRow[]>(
          `SELECT "id", "key", "rule", "occurrence", "engagement_id", "due_at" FROM "reminder"
            WHERE "campaign_id" = $1 AND "status" = 'scheduled' AND "engagement_id" IS NULL FOR UPDATE`,
          [rules.campaignId],
        );
    const engagementOutcome = await this.apply(manager, rules, now, desired, scheduled, (row) => {
      const fact = row.engagement_id ? factsById.get(row.engagement_id) : undefined;
      return fact ? whyNoLongerDue(row, fact, rules.settings, now) : 'stage-left';
    });
    if (engagementIds) return engagementOutcome;

    const digestOutcome = await this.apply(manager, rules, now, plannedDigests(rules.campaignId, rules.settings, now), digests, () =>
      rules.settings.weeklyDigest.enabled ? 'settings-changed' : 'rule-disabled',
    );
    return {
      planned: engagementOutcome.planned + digestOutcome.planned,
      moved: engagementOutcome.moved + digestOutcome.moved,
      withdrawn: engagementOutcome.withdrawn + digestOutcome.withdrawn,
    };
  }

  private async apply(
    manager: EntityManager,
    rules: CampaignRules,
    now: Date,
    desired: readonly PlannedReminder[],
    scheduled: readonly ScheduledRow[],
    whyWithdrawn: (row: ScheduledRow) => ReminderSkipReason | null,
  ): Promise<PlanOutcome> {
    const sendAtOf = (dueAt: Date) => nextSendingInstant(dueAt.getTime() < now.getTime() ? now : dueAt, rules.settings.sendingWindow, belgianPublicHolidays);
    const desiredByKey = new Map(desired.map((reminder) => [reminder.key, reminder]));

    const inserted = desired.length
      ? await manager.query<{ id: string; key: string; send_at: Date }[]>(
          `INSERT INTO "reminder" ("key", "campaign_id", "engagement_id", "rule", "occurrence", "subject_id", "due_at", "send_at", "status")
           SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::uuid[], $7::timestamptz[], $8::timestamptz[], $9::text[])
           ON CONFLICT ("key") DO NOTHING
           RETURNING "id", "key", "send_at"`,
          [
            desired.map((r) => r.key),
            desired.map(() => rules.campaignId),
            desired.map((r) => r.engagementId),
            desired.map((r) => r.rule),
            desired.map((r) => r.occurrence),
            desired.map((r) => r.subjectId),
            desired.map((r) => r.dueAt),
            desired.map((r) => sendAtOf(r.dueAt)),
            desired.map(() => 'scheduled'),
          ],
        )
      : [];

    const moved: { id: string; key: string; sendAt: Date; dueAt: Date }[] = [];
    const withdrawn: { id: string; reason: ReminderSkipReason }[] = [];
    for (const row of scheduled) {
      const wanted = desiredByKey.get(row.key);
      if (!wanted) {
        withdrawn.push({ id: row.id, reason: whyWithdrawn(row) ?? 'settings-changed' });
      } else if (wanted.dueAt.getTime() !== row.due_at.getTime()) {
        moved.push({ id: row.id, key: row.key, dueAt: wanted.dueAt, sendAt: sendAtOf(wanted.dueAt) });
      }
    }

    // Only rows still scheduled change: a worker may be delivering one of them right now.
    const [movedIds] = moved.length
      ? await manager.query<[{ id: string }[], number]>(
          `UPDATE "reminder" r SET "due_at" = m."due_at", "send_at" = m."send_at", "updated_at" = $4
             FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS m("id", "due_at", "send_at")
            WHERE r."id" = m."id" AND r."status" = 'scheduled' RETURNING r."id"`,
          [moved.map((m) => m.id), moved.map((m) => m.dueAt), moved.map((m) => m.sendAt), now],
        )
      : [[]];
    const [withdrawnIds] = withdrawn.length
      ? await manager.query<[{ id: string }[], number]>(
          `UPDATE "reminder" r SET "status" = 'skipped', "skip_reason" = w."reason", "updated_at" = $3
             FROM unnest($1::uuid[], $2::text[]) AS w("id", "reason")
            WHERE r."id" = w."id" AND r."status" = 'scheduled' RETURNING r."id"`,
          [withdrawn.map((w) => w.id), withdrawn.map((w) => w.reason), now],
        )
      : [[]];
    const changed = (ids: { id: string }[]) => new Set(ids.map((row) => row.id));
    const movedDone = moved.filter((row) => changed(movedIds).has(row.id));
    const withdrawnDone = withdrawn.filter((row) => changed(withdrawnIds).has(row.id));

    const queued = [...inserted.map((row) => ({ id: row.id, key: row.key, sendAt: row.send_at })), ...movedDone];
    await addToOutbox(
      manager,
      queued.map((reminder) => deliveryJob(reminder)),
    );
    await recordReminderEvents(manager, now, [
      ...inserted.map((row) => ({ reminderId: row.id, kind: 'queued' as const, detail: row.send_at.toISOString() })),
      ...movedDone.map((row) => ({ reminderId: row.id, kind: 'deferred' as const, detail: row.sendAt.toISOString() })),
      ...withdrawnDone.map((row) => ({ reminderId: row.id, kind: 'skipped' as const, detail: row.reason })),
    ]);
    return { planned: inserted.length, moved: movedDone.length, withdrawn: withdrawnDone.length };
  }
}

