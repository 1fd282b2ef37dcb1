import type { EntityManager } from 'typeorm';
import { recordReminderEvents } from './reminder-log';

/** The log's word for a reminder that a campaign's closing cancelled (or that found its campaign closed at send time). */
export const CAMPAIGN_CLOSED = 'campaign-closed';

/** Which reminders: all of a campaign's still to leave, or one of them (the one a worker is about to deliver). */
export type ClosedCampaignReminders = { campaignId: string; reminderId?: string };

/**
 * Cancels reminders of a closed campaign that are still to leave (scheduled, or failed and waiting
 * for a manager to send them again), in the caller's transaction (the one that closes the campaign,
 * or the delivery that finds it closed), each with a log line saying why and, on a closing, who
 * closed it. A reminder a worker is delivering right now (`sending`) is left to finish: its message
 * is already on its way.
 */
export async function cancelClosedCampaignReminders(manager: EntityManager, which: ClosedCampaignReminders, at: Date, actorUserId: string | null): Promise<number> {
  // TypeORM answers an UPDATE ... RETURNING with the rows and the count.
  const [rows] = await manager.query<[{ id: string }[], number]>(
    `UPDATE "reminder" SET "status" = 'cancelled', "skip_reason" = 'cancelled', "updated_at" = $2
      WHERE "campaign_id" = $1 AND "status" IN ('scheduled', 'failed') ${which.reminderId ? 'AND "id" = $3' : ''} RETURNING "id"`,
    which.reminderId ? [which.campaignId, at, which.reminderId] : [which.campaignId, at],
  );
  await recordReminderEvents(
    manager,
    at,
    rows.map((row) => ({ reminderId: row.id, kind: 'cancelled', detail: CAMPAIGN_CLOSED, actorUserId })),
  );
  return rows.length;
}
