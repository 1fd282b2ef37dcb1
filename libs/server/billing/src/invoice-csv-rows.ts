import type { InvoiceQuery } from '@bep/contracts';
import type { EntityManager } from 'typeorm';
import type { InvoiceCsvRow } from './documents';
import { filterOf } from './invoice-reader';

/** Rows fetched from the cursor at a time: large enough to keep the export fast, small enough to keep its memory flat. */
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
}

const SORT = `COALESCE(i."issue_date", '0001-01-01'::date), COALESCE(i."number", ''), i."id"`;

function toCsvRow(row: CsvSqlRow): InvoiceCsvRow {
  return {
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

/**
 * The documents of the accounting export, in issue order (date, then number), read through a
 * server-side cursor `batchSize` rows at a time: PostgreSQL runs the query once, and only one batch
 * is in memory while the response takes the rows (the stream asks for the next batch only when the
 * previous one is written). The cursor lives in a transaction: the caller's when there is one (the
 * batch export reads all its files in one), else one of its own, REPEATABLE READ so that the file
 * is one moment of the books, ended when the export ends or is abandoned.
 *
 * Drafts are left out unless the `status` filter asks for them: accounting receives what was issued.
 * Issued documents give the buyer as it was issued; a draft, the commune's billing data of today.
 */
export async function* invoiceCsvRows(manager: EntityManager, query: InvoiceQuery, today: string, batchSize = CSV_BATCH_SIZE): AsyncGenerator<InvoiceCsvRow> {
  const inTransaction = manager.queryRunner?.isTransactionActive === true;
  const runner = inTransaction && manager.queryRunner ? manager.queryRunner : manager.connection.createQueryRunner('slave');
  const cursor = `invoice_csv_${Math.random().toString(36).slice(2)}`;
  const where = filterOf(query, today);
  if (!query.status) where.where(`i."status" <> 'draft'`);
  try {
    if (!inTransaction) {
      await runner.connect();
      await runner.startTransaction('REPEATABLE READ');
    }
    await runner.query(
      `DECLARE ${cursor} NO SCROLL CURSOR FOR
       SELECT i."id", i."kind", i."number", i."status", to_char(i."issue_date", 'YYYY-MM-DD') AS issue_date, to_char(i."due_date", 'YYYY-MM-DD') AS due_date,
              i."commune_nis", c."name" AS commune_name,
              COALESCE(i."buyer" ->> 'enterpriseNumber', b."enterprise_number") AS enterprise_number,
              COALESCE(i."buyer" ->> 'buyerReference', b."buyer_reference") AS buyer_reference,
              k."name" AS campaign_name, i."net_cents", i."vat_cents", i."gross_cents", i."paid_cents",
              CASE WHEN i."kind" = 'invoice' AND i."status" <> 'draft' THEN GREATEST(0, i."gross_cents" - i."paid_cents" - i."credited_cents") ELSE 0 END AS outstanding_cents,
              i."structured_communication", o."number" AS credited_invoice_number
         FROM "invoice" i
         JOIN "commune" c ON c."nis" = i."commune_nis"
         JOIN "campaign" k ON k."id" = i."campaign_id"
         LEFT JOIN "commune_billing_profile" b ON b."nis" = i."commune_nis"
         LEFT JOIN "invoice" o ON o."id" = i."credited_invoice_id"
         ${where.sql}
        ORDER BY ${SORT}`,
      where.params,
    );
    for (;;) {
      const rows: CsvSqlRow[] = await runner.query(`FETCH ${Number(batchSize)} FROM ${cursor}`);
      for (const row of rows) yield toCsvRow(row);
      if (rows.length < batchSize) break;
    }
    if (inTransaction) await runner.query(`CLOSE ${cursor}`);
  } finally {
    if (!inTransaction && runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    if (!inTransaction) await runner.release();
  }
}
