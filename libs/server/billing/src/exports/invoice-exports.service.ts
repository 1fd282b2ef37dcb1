import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvoiceExport, InvoiceExportList, InvoiceExportValues } from '@bep/contracts';
import type { Actor } from '@bep/server/core/audit';
import { Clock } from '@bep/server/core/clock';
import { addToOutbox, ExportJob, QueueName, type OutboxJob } from '@bep/server/core/queue';
import type { DataSource } from 'typeorm';
import { exportExpired, exportFailed, exportNotReady, noSuchExport, unknownCommune } from './invoice-export-problems';
import { exportFileName } from './invoice-export-query';
import { isDownloadable, readInvoiceExport, readRecentInvoiceExports } from './invoice-export-reader';

/** The payload of an export's job: the row holds everything else. */
export interface InvoiceBatchPayload {
  exportId: string;
}

/** One job per export, whatever relays it twice. */
export function invoiceBatchJob(exportId: string): OutboxJob {
  return { queue: QueueName.Exports, name: ExportJob.InvoiceBatch, jobId: `invoice-batch/${exportId}`, payload: { exportId } satisfies InvoiceBatchPayload };
}

/** A ready ZIP and the name it downloads under. */
export interface ExportFile {
  fileName: string;
  content: Buffer;
}

/**
 * The API side of the batch export: asking for one (the row and its job commit together, so an
 * export is never left without its job), following it, and downloading its ZIP. The worker builds it.
 */
@Injectable()
export class InvoiceExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async request(values: InvoiceExportValues, actor: Actor): Promise<InvoiceExport> {
    return this.dataSource.transaction(async (manager) => {
      if (values.communeNis && (await manager.query(`SELECT 1 FROM "commune" WHERE "nis" = $1`, [values.communeNis])).length === 0) {
        throw unknownCommune(values.communeNis);
      }
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO "invoice_export" ("requested_by", "requested_at", "period_from", "period_to", "statuses", "commune_nis", "status", "file_name")
         VALUES ($1, $2, $3, $4, $5, $6, 'queued', $7) RETURNING "id"`,
        [actor.userId, this.clock.now(), values.from, values.to, values.status ?? null, values.communeNis ?? null, exportFileName(values.from, values.to)],
      );
      if (!row) throw new Error('The export was not inserted');
      await addToOutbox(manager, [invoiceBatchJob(row.id)]);
      return this.found(await readInvoiceExport(manager, row.id, this.clock.now()), row.id);
    });
  }

  async recent(): Promise<InvoiceExportList> {
    return { items: await readRecentInvoiceExports(this.dataSource.manager, this.clock.now()) };
  }

  async progress(id: string): Promise<InvoiceExport> {
    return this.found(await readInvoiceExport(this.dataSource.manager, id, this.clock.now()), id);
  }

  /** The ZIP: 409 while it is being built, 422 when it failed, 410 once expired. */
  async download(id: string): Promise<ExportFile> {
    const [row] = await this.dataSource.query<{ status: string; error: string | null; file_name: string; expires_at: Date | null; content: Buffer | null }[]>(
      `SELECT "status", "error", "file_name", "expires_at", "content" FROM "invoice_export" WHERE "id" = $1`,
      [id],
    );
    if (!row) throw noSuchExport(id);
    if (row.status === 'failed') throw exportFailed(row.error);
    if (row.status !== 'done') throw exportNotReady(row.status);
    if (!row.content || !isDownloadable({ status: row.status, has_file: true, expires_at: row.expires_at }, this.clock.now())) throw exportExpired();
    return { fileName: row.file_name, content: row.content };
  }

  private found(found: InvoiceExport | null, id: string): InvoiceExport {
    if (!found) throw noSuchExport(id);
    return found;
  }
}
