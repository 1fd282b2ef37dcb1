export * from './billing.module';
export * from './billing-worker.module';
export { BillingProcessor, type CreateDraftPayload } from './billing.processor';
export { PipelineDrafts, diagnosticOriginKey, type PipelineDraftOutcome } from './pipeline-drafts';
export { loadInvoiceDocument } from './invoice-document.loader';
export { INVOICE_PROBLEM } from './invoice-problems';
export { NOT_SUBJECT_TO_VAT_REASON, type InvoiceDocument, type SellerParty, type BuyerParty } from './documents/invoice-document';
export { InvoiceExportsModule, InvoiceExportsWorkerModule, InvoiceExportsProcessor, INVOICE_EXPORT_PROBLEM } from './exports';
/** The documents' shared grid, fonts and colours, and text made printable by the standard fonts, for BEP's other PDFs. */
export { COLOR, CONTENT_WIDTH, FONT, PAGE, pdfBytes, RIGHT_EDGE } from './documents/pdf-layout';
export { printableDocument } from './documents/pdf';
