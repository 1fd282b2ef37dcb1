export { InvoiceExportsModule } from './invoice-exports.module';
export { InvoiceExportsWorkerModule } from './invoice-exports-worker.module';
export { InvoiceExportsProcessor } from './invoice-exports.processor';
export { INVOICE_EXPORT_PROBLEM } from './invoice-export-problems';
