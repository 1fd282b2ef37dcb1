import type { Invoice, InvoiceDetail, InvoiceLine, InvoicePage, InvoiceQuery } from '@bep/contracts';
import { invoiceOutstandingCents, invoiceTotals, isInvoiceOverdue, type InvoiceKind, type InvoiceStatus } from '@bep/domain';
import { containsPattern, preparedQuery, SqlFilter } from '@bep/server/core/database';
import type { EntityManager } from 'typeorm';
import { noSuchInvoice } from './invoice-problems';

interface InvoiceRow {
  id: string;
  kind: InvoiceKind;
  service: Invoice['service'];
  status: InvoiceStatus;
  number: string | null;
  campaign_id: string;
  engagement_id: string;
  commune_nis: string;
  commune_name: string;
  issue_date: string | null;
  due_date: string | null;
  structured_communication: string | null;
  credited_invoice_id: string | null;
  vat_category: 'S' | 'O';
  net_cents: number;
  vat_cents: number;
  gross_cents: number;
  paid_cents: number;
  credited_cents: number;
  origin_key: string | null;
  note: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  issued_at: Date | null;
}

const COLUMNS = `i."id", i."kind", i."service", i."status", i."number", i."campaign_id", i."engagement_id", i."commune_nis", c."name" AS commune_name,
  to_char(i."issue_date", 'YYYY-MM-DD') AS issue_date, to_char(i."due_date", 'YYYY-MM-DD') AS due_date, i."structured_communication",
  i."credited_invoice_id", i."vat_category", i."net_cents", i."vat_cents", i."gross_cents", i."paid_cents", i."credited_cents",
  i."origin_key", i."note", i."version", i."created_at", i."updated_at", i."issued_at"`;

const FROM = `FROM "invoice" i JOIN "commune" c ON c."nis" = i."commune_nis"`;

/**
 * What the commune still owes, in SQL for the list's filter and totals: the same rule as the
 * domain's `invoiceOutstandingCents`, for issued invoices only (a draft or a credit note owes nothing).
 */
const OUTSTANDING_SQL = `(CASE WHEN i."kind" = 'invoice' AND i."status" <> 'draft' THEN GREATEST(0, i."gross_cents" - i."paid_cents" - i."credited_cents") ELSE 0 END)`;
/** The domain's `isInvoiceOverdue`, in SQL for the `overdue` filter; `?` is today's Brussels date. */
const OVERDUE_SQL = `(i."kind" = 'invoice' AND i."status" = 'issued' AND i."due_date" < ?::date AND ${OUTSTANDING_SQL} > 0)`;
/** A credit note counts against its invoice in the totals. */
const SIGN_SQL = `(CASE WHEN i."kind" = 'credit_note' THEN -1 ELSE 1 END)`;

function outstandingOf(row: InvoiceRow): number {
  return row.kind === 'invoice' && row.status !== 'draft'
    ? invoiceOutstandingCents({ grossCents: row.gross_cents, paidCents: row.paid_cents, creditedCents: row.credited_cents })
    : 0;
}

function toInvoice(row: InvoiceRow, today: string): Invoice {
  const outstandingCents = outstandingOf(row);
  return {
    id: row.id,
    kind: row.kind,
    service: row.service,
    status: row.status,
    number: row.number,
    campaignId: row.campaign_id,
    engagementId: row.engagement_id,
    commune: { nis: row.commune_nis, name: row.commune_name },
    issueDate: row.issue_date,
    dueDate: row.due_date,
    structuredCommunication: row.structured_communication,
    creditedInvoiceId: row.credited_invoice_id,
    vatCategory: row.vat_category,
    netCents: row.net_cents,
    vatCents: row.vat_cents,
    grossCents: row.gross_cents,
    paidCents: row.paid_cents,
    creditedCents: row.credited_cents,
    outstandingCents,
    currency: 'EUR',
    overdue: row.kind === 'invoice' && isInvoiceOverdue({ status: row.status, dueDate: row.due_date, outstandingCents }, today),
    fromPipeline: row.origin_key !== null,
    note: row.note,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    issuedAt: row.issued_at?.toISOString() ?? null,
  };
}

