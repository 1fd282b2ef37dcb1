export * from './lib/invoices-api';
export * from './lib/invoice-filters';
export * from './lib/invoices-store';
export * from './lib/invoice-store';
export * from './lib/draft-options-store';
export * from './lib/invoice-exports-api';
