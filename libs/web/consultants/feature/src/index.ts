export * from './lib/consultants.routes';
