import type { InvoiceQuery } from '@bep/contracts';
import type { EntityManager } from 'typeorm';
import type { InvoiceCsvRow } from './documents';
import { filterOf } from './invoice-reader';

/** Rows read per query: large enough to keep the export fast, small enough to keep its memory flat. */
export const CSV_BATCH_SIZE = 2000;

interface CsvSqlRow {
  id: string;
  kind: InvoiceCsvRow['kind'];
  number: string | null;
  status: InvoiceCsvRow['status'];
  issue_date: string | null;
  due_date: string | null;
  commune_nis: string;
  commune_name: string;
  enterprise_number: string | null;
  buyer_reference: string | null;
  campaign_name: string;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  paid_cents: number;
  outstanding_cents: number;
  structured_communication: string | null;
  credited_invoice_number: string | null;
  /** The keyset of the next batch. */
  sort_day: string;
  sort_number: string;
}

/**
 * The documents of the accounting export, in issue order (date, then number), read batch by batch
 * on a keyset rather than with OFFSET or one big result: each batch costs the same, and only one
 * batch is in memory while the response takes the rows. Drafts are left out unless the `status`
 * filter asks for them: accounting receives what was issued. Issued documents give the buyer as it
 * was issued; a draft, the commune's billing data of today.
 */
export async function* invoiceCsvRows(manager: EntityManager, query: InvoiceQuery, today: string, batchSize = CSV_BATCH_SIZE): AsyncGenerator<InvoiceCsvRow> {
  let after: { day: string; number: string; id: string } | null = null;
  for (;;) {
    const where = filterOf(query, today);
    if (!query.status) where.where(`i."status" <> 'draft'`);
    if (after) {
      const [day, number, id] = [where.next(after.day), where.next(after.number), where.next(after.id)];
      where.where(`(COALESCE(i."issue_date", '0001-01-01'::date), COALESCE(i."number", ''), i."id") > (${day}::date, ${number}::text, ${id}::uuid)`);
    }
    const rows: CsvSqlRow[] = await manager.query<CsvSqlRow[]>(
      `SELECT i."id", i."kind", i."number", i."status", to_char(i."issue_date", 'YYYY-MM-DD') AS issue_date, to_char(i."due_date", 'YYYY-MM-DD') AS due_date,
              i."commune_nis", c."name" AS commune_name,
              COALESCE(i."buyer" ->> 'enterpriseNumber', b."enterprise_number") AS enterprise_number,
              COALESCE(i."buyer" ->> 'buyerReference', b."buyer_reference") AS buyer_reference,
              k."name" AS campaign_name, i."net_cents", i."vat_cents", i."gross_cents", i."paid_cents",
              CASE WHEN i."kind" = 'invoice' AND i."status" <> 'draft' THEN GREATEST(0, i."gross_cents" - i."paid_cents" - i."credited_cents") ELSE 0 END AS outstanding_cents,
              i."structured_communication", o."number" AS credited_invoice_number,
              to_char(COALESCE(i."issue_date", '0001-01-01'::date), 'YYYY-MM-DD') AS sort_day, COALESCE(i."number", '') AS sort_number
         FROM "invoice" i
         JOIN "commune" c ON c."nis" = i."commune_nis"
         JOIN "campaign" k ON k."id" = i."campaign_id"
         LEFT JOIN "commune_billing_profile" b ON b."nis" = i."commune_nis"
         LEFT JOIN "invoice" o ON o."id" = i."credited_invoice_id"
         ${where.sql}
        ORDER BY COALESCE(i."issue_date", '0001-01-01'::date), COALESCE(i."number", ''), i."id"
        LIMIT ${Number(batchSize)}`,
      where.params,
    );
    for (const row of rows) {
      yield {
        kind: row.kind,
        number: row.number,
        status: row.status,
        issueDate: row.issue_date,
        dueDate: row.due_date,
        communeNis: row.commune_nis,
        communeName: row.commune_name,
        enterpriseNumber: row.enterprise_number,
        buyerReference: row.buyer_reference,
        campaignName: row.campaign_name,
        netCents: row.net_cents,
        vatCents: row.vat_cents,
        grossCents: row.gross_cents,
        paidCents: row.paid_cents,
        outstandingCents: Number(row.outstanding_cents),
        structuredCommunication: row.structured_communication,
        creditedInvoiceNumber: row.credited_invoice_number,
      };
    }
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { day: last.sort_day, number: last.sort_number, id: last.id };
  }
}
