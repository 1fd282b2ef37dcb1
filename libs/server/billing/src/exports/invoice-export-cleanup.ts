import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@bep/server/core/clock';
import type { DataSource } from 'typeorm';
import { EXPORT_ROW_KEPT_AFTER_EXPIRY_MS } from './invoice-export-retention';

/** What a sweep removed. */
export interface InvoiceExportSweep {
  /** Exports whose ZIP was removed (the row stays: the download answers 410). */
  expired: number;
  /** Exports removed altogether, a week after they expired. */
  removed: number;
}

/**
 * The periodic cleanup of the exports: a ZIP is a copy of the accounts, kept only as long as it
 * takes to download it. The row outlives it for a while, so that a late download is told the file
 * expired rather than that it never existed.
 */
@Injectable()
export class InvoiceExportCleanup {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async sweep(): Promise<InvoiceExportSweep> {
    const now = this.clock.now();
    // TypeORM answers an UPDATE or a DELETE with its rows and its count.
    const [, expired] = await this.dataSource.query<[unknown[], number]>(`UPDATE "invoice_export" SET "content" = NULL WHERE "content" IS NOT NULL AND "expires_at" <= $1`, [now]);
    const [, removed] = await this.dataSource.query<[unknown[], number]>(`DELETE FROM "invoice_export" WHERE "expires_at" <= $1`, [
      new Date(now.getTime() - EXPORT_ROW_KEPT_AFTER_EXPIRY_MS),
    ]);
    return { expired, removed };
  }
}
