import type { InvoiceService } from '@bep/contracts';
import { invoiceOutstandingCents, invoiceTotals, type InvoiceKind, type InvoiceStatus } from '@bep/domain';
import type { EntityManager } from 'typeorm';
import { NOT_SUBJECT_TO_VAT_REASON, type BuyerParty, type InvoiceDocument, type SellerParty } from './documents/invoice-document';
import { invoiceProblem, noSuchInvoice } from './invoice-problems';
import { readInvoiceLines } from './invoice-reader';


/** The service as the document's subject names it. */
const SERVICE_SUBJECT: Record<InvoiceService, string> = {
  diagnostic: 'Diagnostic numérique personnalisé',
  accompaniment: 'Accompagnement',
  other: 'Prestations',
};

interface DocumentRow {
  id: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  service: InvoiceService;
  number: string | null;
  issue_date: string | null;
  due_date: string | null;
  structured_communication: string | null;
  seller: SellerParty | null;
  buyer: BuyerParty | null;
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  paid_cents: number;
  credited_cents: number;
  note: string | null;
  campaign_name: string;
  credited_number: string | null;
  credited_issue_date: string | null;
}

/**
 * The issued invoice or credit note as the renderers read it (PDF, Peppol UBL, CSV): the parties
 * copied at issue, the lines, the VAT breakdown computed from them by the domain's rules, the
 * totals as stored. A draft has no document yet (422); an unknown id is a 404.
 */
export async function loadInvoiceDocument(manager: EntityManager, id: string): Promise<InvoiceDocument> {
  const [row] = await manager.query<DocumentRow[]>(
    `SELECT i."id", i."kind", i."status", i."service", i."number", to_char(i."issue_date", 'YYYY-MM-DD') AS issue_date,
            to_char(i."due_date", 'YYYY-MM-DD') AS due_date, i."structured_communication", i."seller", i."buyer",
            i."net_cents", i."vat_cents", i."gross_cents", i."paid_cents", i."credited_cents", i."note", k."name" AS campaign_name,
            o."number" AS credited_number, to_char(o."issue_date", 'YYYY-MM-DD') AS credited_issue_date
       FROM "invoice" i
       JOIN "campaign" k ON k."id" = i."campaign_id"
       LEFT JOIN "invoice" o ON o."id" = i."credited_invoice_id"
      WHERE i."id" = $1`,
    [id],
  );
  if (!row) throw noSuchInvoice(id);
  if (row.status === 'draft' || !row.number || !row.issue_date || !row.structured_communication || !row.seller || !row.buyer) {
    throw invoiceProblem('status', 'Not issued yet', 'A draft has no document yet: issue it first.');
  }
  const lines = await readInvoiceLines(manager, id);
  const payableCents =
    row.kind === 'invoice' ? invoiceOutstandingCents({ grossCents: row.gross_cents, paidCents: row.paid_cents, creditedCents: row.credited_cents }) : row.gross_cents;
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: 'EUR',
    seller: row.seller,
    buyer: row.buyer,
    lines,
    vatBreakdown: invoiceTotals(lines).byCategory.map((entry) => ({ ...entry, exemptionReason: entry.vatCategory === 'O' ? NOT_SUBJECT_TO_VAT_REASON : null })),
    totals: { netCents: row.net_cents, vatCents: row.vat_cents, grossCents: row.gross_cents, paidCents: row.paid_cents, payableCents },
    structuredCommunication: row.structured_communication,
    subject: `${row.campaign_name} - ${SERVICE_SUBJECT[row.service]}`,
    creditedInvoice: row.credited_number && row.credited_issue_date ? { number: row.credited_number, issueDate: row.credited_issue_date } : null,
    note: row.note,
    campaignName: row.campaign_name,
  };
}
