export * from './lib/maturity.routes';
