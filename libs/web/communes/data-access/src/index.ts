export * from './lib/communes-store';
