export * from './lib/invoices.routes';
export * from './lib/engagement-invoices/engagement-invoices';
