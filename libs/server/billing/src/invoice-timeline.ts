import { Injectable } from '@nestjs/common';
import { INVOICE_READERS, type InvoiceTimelineAction, type TimelineEntry } from '@bep/contracts';
import type { InvoiceStatus } from '@bep/domain';
import { TimelineSourceProvider, type TimelineSource } from '@bep/server/engagements';
import { preparedQuery } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import { belgianDate, frenchEuros } from './documents/french-format';

interface StepRow {
  action: InvoiceTimelineAction;
  invoice_id: string;
  number: string | null;
  amount_cents: number;
  status: InvoiceStatus;
  at: Date;
  from_pipeline: boolean;
  paid_on: string | null;
  credited_invoice_id: string | null;
  credited_number: string | null;
  user_id: string | null;
  user_name: string | null;
}

/**
 * One row per step, read from the documents themselves rather than from the audit log: what the
 * timeline shows is then what the invoice says (its number, its total, its status now). A draft
 * deleted before it was issued leaves nothing, as it never billed anything.
 */
const STEPS_SQL = `
  SELECT s.*, u."id" AS user_id, u."full_name" AS user_name
    FROM (
      SELECT 'draft' AS action, i."id" AS invoice_id, i."number", i."gross_cents" AS amount_cents, i."status", i."created_at" AS at,
             i."origin_key" IS NOT NULL AS from_pipeline, NULL AS paid_on, NULL::uuid AS credited_invoice_id, NULL AS credited_number, i."created_by" AS by
        FROM "invoice" i WHERE i."engagement_id" = $1 AND i."kind" = 'invoice'
      UNION ALL
      SELECT 'issue', i."id", i."number", i."gross_cents", i."status", i."issued_at", false, NULL, NULL, NULL, i."issued_by"
        FROM "invoice" i WHERE i."engagement_id" = $1 AND i."kind" = 'invoice' AND i."status" <> 'draft'
      UNION ALL
      SELECT 'payment', i."id", i."number", p."amount_cents", i."status", p."recorded_at", false, to_char(p."paid_on", 'YYYY-MM-DD'), NULL, NULL, p."recorded_by"
        FROM "invoice_payment" p JOIN "invoice" i ON i."id" = p."invoice_id" WHERE i."engagement_id" = $1
      UNION ALL
      SELECT 'credit', n."id", n."number", n."gross_cents", n."status", n."issued_at", false, NULL, o."id", o."number", n."issued_by"
        FROM "invoice" n JOIN "invoice" o ON o."id" = n."credited_invoice_id"
       WHERE n."engagement_id" = $1 AND n."kind" = 'credit_note' AND n."status" <> 'draft'
    ) s
    LEFT JOIN "app_user" u ON u."id" = s."by"`;

/** French words for the summary, which a client that does not know the `invoice` kind shows as it is. */
function summaryOf(row: StepRow): string {
  const amount = frenchEuros(row.amount_cents);
  switch (row.action) {
    case 'draft':
      return `Brouillon de facture de ${amount}${row.from_pipeline ? ' préparé automatiquement' : ''}`;
    case 'issue':
      return `Facture ${row.number} émise : ${amount}`;
    case 'payment':
      return `Paiement de ${amount} reçu le ${belgianDate(row.paid_on ?? '')} (facture ${row.number})`;
    case 'credit':
      return `Note de crédit ${row.number} de ${amount} (facture ${row.credited_number})`;
  }
}

/**
 * The co-financing documents of an engagement on its timeline: each invoice's draft (made by the
 * pipeline's job, with no actor, or by hand), its issue, each payment recorded (at the time it was
 * recorded; the day the money came in is in `paidOn`), and each credit note issued. Only the
 * readers of invoices find them there: a consultant sees no invoice (SPEC, "Users and roles").
 */
@TimelineSourceProvider()
@Injectable()
export class InvoiceTimeline implements TimelineSource {
  readonly readers = INVOICE_READERS;

  async entries(manager: EntityManager, engagementId: string): Promise<TimelineEntry[]> {
    const rows = await preparedQuery<StepRow>(manager, STEPS_SQL, [engagementId]);
    return rows.map((row) => ({
      kind: 'invoice' as const,
      at: row.at.toISOString(),
      actor: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
      summary: summaryOf(row),
      details: {
        action: row.action,
        invoiceId: row.invoice_id,
        number: row.number,
        amountCents: row.amount_cents,
        status: row.status,
        ...(row.action === 'draft' ? { fromPipeline: row.from_pipeline } : {}),
        ...(row.action === 'payment' ? { paidOn: row.paid_on } : {}),
        ...(row.action === 'credit' ? { creditedInvoiceId: row.credited_invoice_id, creditedNumber: row.credited_number } : {}),
      },
    }));
  }
}
