export * from './billing.module';
export * from './billing-worker.module';
export { BillingProcessor, type CreateDraftPayload } from './billing.processor';
export { PipelineDrafts, diagnosticOriginKey, type PipelineDraftOutcome } from './pipeline-drafts';
export { loadInvoiceDocument, NOT_SUBJECT_TO_VAT_REASON } from './invoice-document.loader';
export { INVOICE_PROBLEM } from './invoice-problems';
export type { InvoiceDocument, SellerParty, BuyerParty } from './documents/invoice-document';
export { InvoiceExportsModule, InvoiceExportsWorkerModule, InvoiceExportsProcessor, INVOICE_EXPORT_PROBLEM } from './exports';
