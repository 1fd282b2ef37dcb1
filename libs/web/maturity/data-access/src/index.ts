export * from './lib/maturity-api';
export * from './lib/maturity-store';
