export * from './invoice-document';
export { invoiceUbl, PEPPOL_BIS3_CUSTOMIZATION_ID, PEPPOL_BIS3_PROFILE_ID } from './ubl';
export { invoicePdf, paymentQrPayload, type InvoicePdfOptions } from './pdf';
export { csvAmount, INVOICE_CSV_HEADER, invoiceCsvRecord, invoiceCsvStream, type InvoiceCsvRow } from './csv';
export { belgianDate, frenchEuros, paymentTermsText } from './french-format';
