export * from './lib/communes-store';
export * from './lib/commune-permissions';
export * from './lib/commune-page-store';
