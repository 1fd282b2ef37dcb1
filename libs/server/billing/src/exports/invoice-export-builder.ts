import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InvoiceQuery } from '@bep/contracts';
import { brusselsDate } from '@bep/domain';
import { Clock } from '@bep/server/core/clock';
import { buffer } from 'node:stream/consumers';
import type { DataSource, EntityManager } from 'typeorm';
import { invoiceCsvStream, invoicePdf, invoiceUbl } from '../documents';
import { invoiceCsvRows } from '../invoice-csv-rows';
import { loadInvoiceDocument } from '../invoice-document.loader';
import { exportedDocuments, type ExportedDocument } from './exported-documents';
import { EXPORT_ZIP_KEPT_MS } from './invoice-export-retention';
import { invoiceQueryOf, type InvoiceExportFilters } from './invoice-export-query';
import { zipOf, type ZipEntry } from './invoice-export-zip';

/** Progress is written every few documents: often enough for a progress bar, rarely enough to cost nothing. */
export const PROGRESS_EVERY = 5;

/** The CSV's name inside the ZIP. */
export const CSV_ENTRY = 'factures.csv';

/** What a run of an export's job did. */
export type InvoiceExportOutcome = 'built' | 'already-done' | 'gone';

/**
 * Builds the ZIP of one export in the worker: the PDF and the UBL of each matching issued document
 * and the accounting CSV of the same filter, with the progress written as it goes. The documents
 * are read in one REPEATABLE READ transaction so that the files and the CSV describe the same
 * moment (a payment recorded meanwhile changes neither); the progress is written outside it, so
 * that the API sees it while the ZIP is being built.
 */
@Injectable()
export class InvoiceExportBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async build(exportId: string): Promise<InvoiceExportOutcome> {
    const filters = await this.start(exportId);
    if (typeof filters === 'string') return filters;
    const query = invoiceQueryOf(filters);
    const today = brusselsDate(this.clock.now());
    const zip = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const documents = await exportedDocuments(manager, query, today);
      await this.progress(exportId, 0, documents.length);
      return zipOf(this.entries(manager, exportId, documents, query, today), this.clock.now());
    });
    await this.finish(exportId, zip);
    return 'built';
  }

  /**
   * Notes a failed attempt where the client sees it: the export goes back to `queued` while the
   * queue retries it, and is `failed` for good after the last attempt.
   */
  async recordFailure(exportId: string, reason: string, final: boolean): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE "invoice_export" SET "error" = $2, "status" = CASE WHEN $3::boolean THEN 'failed' ELSE 'queued' END,
              "finished_at" = CASE WHEN $3::boolean THEN $4::timestamptz END, "expires_at" = CASE WHEN $3::boolean THEN $5::timestamptz END
        WHERE "id" = $1 AND "status" <> 'done'`,
      [exportId, reason, final, now, new Date(now.getTime() + EXPORT_ZIP_KEPT_MS)],
    );
  }

  /** Marks it running and answers its filters; a done export is left alone (a job run twice builds once). */
  private async start(exportId: string): Promise<InvoiceExportFilters | Exclude<InvoiceExportOutcome, 'built'>> {
    // The CTE makes TypeORM answer the rows themselves rather than an UPDATE's rows and count.
    const [started] = await this.dataSource.query<InvoiceExportFilters[]>(
      `WITH started AS (
         UPDATE "invoice_export" SET "status" = 'running', "done" = 0 WHERE "id" = $1 AND "status" <> 'done'
         RETURNING to_char("period_from", 'YYYY-MM-DD') AS "from", to_char("period_to", 'YYYY-MM-DD') AS "to", "statuses", "commune_nis" AS "communeNis")
       SELECT * FROM started`,
      [exportId],
    );
    if (started) return started;
    const existing = await this.dataSource.query(`SELECT 1 FROM "invoice_export" WHERE "id" = $1`, [exportId]);
    return existing.length > 0 ? 'already-done' : 'gone';
  }

  private async *entries(manager: EntityManager, exportId: string, documents: readonly ExportedDocument[], query: InvoiceQuery, today: string): AsyncGenerator<ZipEntry> {
    for (const [index, { id }] of documents.entries()) {
      const document = await loadInvoiceDocument(manager, id);
      yield { name: `${document.number}.pdf`, content: await invoicePdf(document) };
      yield { name: `${document.number}.xml`, content: Buffer.from(invoiceUbl(document), 'utf8') };
      const done = index + 1;
      if (done % PROGRESS_EVERY === 0 || done === documents.length) await this.progress(exportId, done, documents.length);
    }
    // A period's CSV is a few hundred rows: it is read whole, like the files, into the ZIP.
    yield { name: CSV_ENTRY, content: await buffer(invoiceCsvStream(invoiceCsvRows(manager, query, today))) };
  }

  private async progress(exportId: string, done: number, total: number): Promise<void> {
    await this.dataSource.query(`UPDATE "invoice_export" SET "done" = $2, "total" = $3 WHERE "id" = $1 AND "status" = 'running'`, [exportId, done, total]);
  }

  private async finish(exportId: string, zip: Buffer): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE "invoice_export" SET "status" = 'done', "content" = $2, "byte_size" = $3, "done" = "total", "error" = NULL, "finished_at" = $4, "expires_at" = $5
        WHERE "id" = $1 AND "status" = 'running'`,
      [exportId, zip, zip.length, now, new Date(now.getTime() + EXPORT_ZIP_KEPT_MS)],
    );
  }
}
