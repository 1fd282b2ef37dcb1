import type { ReminderEventKind } from '@bep/domain';
import type { EntityManager } from 'typeorm';

/** Why a delivery whose worker stopped mid-way is failed rather than sent again. */
export const INTERRUPTED_DELIVERY = 'Envoi interrompu (le processus s’est arrêté pendant l’envoi) : le message est peut-être parti. Vérifiez avant de le renvoyer.';

/** A delivery that has said nothing for this long was interrupted: its worker is gone. */
export const SENDING_STALE_MS = 10 * 60_000;

export interface ReminderLogLine {
  reminderId: string;
  kind: ReminderEventKind;
  /** The reason of a skip, the error of a failure, the new time of a deferral. */
  detail?: string | null;
  /** Who cancelled or resent it; omitted for the system. */
  actorUserId?: string | null;
}

/** Appends lines to the reminders' log, in the caller's transaction. */
export async function recordReminderEvents(manager: EntityManager, at: Date, lines: readonly ReminderLogLine[]): Promise<void> {
  if (lines.length === 0) return;
  await manager.query(
    `INSERT INTO "reminder_event" ("reminder_id", "at", "kind", "detail", "actor_user_id")
     SELECT r, $1, k, d, u FROM unnest($2::uuid[], $3::text[], $4::text[], $5::uuid[]) AS l(r, k, d, u)`,
    [at, lines.map((l) => l.reminderId), lines.map((l) => l.kind), lines.map((l) => l.detail ?? null), lines.map((l) => l.actorUserId ?? null)],
  );
}