export function filterOf(query: InvoiceQuery, today: string): SqlFilter {
  const where = new SqlFilter();
  if (query.status) where.where('i."status" = ANY(?::text[])', query.status);
  if (query.kind) where.where('i."kind" = ?', query.kind);
  if (query.communeNis) where.where('i."commune_nis" = ?', query.communeNis);
  if (query.campaignId) where.where('i."campaign_id" = ?', query.campaignId);
  if (query.engagementId) where.where('i."engagement_id" = ?', query.engagementId);
  if (query.from) where.where('i."issue_date" >= ?::date', query.from);
  if (query.to) where.where('i."issue_date" <= ?::date', query.to);
  if (query.overdue !== undefined) where.where(query.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, today);
  if (query.q) where.where(`(i."number" ILIKE ? OR c."name" ILIKE ?)`, containsPattern(query.q));
  return where;
}

/** The list's order and totals: what the invoice revision keeps (`InvoicesService`). */
export interface InvoiceOrder {
  ids: string[];
  totals: InvoicePage['totals'];
}

/**
 * The ids the filters keep, drafts first (newest first), then by issue date and number, the latest
 * first; with the totals of all of them. `today` is the Brussels date that decides what is overdue.
 */
export async function readInvoiceOrder(manager: EntityManager, query: InvoiceQuery, today: string): Promise<InvoiceOrder> {
  const where = filterOf(query, today);
  const [totals] = await manager.query<{ net: string; gross: string; paid: string; outstanding: string }[]>(
    `SELECT COALESCE(sum(${SIGN_SQL} * i."net_cents"), 0) AS net, COALESCE(sum(${SIGN_SQL} * i."gross_cents"), 0) AS gross,
            COALESCE(sum(i."paid_cents"), 0) AS paid, COALESCE(sum(${OUTSTANDING_SQL}), 0) AS outstanding
       ${FROM} ${where.sql}`,
    where.params,
  );
  const rows = await manager.query<{ id: string }[]>(
    `SELECT i."id" ${FROM} ${where.sql}
      ORDER BY (i."status" = 'draft') DESC, i."issue_date" DESC NULLS FIRST, i."number" DESC NULLS FIRST, i."created_at" DESC, i."id"`,
    where.params,
  );
  return {
    ids: rows.map((row) => row.id),
    // Sums of 32-bit amounts come back as bigint text; they stay exact as JSON numbers up to 2^53.
    totals: { netCents: Number(totals?.net ?? 0), grossCents: Number(totals?.gross ?? 0), paidCents: Number(totals?.paid ?? 0), outstandingCents: Number(totals?.outstanding ?? 0), currency: 'EUR' },
  };
}

/** The page of `order` that `query` asks for, its rows read as they are now. */
export async function readInvoicePage(manager: EntityManager, order: InvoiceOrder, query: InvoiceQuery, today: string): Promise<InvoicePage> {
  const rows = await preparedQuery<InvoiceRow>(
    manager,
    `SELECT ${COLUMNS} FROM unnest($1::uuid[]) WITH ORDINALITY AS p("id", "position") JOIN "invoice" i ON i."id" = p."id" JOIN "commune" c ON c."nis" = i."commune_nis"
      ORDER BY p."position"`,
    [order.ids.slice(query.offset, query.offset + query.limit)],
  );
  return { items: rows.map((row) => toInvoice(row, today)), total: order.ids.length, limit: query.limit, offset: query.offset, totals: order.totals };
}

interface LineRow {
  position: number;
  description: string;
  quantity_milli: number;
  unit_code: InvoiceLine['unitCode'];
  unit_price_cents: number;
  share_bp: number;
  net_cents: number;
  vat_category: 'S' | 'O';
  vat_rate_bp: number;
}

/** The lines of a document, in their order. */
export async function readInvoiceLines(manager: EntityManager, id: string): Promise<InvoiceLine[]> {
  const rows = await manager.query<LineRow[]>(
    `SELECT "position", "description", "quantity_milli", "unit_code", "unit_price_cents", "share_bp", "net_cents", "vat_category", "vat_rate_bp"
       FROM "invoice_line" WHERE "invoice_id" = $1 ORDER BY "position"`,
    [id],
  );
  return rows.map((row) => ({
    position: row.position,
    description: row.description,
    quantityMilli: row.quantity_milli,
    unitCode: row.unit_code,
    unitPriceCents: row.unit_price_cents,
    shareBp: row.share_bp,
    netCents: row.net_cents,
    vatCategory: row.vat_category,
    vatRateBp: row.vat_rate_bp,
  }));
}

