export * from './lib/communes-api';
export * from './lib/contacts-api';
export * from './lib/communes-store';
export * from './lib/communes-table-view';
export * from './lib/commune-permissions';
export * from './lib/commune-page-store';
export * from './lib/commune-billing-api';
export * from './lib/next-due';
