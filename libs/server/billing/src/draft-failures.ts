import type { InvoiceDraftFailureList } from '@bep/contracts';
import type { EntityManager } from 'typeorm';

/** The failures finance sees, the most recent first. */
export async function readDraftFailures(manager: EntityManager): Promise<InvoiceDraftFailureList> {
  const rows = await manager.query<{ engagement_id: string; nis: string; name: string; origin_key: string; last_error: string; attempts: number; failed_at: Date }[]>(
    `SELECT f."engagement_id", c."nis", c."name", f."origin_key", f."last_error", f."attempts", f."failed_at"
       FROM "invoice_draft_failure" f
       JOIN "engagement" e ON e."id" = f."engagement_id"
       JOIN "commune" c ON c."nis" = e."commune_nis"
      ORDER BY f."failed_at" DESC`,
  );
  return {
    items: rows.map((row) => ({
      engagementId: row.engagement_id,
      commune: { nis: row.nis, name: row.name },
      // The origin key starts with the service (`diagnostic/<engagementId>`).
      service: row.origin_key.split('/')[0] as InvoiceDraftFailureList['items'][number]['service'],
      lastError: row.last_error,
      attempts: row.attempts,
      failedAt: row.failed_at.toISOString(),
    })),
  };
}

/** Notes (or updates) why the draft of this origin could not be made. */
export async function recordDraftFailure(manager: EntityManager, failure: { originKey: string; engagementId: string; error: string; attempts: number; at: Date }): Promise<void> {
  await manager.query(
    `INSERT INTO "invoice_draft_failure" ("origin_key", "engagement_id", "last_error", "attempts", "failed_at") VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ("origin_key") DO UPDATE SET "last_error" = EXCLUDED."last_error", "attempts" = EXCLUDED."attempts", "failed_at" = EXCLUDED."failed_at"`,
    [failure.originKey, failure.engagementId, failure.error.slice(0, 2000), failure.attempts, failure.at],
  );
}

/** The draft of this origin is made: its failure, if any, is no longer news. */
export async function clearDraftFailure(manager: EntityManager, originKey: string): Promise<void> {
  await manager.query(`DELETE FROM "invoice_draft_failure" WHERE "origin_key" = $1`, [originKey]);
}
