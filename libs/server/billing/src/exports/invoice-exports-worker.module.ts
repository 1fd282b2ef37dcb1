import { Module } from '@nestjs/common';
import { InvoiceExportBuilder } from './invoice-export-builder';
import { InvoiceExportCleanup } from './invoice-export-cleanup';
import { InvoiceExportsProcessor } from './invoice-exports.processor';
import { InvoiceExportsScheduler } from './invoice-exports.scheduler';

/** The worker side of the batch export: building the ZIPs and the hourly cleanup. Imported by the worker only. */
@Module({
  providers: [InvoiceExportBuilder, InvoiceExportCleanup, InvoiceExportsProcessor, InvoiceExportsScheduler],
})
export class InvoiceExportsWorkerModule {}
