export * from './lib/commune.routes';
