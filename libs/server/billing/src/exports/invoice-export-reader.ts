import type { InvoiceExport } from '@bep/contracts';
import type { EntityManager } from 'typeorm';

interface InvoiceExportRow {
  id: string;
  status: InvoiceExport['status'];
  period_from: string;
  period_to: string;
  statuses: InvoiceExport['statuses'];
  commune_nis: string | null;
  total: number;
  done: number;
  error: string | null;
  file_name: string;
  byte_size: number | null;
  requester_id: string | null;
  requester_name: string | null;
  requested_at: Date;
  finished_at: Date | null;
  expires_at: Date | null;
  has_file: boolean;
}

/** Everything but the ZIP itself, which only the download reads. */
const COLUMNS = `e."id", e."status", to_char(e."period_from", 'YYYY-MM-DD') AS period_from, to_char(e."period_to", 'YYYY-MM-DD') AS period_to,
  e."statuses", e."commune_nis", e."total", e."done", e."error", e."file_name", e."byte_size", u."id" AS requester_id, u."full_name" AS requester_name,
  e."requested_at", e."finished_at", e."expires_at", e."content" IS NOT NULL AS has_file`;

const FROM = `FROM "invoice_export" e LEFT JOIN "app_user" u ON u."id" = e."requested_by"`;

/** Exports the list shows: enough for the recent ones while the cleanup removes the old. */
const RECENT = 20;

function percentOf(row: InvoiceExportRow): number {
  if (row.status === 'done') return 100;
  return row.total === 0 ? 0 : Math.floor((row.done * 100) / row.total);
}

function toInvoiceExport(row: InvoiceExportRow, now: Date): InvoiceExport {
  return {
    id: row.id,
    status: row.status,
    from: row.period_from,
    to: row.period_to,
    statuses: row.statuses,
    communeNis: row.commune_nis,
    total: row.total,
    done: row.done,
    percent: percentOf(row),
    error: row.error,
    fileName: row.file_name,
    byteSize: row.byte_size,
    requestedBy: row.requester_id && row.requester_name ? { id: row.requester_id, name: row.requester_name } : null,
    requestedAt: row.requested_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    downloadable: isDownloadable(row, now),
  };
}

/** Done, its ZIP still there, and not past its expiry (the cleanup may not have run yet). */
export function isDownloadable(row: { status: string; has_file: boolean; expires_at: Date | null }, now: Date): boolean {
  return row.status === 'done' && row.has_file && row.expires_at !== null && row.expires_at > now;
}

export async function readInvoiceExport(manager: EntityManager, id: string, now: Date): Promise<InvoiceExport | null> {
  const [row] = await manager.query<InvoiceExportRow[]>(`SELECT ${COLUMNS} ${FROM} WHERE e."id" = $1`, [id]);
  return row ? toInvoiceExport(row, now) : null;
}

export async function readRecentInvoiceExports(manager: EntityManager, now: Date): Promise<InvoiceExport[]> {
  const rows = await manager.query<InvoiceExportRow[]>(`SELECT ${COLUMNS} ${FROM} ORDER BY e."requested_at" DESC, e."id" LIMIT ${RECENT}`);
  return rows.map((row) => toInvoiceExport(row, now));
}
