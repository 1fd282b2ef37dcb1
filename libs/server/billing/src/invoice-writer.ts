import type { InvoiceService } from '@bep/contracts';
import type { InvoiceKind, VatCategory } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { totalsOf, type PricedLine } from './draft-lines';

/** A new draft invoice or credit note, before its lines. */
export interface NewDraft {
  kind: InvoiceKind;
  service: InvoiceService;
  campaignId: string;
  engagementId: string;
  communeNis: string;
  vatCategory: VatCategory;
  /** The pipeline's key (`diagnostic/<engagementId>`); null for a draft made by hand. */
  originKey: string | null;
  creditedInvoiceId: string | null;
  note: string | null;
  /** Null for the billing job. */
  by: string | null;
  at: Date;
}

/**
 * Inserts the draft with its lines and totals, in the caller's transaction. Answers its id, or null
 * when a draft with the same origin key exists already (the billing job ran twice): nothing is written then.
 */
export async function insertDraft(manager: EntityManager, draft: NewDraft, lines: readonly PricedLine[]): Promise<string | null> {
  const totals = totalsOf(lines);
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO "invoice" ("kind", "service", "status", "campaign_id", "engagement_id", "commune_nis", "vat_category", "origin_key", "credited_invoice_id",
                            "note", "net_cents", "vat_cents", "gross_cents", "created_at", "created_by", "updated_at", "updated_by")
     VALUES ($1, $2, 'draft', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $13, $14)
     ON CONFLICT ("origin_key") DO NOTHING
     RETURNING "id"`,
    [
      draft.kind,
      draft.service,
      draft.campaignId,
      draft.engagementId,
      draft.communeNis,
      draft.vatCategory,
      draft.originKey,
      draft.creditedInvoiceId,
      draft.note,
      totals.netCents,
      totals.vatCents,
      totals.grossCents,
      draft.at,
      draft.by,
    ],
  );
  if (!row) return null;
  await insertLines(manager, row.id, lines);
  return row.id;
}

/** Replaces a draft's lines and totals (and its note when given), one version further. */
export async function rewriteDraft(manager: EntityManager, id: string, change: { lines?: readonly PricedLine[]; note?: string | null; by: string | null; at: Date }): Promise<void> {
  if (change.lines) {
    await manager.query(`DELETE FROM "invoice_line" WHERE "invoice_id" = $1`, [id]);
    await insertLines(manager, id, change.lines);
    const totals = totalsOf(change.lines);
    await manager.query(`UPDATE "invoice" SET "net_cents" = $2, "vat_cents" = $3, "gross_cents" = $4 WHERE "id" = $1`, [id, totals.netCents, totals.vatCents, totals.grossCents]);
  }
  if (change.note !== undefined) {
    await manager.query(`UPDATE "invoice" SET "note" = $2 WHERE "id" = $1`, [id, change.note]);
  }
  await manager.query(`UPDATE "invoice" SET "version" = "version" + 1, "updated_at" = $2, "updated_by" = $3 WHERE "id" = $1`, [id, change.at, change.by]);
}

async function insertLines(manager: EntityManager, invoiceId: string, lines: readonly PricedLine[]): Promise<void> {
  const column = <K extends keyof PricedLine>(key: K) => lines.map((line) => line[key]);
  await manager.query(
    `INSERT INTO "invoice_line" ("invoice_id", "position", "description", "quantity_milli", "unit_code", "unit_price_cents", "share_bp", "net_cents", "vat_category", "vat_rate_bp")
     SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::text[], $6::int[], $7::int[], $8::int[], $9::text[], $10::int[])`,
    [
      invoiceId,
      column('position'),
      column('description'),
      column('quantityMilli'),
      column('unitCode'),
      column('unitPriceCents'),
      column('shareBp'),
      column('netCents'),
      column('vatCategory'),
      column('vatRateBp'),
    ],
  );
}