interface DetailExtrasRow {
  campaign_name: string;
  seller: Record<string, unknown> | null;
  buyer: Record<string, unknown> | null;
  payments: { id: string; paidOn: string; amountCents: number; reference: string | null; recordedBy: { id: string; name: string } | null; recordedAt: string }[];
  credit_notes: { id: string; number: string | null; issueDate: string | null; grossCents: number }[];
  credited_invoice: { id: string; number: string | null; issueDate: string | null; grossCents: number } | null;
  history: { at: string; action: string; actor: { id: string; name: string } | null; details: Record<string, unknown> }[];
}

/** One document with its lines, payments, related documents, parties (once issued) and its history from the audit log. */
export async function readInvoiceDetail(manager: EntityManager, id: string, today: string): Promise<InvoiceDetail> {
  const [row] = await manager.query<InvoiceRow[]>(`SELECT ${COLUMNS} ${FROM} WHERE i."id" = $1`, [id]);
  if (!row) throw noSuchInvoice(id);
  const [extras] = await manager.query<DetailExtrasRow[]>(
    `SELECT k."name" AS campaign_name, i."seller", i."buyer",
            COALESCE((SELECT json_agg(json_build_object('id', p."id", 'paidOn', to_char(p."paid_on", 'YYYY-MM-DD'), 'amountCents', p."amount_cents",
                                                        'reference', p."reference", 'recordedAt', p."recorded_at",
                                                        'recordedBy', CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('id', u."id", 'name', u."full_name") END)
                                      ORDER BY p."paid_on", p."recorded_at")
                        FROM "invoice_payment" p LEFT JOIN "app_user" u ON u."id" = p."recorded_by" WHERE p."invoice_id" = i."id"), '[]') AS payments,
            COALESCE((SELECT json_agg(json_build_object('id', n."id", 'number', n."number", 'issueDate', to_char(n."issue_date", 'YYYY-MM-DD'), 'grossCents', n."gross_cents")
                                      ORDER BY n."created_at")
                        FROM "invoice" n WHERE n."credited_invoice_id" = i."id"), '[]') AS credit_notes,
            (SELECT json_build_object('id', o."id", 'number', o."number", 'issueDate', to_char(o."issue_date", 'YYYY-MM-DD'), 'grossCents', o."gross_cents")
               FROM "invoice" o WHERE o."id" = i."credited_invoice_id") AS credited_invoice,
            COALESCE((SELECT json_agg(json_build_object('at', a."occurred_at", 'action', a."action", 'details', COALESCE(a."after", '{}'::jsonb),
                                                        'actor', CASE WHEN u."id" IS NULL THEN NULL ELSE json_build_object('id', u."id", 'name', u."full_name") END)
                                      ORDER BY a."occurred_at", a."id")
                        FROM "audit_entry" a LEFT JOIN "app_user" u ON u."id" = a."actor_user_id"
                       WHERE a."entity_type" = 'invoice' AND a."entity_id" = i."id"::text), '[]') AS history
       FROM "invoice" i JOIN "campaign" k ON k."id" = i."campaign_id"
      WHERE i."id" = $1`,
    [id],
  );
  const lines = await readInvoiceLines(manager, id);
  return {
    ...toInvoice(row, today),
    campaignName: extras?.campaign_name ?? '',
    lines,
    vatBreakdown: invoiceTotals(lines).byCategory,
    payments: (extras?.payments ?? []).map((payment) => ({ ...payment, recordedAt: new Date(payment.recordedAt).toISOString() })),
    creditNotes: extras?.credit_notes ?? [],
    creditedInvoice: extras?.credited_invoice ?? null,
    seller: extras?.seller ?? null,
    buyer: extras?.buyer ?? null,
    history: (extras?.history ?? []).map((entry) => ({ ...entry, at: new Date(entry.at).toISOString() })),
  };
}
