import type { Stage } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { StageChangeEntity } from '../entities';

/** One move of an engagement in its stage history; `from` is null for the stage it was opened at. */
export interface StageMove {
  engagementId: string;
  from: Stage | null;
  to: Stage;
  at: Date;
  /** The user who moved it, or null for the system (the demo loader). */
  by: string | null;
  note?: string | null;
}

/** Where a moved engagement stands now. */
export interface MovedEngagement {
  stage: Stage;
  stageEnteredAt: Date;
  version: number;
}

/**
 * Writes the history rows of the moves, in the caller's transaction; the database ends the stay
 * each move closes (`left_at` of the previous row). Opening engagements writes only these: the
 * engagement row is created at its first stage.
 */
export async function insertStageHistory(manager: EntityManager, moves: readonly StageMove[]): Promise<void> {
  if (moves.length === 0) return;
  await manager.insert(
    StageChangeEntity,
    moves.map((move) => ({
      engagementId: move.engagementId,
      fromStage: move.from,
      toStage: move.to,
      changedAt: move.at,
      changedBy: move.by,
      note: move.note?.trim() || null,
    })),
  );
}

/**
 * The one way an engagement changes stage, in the caller's transaction: a history row per move,
 * and each engagement set to its latest move with a new version (optimistic concurrency: a client
 * holding the old version gets a 409). The caller has checked the rules and, for a user's move,
 * locked the row.
 */
export async function recordStageMoves(manager: EntityManager, moves: readonly StageMove[]): Promise<Map<string, MovedEngagement>> {
  await insertStageHistory(manager, moves);
  const latest = new Map<string, StageMove>();
  for (const move of moves) {
    const seen = latest.get(move.engagementId);
    if (!seen || seen.at <= move.at) latest.set(move.engagementId, move);
  }
  const updates = [...latest.values()];
  if (updates.length === 0) return new Map();
  // Wrapped in a SELECT: the driver answers a bare UPDATE ... RETURNING as [rows, count].
  const rows = await manager.query<{ id: string; stage: Stage; stage_entered_at: Date; version: number }[]>(
    `WITH moved AS (
       UPDATE "engagement" e
          SET "stage" = m."to", "stage_entered_at" = m."at", "version" = e."version" + 1, "updated_at" = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS m("id", "to", "at")
        WHERE e."id" = m."id"
    RETURNING e."id", e."stage", e."stage_entered_at", e."version")
     SELECT * FROM moved`,
    [updates.map((m) => m.engagementId), updates.map((m) => m.to), updates.map((m) => m.at)],
  );
  return new Map(rows.map((row) => [row.id, { stage: row.stage, stageEnteredAt: row.stage_entered_at, version: row.version }]));
}
